package org.corroborate.cluster;

import java.util.Arrays;

/**
 * Scored pairs in primitive arrays: for each pair key ({@link ScoredPairs#key}), the similarity
 * used for merging and a byte of flags. Entries are numbered in the order they were added, so the
 * first {@code n} entries are the first {@code n} pairs put. An open-addressing table of entry
 * numbers, hashed by a multiplicative mix of the key (a packed key's own hash, {@code lo ^ hi},
 * puts many pairs in one bucket), finds an entry. About 30 bytes per pair instead of a boxed key,
 * a map node and a record with its features; {@link #freeze} makes a complete table smaller still.
 * Insert only; not thread safe.
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
  /** Once frozen ({@link #freeze}): where each first item's entries start, and their second items. */
  private int[] offsets;
  private int[] seconds;

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
    if (offsets != null) {
      int a = ScoredPairs.first(key);
      if (a < 0 || a >= offsets.length - 1) {
        return NONE;
      }
      int at = Arrays.binarySearch(seconds, offsets[a], offsets[a + 1], ScoredPairs.second(key));
      return at < 0 ? NONE : at;
    }
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
    if (offsets != null) {
      throw new IllegalStateException("a frozen pair table takes no more pairs");
    }
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
   * Turns a complete table into a compact read-only one: per first item, its second items sorted,
   * with their similarities and flags (a compressed sparse row), found by binary search. It lets go
   * of the packed keys and the hash slots: about 13 instead of 25 bytes per pair, for a run's
   * candidate pairs once every one is scored (about a million at 10k generated articles). Entries
   * are numbered again in the order of their keys; nothing may be added afterwards.
   *
   * @param items the number of items (every position in a key is below it)
   */
  void freeze(int items) {
    if (offsets != null) {
      return;
    }
    // in place, so that freezing needs little more than the table itself (at 100k generated articles
    // the table holds about ten million pairs): the hash slots go first, the entries are put in
    // order of their first item by swapping (a counting sort), then each row in order of its second
    slots = null;
    int[] rows = new int[items + 1];
    for (int e = 0; e < size; e++) {
      rows[ScoredPairs.first(keys[e]) + 1]++;
    }
    for (int a = 0; a < items; a++) {
      rows[a + 1] += rows[a];
    }
    int[] next = Arrays.copyOf(rows, items);
    for (int a = 0; a < items; a++) {
      while (next[a] < rows[a + 1]) {
        int e = next[a];
        int b = ScoredPairs.first(keys[e]);
        if (b == a) {
          next[a]++;
        } else {
          swap(e, next[b]++); // b > a: every row before a is complete
        }
      }
    }
    next = null;
    int[] second = new int[size];
    for (int e = 0; e < size; e++) {
      second[e] = ScoredPairs.second(keys[e]);
    }
    keys = null;
    for (int a = 0; a < items; a++) {
      // rows are short (a claim's candidates): insertion sort by second item, numbers moved along
      for (int i = rows[a] + 1; i < rows[a + 1]; i++) {
        int b = second[i];
        double s = similarities[i];
        byte f = flags[i];
        int j = i - 1;
        while (j >= rows[a] && second[j] > b) {
          second[j + 1] = second[j];
          similarities[j + 1] = similarities[j];
          flags[j + 1] = flags[j];
          j--;
        }
        second[j + 1] = b;
        similarities[j + 1] = s;
        flags[j + 1] = f;
      }
    }
    offsets = rows;
    seconds = second;
    similarities = Arrays.copyOf(similarities, size);
    flags = Arrays.copyOf(flags, size);
  }

  private void swap(int x, int y) {
    long k = keys[x];
    keys[x] = keys[y];
    keys[y] = k;
    double s = similarities[x];
    similarities[x] = similarities[y];
    similarities[y] = s;
    byte f = flags[x];
    flags[x] = flags[y];
    flags[y] = f;
  }

  /** Whether entry {@code x}'s key is smaller than entry {@code y}'s. */
  boolean keyBefore(int x, int y) {
    return offsets != null ? x < y : keys[x] < keys[y];
  }

  long key(int entry) {
    if (offsets == null) {
      return keys[entry];
    }
    // the last row that starts at or before the entry (an empty row is followed by one that starts there too)
    int lo = 0;
    int hi = offsets.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (offsets[mid] <= entry) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return ScoredPairs.key(lo, seconds[entry]);
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
