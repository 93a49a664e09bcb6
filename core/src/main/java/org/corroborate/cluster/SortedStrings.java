package org.corroborate.cluster;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * An immutable sorted set of strings kept as one sorted array: the same elements, order and
 * answers as an unmodifiable {@link java.util.TreeSet} in natural order, in a fraction of the
 * memory (a reference per element instead of a 40-byte tree entry, and no tree or wrapper
 * objects). A profile keeps several such sets per claim for the whole clustering run. Lookups are
 * binary searches.
 */
final class SortedStrings extends AbstractSet<String> implements SortedSet<String> {

  private static final SortedStrings EMPTY = new SortedStrings(new String[0]);

  private final String[] values;

  /** Takes a sorted array of distinct strings as it is. */
  private SortedStrings(String[] values) {
    this.values = values;
  }

  /** The distinct values in natural order. */
  static SortedStrings of(Collection<String> values) {
    if (values.isEmpty()) {
      return EMPTY;
    }
    return ofArray(values.toArray(new String[0]));
  }

  /** The distinct values of an array the set takes over (sorted in place), in natural order. */
  static SortedStrings ofArray(String[] values) {
    if (values.length == 0) {
      return EMPTY;
    }
    Arrays.sort(values);
    int n = 1;
    for (int i = 1; i < values.length; i++) {
      if (!values[i].equals(values[n - 1])) {
        values[n++] = values[i];
      }
    }
    return new SortedStrings(n == values.length ? values : Arrays.copyOf(values, n));
  }

  /** A set over an array already sorted and without repeats (not copied). */
  static SortedStrings ofSorted(String[] sortedDistinct) {
    return sortedDistinct.length == 0 ? EMPTY : new SortedStrings(sortedDistinct);
  }

  /** The position of a value, or a negative number as {@link Arrays#binarySearch(Object[], Object)}. */
  int indexOf(String value) {
    return Arrays.binarySearch(values, value);
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && Arrays.binarySearch(values, s) >= 0;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Iterator<String> iterator() {
    // a read-only view: its iterator refuses remove()
    return Collections.unmodifiableList(Arrays.asList(values)).iterator();
  }

  @Override
  public Object[] toArray() {
    return values.clone();
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public String first() {
    if (values.length == 0) {
      throw new NoSuchElementException();
    }
    return values[0];
  }

  @Override
  public String last() {
    if (values.length == 0) {
      throw new NoSuchElementException();
    }
    return values[values.length - 1];
  }

  @Override
  public SortedSet<String> subSet(String fromElement, String toElement) {
    if (fromElement.compareTo(toElement) > 0) {
      throw new IllegalArgumentException("fromElement > toElement");
    }
    return range(lowerBound(fromElement), lowerBound(toElement));
  }

  @Override
  public SortedSet<String> headSet(String toElement) {
    return range(0, lowerBound(toElement));
  }

  @Override
  public SortedSet<String> tailSet(String fromElement) {
    return range(lowerBound(fromElement), values.length);
  }

  /** The first position whose value is not less than {@code value}. */
  private int lowerBound(String value) {
    int i = Arrays.binarySearch(values, value);
    return i >= 0 ? i : -i - 1;
  }

  private SortedSet<String> range(int from, int to) {
    return from == 0 && to == values.length ? this : ofSorted(Arrays.copyOfRange(values, from, to));
  }
}
