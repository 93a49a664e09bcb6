package org.corroborate.contradict;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;

/**
 * An immutable set of a few strings in the order they were first added, held in one array instead
 * of a {@link java.util.LinkedHashSet}'s map, table and one entry per element: a claim's word sets
 * have about ten elements, and a corpus of 60,000 claims held five such sets per claim through the
 * whole stage. Iterates as the set it copies; {@code contains} scans, comparing the strings' cached
 * hash codes first (no table: the sets are small). Thread safe.
 */
final class KeySet extends AbstractSet<String> {
  private static final KeySet EMPTY = new KeySet(new String[0]);

  private final String[] keys;

  private KeySet(String[] keys) {
    this.keys = keys;
  }

  /** The distinct elements of {@code keys} in their iteration order (nulls are not allowed). */
  static KeySet copyOf(Collection<String> keys) {
    if (keys instanceof KeySet k) {
      return k;
    }
    if (keys.isEmpty()) {
      return EMPTY;
    }
    String[] out = new String[keys.size()];
    int n = 0;
    for (String k : keys) {
      if (!contains(out, n, k)) {
        out[n++] = k;
      }
    }
    return new KeySet(n == out.length ? out : Arrays.copyOf(out, n));
  }

  /** The empty set. */
  static KeySet of() {
    return EMPTY;
  }

  private static boolean contains(String[] keys, int n, String k) {
    int h = k.hashCode();
    for (int i = 0; i < n; i++) {
      if (keys[i] == k || keys[i].hashCode() == h && keys[i].equals(k)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && contains(keys, keys.length, s);
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
  public Iterator<String> iterator() {
    // a read-only view: its iterator refuses remove()
    return Collections.unmodifiableList(Arrays.asList(keys)).iterator();
  }
}
