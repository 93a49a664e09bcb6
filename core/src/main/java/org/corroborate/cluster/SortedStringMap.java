package org.corroborate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * An immutable sorted map from string to string kept as two parallel arrays: the same entries,
 * order and answers as an unmodifiable {@link java.util.TreeMap} in natural key order, in a
 * fraction of the memory. Lookups by key are binary searches; {@link #containsValue} is a scan, as
 * in a tree map.
 */
final class SortedStringMap extends AbstractMap<String, String> implements SortedMap<String, String> {

  private static final SortedStringMap EMPTY = new SortedStringMap(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private SortedStringMap(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The entries of a map, in natural key order. */
  static SortedStringMap of(Map<String, String> map) {
    if (map.isEmpty()) {
      return EMPTY;
    }
    String[] keys = map.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    String[] values = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = map.get(keys[i]);
    }
    return new SortedStringMap(keys, values);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
  }

  @Override
  public boolean containsValue(Object value) {
    for (String v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String get(Object key) {
    if (!(key instanceof String s)) {
      return null;
    }
    int i = Arrays.binarySearch(keys, s);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public String firstKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[0];
  }

  @Override
  public String lastKey() {
    if (keys.length == 0) {
      throw new NoSuchElementException();
    }
    return keys[keys.length - 1];
  }

  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    if (fromKey.compareTo(toKey) > 0) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    return range(lowerBound(fromKey), lowerBound(toKey));
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    return range(0, lowerBound(toKey));
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    return range(lowerBound(fromKey), keys.length);
  }

  private int lowerBound(String key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? i : -i - 1;
  }

  private SortedMap<String, String> range(int from, int to) {
    if (from == 0 && to == keys.length) {
      return this;
    }
    return from == to ? EMPTY
        : new SortedStringMap(Arrays.copyOfRange(keys, from, to), Arrays.copyOfRange(values, from, to));
  }

  @Override
  public Set<String> keySet() {
    return SortedStrings.ofSorted(keys);
  }

  @Override
  public List<String> values() {
    return List.of(values);
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }
}
