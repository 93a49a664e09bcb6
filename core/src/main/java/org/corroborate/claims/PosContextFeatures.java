package org.corroborate.claims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The features of OpenNLP's {@code DefaultPOSContextGenerator} (1.5-era models, no n-gram
 * dictionary) at one token after one tag history, scored in a POS model's {@link MaxentTable}
 * without building their strings; the counterpart of {@link ChunkFeatures} for the POS tagger.
 *
 * <p>The generator's features, in its order: {@code default}, {@code w=} the word, {@code suf=} its
 * last 1 to 4 characters, {@code pre=} its first 1 to 4 (a short word repeats its whole self, and
 * each repeat counts), {@code h}, {@code c}, {@code d} when it has a hyphen, an ASCII capital, an
 * ASCII digit, {@code p=} the word before (or {@code *SB*}), then {@code t=} the last tag, {@code pp=}
 * the word two before, {@code t2=} the last two tags, {@code n=} and {@code nn=} the next two words
 * (or {@code *SE*}). Everything up to {@code p=} is the same for every history, so {@link #at} sums
 * it once per token, and {@link #probabilities} goes on from that sum in the same order, which keeps
 * the sums those of {@code GISModel.eval}, bit for bit. The tag features are looked up once per tag
 * or tag pair and kept, and a word's own and its neighbours' features once per word (by its
 * id, {@link PosWordMemo}) and kept. Not thread safe (its buffers): one per tagger.
 */
final class PosContextFeatures {
  /** The generator's stand-in word before the sentence. */
  static final String SENTENCE_BEGIN = "*SB*";
  /** The generator's stand-in word after the sentence. */
  static final String SENTENCE_END = "*SE*";
  /** How many prefixes and suffixes of a word are features. */
  private static final int AFFIXES = 4;
  /** default, w, four suffixes, four prefixes, h, c, d, p. */
  private static final int MAX_HEAD = 2 + 2 * AFFIXES + 4;
  /** A table slot not yet filled. */
  private static final int UNKNOWN = -2;

  /** The features a word gives: w, four suffixes, four prefixes, then p, pp, n and nn for its neighbours. */
  private static final int KINDS = 1 + 2 * AFFIXES + 4;
  private static final int SUFFIX = 1;
  private static final int PREFIX = SUFFIX + AFFIXES;
  private static final int BEFORE = PREFIX + AFFIXES;
  private static final int BEFORE_LAST = BEFORE + 1;
  private static final int NEXT = BEFORE + 2;
  private static final int AFTER_NEXT = BEFORE + 3;

  private final MaxentTable table;
  private final String[] outcomes;
  /**
   * The words' feature entries, kept per word; null to find every feature in the table. Measured: the
   * thirteen table lookups of a token's word features (mostly cache misses in the model's slots and
   * entries) were most of {@link #at}'s CPU, and words recur.
   */
  private final PosWordMemo words;
  /** The word ids of the current sentence's tokens ({@link #sentence}), -1 for a word without one. */
  private int[] ids = new int[64];
  private int beginId;
  private int endId;
  private final int n;
  /** The first outcome of each spelling. */
  private final Map<String, Integer> outcomeIndex = new HashMap<>();
  /** The entry of {@code "t=" + tag} per outcome. */
  private final int[] lastTag;
  /** The entry of {@code "t2=" + tag2 + "," + tag1} at {@code tag2 * n + tag1}, looked up on first use. */
  private final int[] lastTwoTags;
  /** Per history ({@code last * n + beforeLast}), {@link #cacheKey}'s answer, found on first use. */
  private final int[] cacheKeys;
  private final int defaultEntry;
  private final int hyphenEntry;
  private final int capitalEntry;
  private final int digitEntry;

  private final int[] head = new int[MAX_HEAD];
  /** The entries of pp, n and nn, read ahead with the head's ({@link MaxentTable#prefetch}). */
  private final int[] around = new int[3];
  /** A sum of what {@link MaxentTable#prefetch} read, so that its reads are not optimised away. */
  private long prefetched;
  private final double[] base;
  private final double[] sums;
  private int index;
  private int beforeEntry;
  private int nextEntry;
  private int afterNextEntry;

  /** Features scored in {@code table}, whose outcomes are {@code outcomes} (not copied). */
  PosContextFeatures(MaxentTable table, String[] outcomes) {
    this(table, outcomes, new PosWordMemo(KINDS));
  }

  /** A memo of word features fit for these features ({@link #KINDS} per word). */
  static PosWordMemo memo() {
    return new PosWordMemo(KINDS);
  }

  /** A memo of word features for up to {@code words} words (few, for tests of a full memo). */
  static PosWordMemo memo(int words) {
    return new PosWordMemo(KINDS, words);
  }

  /**
   * Features whose word features are kept in {@code words}, a memo ({@link #memo}) of this table's
   * entries only (null: found in the table every time, for tests that compare the two).
   */
  PosContextFeatures(MaxentTable table, String[] outcomes, PosWordMemo words) {
    this.words = words;
    this.table = table;
    this.outcomes = outcomes;
    this.n = outcomes.length;
    for (int k = n - 1; k >= 0; k--) {
      outcomeIndex.put(outcomes[k], k);
    }
    this.lastTag = new int[n];
    for (int k = 0; k < n; k++) {
      lastTag[k] = table.find("t=", outcomes[k], 0, outcomes[k].length());
    }
    this.lastTwoTags = new int[n * n];
    Arrays.fill(lastTwoTags, UNKNOWN);
    this.cacheKeys = new int[n * n];
    Arrays.fill(cacheKeys, UNKNOWN);
    this.defaultEntry = table.find("default", "", 0, 0);
    this.hyphenEntry = table.find("h", "", 0, 0);
    this.capitalEntry = table.find("c", "", 0, 0);
    this.digitEntry = table.find("d", "", 0, 0);
    this.base = new double[n];
    this.sums = new double[n];
  }

  /** Starts a sentence: gives its words ids. */
  void sentence(String[] tokens) {
    int length = tokens.length;
    if (words == null) {
      return;
    }
    if (ids.length < length) {
      ids = new int[length];
    }
    for (int i = 0; i < length; i++) {
      ids[i] = words.id(tokens[i]);
    }
    beginId = words.id(SENTENCE_BEGIN);
    endId = words.id(SENTENCE_END);
  }

  /** The id of token j's word, or of the stand-in word before or after the sentence. */
  private int id(int j, int length) {
    if (words == null) {
      return -1;
    }
    return j < 0 ? beginId : j >= length ? endId : ids[j];
  }

  /**
   * Looks up token {@code i}'s features that no tag changes and sums those before the tag features
   * into {@link #base}; after {@link #sentence} on the same tokens.
   */
  void at(int i, String[] tokens) {
    int length = tokens.length;
    String lex = tokens[i];
    int size = lex.length();
    int self = id(i, length);
    int f = 0;
    head[f++] = defaultEntry;
    head[f++] = entry(self, 0, "w=", lex, 0, size);
    for (int a = 0; a < AFFIXES; a++) {
      head[f++] = entry(self, SUFFIX + a, "suf=", lex, Math.max(size - a - 1, 0), size);
    }
    for (int a = 0; a < AFFIXES; a++) {
      head[f++] = entry(self, PREFIX + a, "pre=", lex, 0, Math.min(a + 1, size));
    }
    boolean hyphen = false;
    boolean capital = false;
    boolean digit = false;
    for (int c = 0; c < size; c++) {
      char ch = lex.charAt(c);
      hyphen |= ch == '-';
      capital |= ch >= 'A' && ch <= 'Z';
      digit |= ch >= '0' && ch <= '9';
    }
    if (hyphen) {
      head[f++] = hyphenEntry;
    }
    if (capital) {
      head[f++] = capitalEntry;
    }
    if (digit) {
      head[f++] = digitEntry;
    }
    head[f++] = word(id(i - 1, length), BEFORE, "p=", i == 0 ? SENTENCE_BEGIN : tokens[i - 1]);
    beforeEntry = i == 0 ? -1 : word(id(i - 2, length), BEFORE_LAST, "pp=", i == 1 ? SENTENCE_BEGIN : tokens[i - 2]);
    nextEntry = word(id(i + 1, length), NEXT, "n=", i + 1 < length ? tokens[i + 1] : SENTENCE_END);
    afterNextEntry = i + 1 >= length ? -1
        : word(id(i + 2, length), AFTER_NEXT, "nn=", i + 2 < length ? tokens[i + 2] : SENTENCE_END);
    index = i;
    around[0] = beforeEntry;
    around[1] = nextEntry;
    around[2] = afterNextEntry;
    prefetched += table.prefetch(head, f) + table.prefetch(around, around.length);
    table.start(base);
    for (int e = 0; e < f; e++) {
      table.add(head[e], base);
    }
  }

  private int word(int id, int kind, String prefix, String w) {
    return entry(id, kind, prefix, w, 0, w.length());
  }

  /**
   * The entry of {@code prefix + w.substring(from, to)}, the feature {@code kind} of the word whose
   * id is {@code id}: kept from its first lookup, or found in the table every time for id -1.
   */
  private int entry(int id, int kind, String prefix, String w, int from, int to) {
    if (id < 0) {
      return table.find(prefix, w, from, to);
    }
    int e = words.get(id, kind);
    if (e == PosWordMemo.UNKNOWN) {
      e = table.find(prefix, w, from, to);
      words.put(id, kind, e);
    }
    return e;
  }

  /**
   * The probability of each outcome at the current token after the tags {@code last} and
   * {@code beforeLast} (-1 where the sentence has none): the head's sum, then t, pp, t2, n and nn,
   * then {@link MaxentTable#probabilities}. In a buffer that the next call overwrites.
   */
  double[] probabilities(int last, int beforeLast) {
    System.arraycopy(base, 0, sums, 0, n);
    if (index >= 1) {
      table.add(lastTag[last], sums);
      table.add(beforeEntry, sums);
      if (index >= 2) {
        table.add(lastTwoTags(beforeLast, last), sums);
      }
    }
    table.add(nextEntry, sums);
    table.add(afterNextEntry, sums);
    return table.probabilities(sums);
  }

  private int lastTwoTags(int beforeLast, int last) {
    int at = beforeLast * n + last;
    if (lastTwoTags[at] == UNKNOWN) {
      String[] key = {"t2=", outcomes[beforeLast], ",", outcomes[last]};
      lastTwoTags[at] = table.find(key, 4);
    }
    return lastTwoTags[at];
  }

  /**
   * The history that the generator's context cache cannot tell from {@code last, beforeLast} and
   * that comes first in {@code last * n + beforeLast} order (itself when no other): the cache keys a
   * token's features by {@code index + tag1 + tag2}, and two tag pairs may spell the same string
   * (Penn's NN then PRP and NNP then RP).
   */
  int cacheKey(int last, int beforeLast) {
    int at = last * n + beforeLast;
    if (cacheKeys[at] == UNKNOWN) {
      String key = outcomes[last] + outcomes[beforeLast];
      int first = at;
      for (int a = 0; a < n && a <= last; a++) {
        if (key.startsWith(outcomes[a])) {
          Integer b = outcomeIndex.get(key.substring(outcomes[a].length()));
          if (b != null) {
            first = Math.min(first, a * n + b);
          }
        }
      }
      cacheKeys[at] = first;
    }
    return cacheKeys[at];
  }
}
