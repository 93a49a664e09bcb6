package org.corroborate.claims;

import java.util.HashMap;

/**
 * Small ids, 1 to {@link #MAX}, for the value strings of a feature generator's atoms (words, tags,
 * chunk tags): an id stands for one spelling, so that a predicate's atoms can be named by numbers
 * ({@link EntryMemo}). Ids are handed out in first-use order until all are taken; then a
 * new spelling gets none (-1) until {@link #clear}. Not thread safe.
 */
final class ValueIds {
  /** The most ids: they fit in {@link #BITS} bits, 0 being kept for "no value" (a window's edge). */
  static final int BITS = 14;
  static final int MAX = (1 << BITS) - 1;

  private final HashMap<String, Integer> ids = new HashMap<>();
  private final int max;

  /** Ids for up to {@link #MAX} values. */
  ValueIds() {
    this(MAX);
  }

  /** Ids for up to {@code max} values (at most {@link #MAX}): fewer for tests of a full map. */
  ValueIds(int max) {
    if (max < 1 || max > MAX) {
      throw new IllegalArgumentException("value ids up to " + max);
    }
    this.max = max;
  }

  /** The id of {@code value}, given now if it has none yet; -1 when it has none and all are taken. */
  int id(String value) {
    Integer id = ids.get(value);
    if (id != null) {
      return id;
    }
    if (ids.size() == max) {
      return -1;
    }
    int next = ids.size() + 1;
    ids.put(value, next);
    return next;
  }

  /** The most ids this hands out. */
  int max() {
    return max;
  }

  /** How many ids are taken. */
  int size() {
    return ids.size();
  }

  /** Forgets every id (after which an id may stand for another spelling). */
  void clear() {
    ids.clear();
  }
}
