package org.corroborate.claims;

import java.util.Arrays;

/**
 * The 41 context predicates of OpenNLP's {@code DefaultChunkerContextGenerator}, in its order,
 * spelled as parts instead of built as strings: each predicate is one to four atoms (a window
 * position's word, tag or earlier chunk tag, such as {@code "w_1=" + token}), and an atom is a fixed
 * prefix and a value. {@link MaxentTable#find} looks the parts up without joining them. Not thread
 * safe (the atoms of the current token): one per chunker.
 */
final class ChunkFeatures {
  private static final int W_2 = 0;
  private static final int W_1 = 1;
  private static final int W0 = 2;
  private static final int W1 = 3;
  private static final int W2 = 4;
  private static final int T_2 = 5;
  private static final int T_1 = 6;
  private static final int T0 = 7;
  private static final int T1 = 8;
  private static final int T2 = 9;
  private static final int P_2 = 10;
  private static final int P_1 = 11;

  /** The generator's predicates in its order, each as its atoms. */
  private static final int[][] PREDICATES = {
    // words
    {W_2}, {W_1}, {W0}, {W1}, {W2}, {W_1, W0}, {W0, W1},
    // tags
    {T_2}, {T_1}, {T0}, {T1}, {T2}, {T_2, T_1}, {T_1, T0}, {T0, T1}, {T1, T2}, {T_2, T_1, T0}, {T_1, T0, T1},
    {T0, T1, T2},
    // earlier chunk tags
    {P_2}, {P_1}, {P_2, P_1},
    // the last chunk tag with tags
    {P_1, T_2}, {P_1, T_1}, {P_1, T0}, {P_1, T1}, {P_1, T2}, {P_1, T_2, T_1}, {P_1, T_1, T0}, {P_1, T0, T1},
    {P_1, T1, T2}, {P_1, T_2, T_1, T0}, {P_1, T_1, T0, T1}, {P_1, T0, T1, T2},
    // the last chunk tag with words
    {P_1, W_2}, {P_1, W_1}, {P_1, W0}, {P_1, W1}, {P_1, W2}, {P_1, W_1, W0}, {P_1, W0, W1},
  };

  /** How many predicates each token has. */
  static final int COUNT = PREDICATES.length;

  /** The most parts a predicate has (four atoms of two parts). */
  static final int MAX_PARTS = 8;

  private final String[] prefix = new String[12];
  private final String[] value = new String[12];
  /** Per atom, its value's id ({@link ChunkMemo}), 0 at a window's edge, -1 for a value without one. */
  private final int[] id = new int[12];

  /** Sets the atoms of token {@code i}, spelled as the generator (OpenNLP 2.5) spells them. */
  void at(int i, String[] tokens, String[] tags, String[] chunks) {
    int n = tokens.length;
    window(W_2, tokens, i - 2, n, "w_2=", "w_2=bos");
    window(W_1, tokens, i - 1, n, "w_1=", "w_1=bos");
    window(W0, tokens, i, n, "w0=", null);
    window(W1, tokens, i + 1, n, "w1=", "w1=eos");
    window(W2, tokens, i + 2, n, "w2=", "w2=eos");
    window(T_2, tags, i - 2, n, "t_2=", "t_2=bos");
    window(T_1, tags, i - 1, n, "t_1=", "t_1=bos");
    window(T0, tags, i, n, "t0=", null);
    window(T1, tags, i + 1, n, "t1=", "t1=eos");
    window(T2, tags, i + 2, n, "t2=", "t2=eos");
    window(P_2, chunks, i - 2, n, "p_2=", "p_2=bos");
    window(P_1, chunks, i - 1, n, "p_1=", "p_1=bos");
  }

  /**
   * Sets the atoms' ids at token {@code i} of a sentence of {@code n} tokens from the ids of its
   * words, tags and chunk tags ({@link ChunkMemo}; those of chunk tags up to {@code i - 1} only).
   */
  void ids(int i, int n, int[] words, int[] tags, int[] chunks) {
    windowId(W_2, words, i - 2, n);
    windowId(W_1, words, i - 1, n);
    windowId(W0, words, i, n);
    windowId(W1, words, i + 1, n);
    windowId(W2, words, i + 2, n);
    windowId(T_2, tags, i - 2, n);
    windowId(T_1, tags, i - 1, n);
    windowId(T0, tags, i, n);
    windowId(T1, tags, i + 1, n);
    windowId(T2, tags, i + 2, n);
    windowId(P_2, chunks, i - 2, n);
    windowId(P_1, chunks, i - 1, n);
  }

  private void windowId(int atom, int[] ids, int j, int n) {
    id[atom] = j >= 0 && j < n ? ids[j] : 0;
  }

  /**
   * Predicate {@code p} in numbers, for {@link ChunkMemo}: {@code p + 1} in the low 6 bits, then each
   * atom's id, in {@link ChunkMemo#WORD_BITS} bits for a word, {@link ChunkMemo#TAG_BITS} for a tag or
   * chunk tag (at most 42 bits in all); -1 when an atom's value has no id. Two predicates with the
   * same key are spelled the same: p fixes the atoms' prefixes, the edge's too (id 0), and an id one
   * value.
   */
  long key(int p) {
    long key = p + 1;
    int shift = 6;
    for (int a : PREDICATES[p]) {
      int v = id[a];
      if (v < 0) {
        return -1;
      }
      key |= (long) v << shift;
      shift += a <= W2 ? ChunkMemo.WORD_BITS : ChunkMemo.TAG_BITS;
    }
    return key;
  }

  /** Writes predicate {@code p}'s parts into {@code parts} and returns how many there are. */
  int parts(int p, String[] parts) {
    int[] atoms = PREDICATES[p];
    int n = 0;
    for (int a : atoms) {
      parts[n++] = prefix[a];
      parts[n++] = value[a];
    }
    return n;
  }

  /** Predicate {@code p} of the current token as one string, as the generator builds it. */
  String spelled(int p) {
    String[] parts = new String[MAX_PARTS];
    return String.join("", Arrays.asList(parts).subList(0, parts(p, parts)));
  }

  /** The atom of position {@code j} of a sentence of {@code n} tokens: prefix and value, or the edge's atom. */
  private void window(int atom, String[] values, int j, int n, String prefixInside, String edge) {
    boolean inside = j >= 0 && j < n;
    prefix[atom] = inside ? prefixInside : edge;
    value[atom] = inside ? String.valueOf(values[j]) : "";
  }
}
