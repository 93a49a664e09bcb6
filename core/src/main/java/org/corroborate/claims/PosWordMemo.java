package org.corroborate.claims;

import java.util.Arrays;

/**
 * The POS model's entries of the features each word gives ({@link PosContextFeatures}: the word
 * itself, its affixes, and the word as a neighbour), per word id and feature kind, found on first use
 * and kept; shared by the taggers of one model ({@link NlpModels}), because an extraction run makes
 * its taggers afresh. Entries are ints written without locks: an entry is a function of its word and
 * kind, so a racing thread writes the same value or reads {@link #UNKNOWN} and finds it itself.
 * Words past the ids' {@link #WORDS} get none and are looked up in the table every time. Thread safe.
 */
final class PosWordMemo {
  /** An entry not found yet. */
  static final int UNKNOWN = -2;
  /** How many words get an id: 65535 (3.4 MB of entries). */
  static final int WORDS = (1 << 16) - 1;

  private final SharedValueIds ids;
  private final int kinds;
  private final int[] entries;

  PosWordMemo(int kinds) {
    this(kinds, WORDS);
  }

  /** A memo of {@code kinds} entries for each of up to {@code words} words (few for tests). */
  PosWordMemo(int kinds, int words) {
    this.ids = new SharedValueIds(words);
    this.kinds = kinds;
    this.entries = new int[(words + 1) * kinds];
    Arrays.fill(entries, UNKNOWN);
  }

  /** The id of {@code word}, or -1 when the ids are all given. */
  int id(String word) {
    return ids.id(word);
  }

  /** The entry of feature {@code kind} of the word with id {@code id}, or {@link #UNKNOWN}. */
  int get(int id, int kind) {
    return entries[id * kinds + kind];
  }

  void put(int id, int kind, int entry) {
    entries[id * kinds + kind] = entry;
  }
}
