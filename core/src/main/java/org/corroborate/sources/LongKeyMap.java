package org.corroborate.sources;

import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * A map from non-negative {@code long} keys (packed article and line, or article pair) to values, in
 * two arrays with open addressing: about 24 bytes an entry instead of a boxed key, a map node and its
 * slot (about 56). The per-line and per-pair memos of {@link ClaimOrigins} grow with the corpus.
 * Not thread safe.
 */
final class LongKeyMap<V> {
  private static final long EMPTY = -1;
  private static final double MAX_LOAD = 0.6;

  private long[] keys;
  private Object[] values;
  private int size;
  private int shift;

  LongKeyMap() {
    keys = new long[16];
    Arrays.fill(keys, EMPTY);
    values = new Object[16];
    shift = 64 - 4;
  }

  int size() {
    return size;
  }

  /** The value of a key, worked out by {@code compute} and kept when the key is new. */
  V computeIfAbsent(long key, LongFunction<? extends V> compute) {
    if (key < 0) {
      throw new IllegalArgumentException("negative key " + key);
    }
    int s = find(key);
    if (keys[s] == key) {
      @SuppressWarnings("unchecked")
      V known = (V) values[s];
      return known;
    }
    V value = compute.apply(key);
    if (size + 1 > MAX_LOAD * keys.length) {
      grow();
      s = find(key);
    }
    keys[s] = key;
    values[s] = value;
    size++;
    return value;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int find(long key) {
    int mask = keys.length - 1;
    int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (keys[s] != EMPTY && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new Object[oldKeys.length * 2];
    shift--;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = find(oldKeys[i]);
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
