package org.corroborate.cluster;

import java.util.Arrays;

/**
 * Scored pairs in primitive arrays: for each pair key ({@link ScoredPairs#key}), the similarity
 * used for merging and a byte of flags. Entries are numbered in the order they were added, so the
 * first {@code n} entries are the first {@code n} pairs put. An open-addressing table of entry
 * numbers, hashed by a multiplicative mix of the key (a packed key's own hash, {@code lo ^ hi},
 * puts many pairs in one bucket), finds an entry. About 30 bytes per pair instead of a boxed key,
 * a map node and a record with its features. Insert only; not thread safe.
 */
final class PairTable {
  private static final int NONE = -1;
  private static final double MAX_LOAD = 0.6;

  private int[] slots;
  private int shift;
  private long[] keys;
  private double[] similarities;
  private byte[] flags;
  private int size;

  PairTable() {
    slots = new int[1 << 10];
    Arrays.fill(slots, NONE);
    shift = 64 - 10;
    keys = new long[256];
    similarities = new double[256];
    flags = new byte[256];
  }

  int size() {
    return size;
  }

  /** The entry of a key, or -1 when it was never put. */
  int find(long key) {
    int mask = slots.length - 1;
    for (int s = slot(key); ; s = (s + 1) & mask) {
      int e = slots[s];
      if (e == NONE || keys[e] == key) {
        return e;
      }
    }
  }

  /** Adds a key that is not in the table yet; returns its entry number. */
  int add(long key, double similarity, byte flag) {
    if (size + 1 > MAX_LOAD * slots.length) {
      grow();
    }
    if (size == keys.length) {
      int capacity = Math.max(16, keys.length + (keys.length >> 1));
      keys = Arrays.copyOf(keys, capacity);
      similarities = Arrays.copyOf(similarities, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    int e = size++;
    keys[e] = key;
    similarities[e] = similarity;
    flags[e] = flag;
    place(e);
    return e;
  }

  /**
   * Lets go of the room kept for entries not added yet (up to a third of the key, similarity and
   * flag arrays): for a table that is complete, such as a run's candidate pairs once all are scored.
   * Adding more entries afterwards still works (the arrays grow again).
   */
  void trim() {
    if (keys.length > size) {
      keys = Arrays.copyOf(keys, size);
      similarities = Arrays.copyOf(similarities, size);
      flags = Arrays.copyOf(flags, size);
    }
  }

  long key(int entry) {
    return keys[entry];
  }

  double similarity(int entry) {
    return similarities[entry];
  }

  byte flags(int entry) {
    return flags[entry];
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void place(int entry) {
    int mask = slots.length - 1;
    int s = slot(keys[entry]);
    while (slots[s] != NONE) {
      s = (s + 1) & mask;
    }
    slots[s] = entry;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    Arrays.fill(slots, NONE);
    shift--;
    for (int e = 0; e < size; e++) {
      place(e);
    }
  }
}
