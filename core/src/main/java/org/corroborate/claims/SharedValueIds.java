package org.corroborate.claims;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Permanent small ids, 1 to {@code max}, for value strings, shared by threads: an id stands for one
 * spelling for the life of this object, whichever thread asked first, so that numbers built from ids
 * ({@link ChunkMemo}) mean the same predicate on every thread. Once {@code max} are given a new
 * spelling gets none (-1). Thread safe.
 */
final class SharedValueIds {
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger given = new AtomicInteger();
  private final int max;

  SharedValueIds(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("value ids up to " + max);
    }
    this.max = max;
  }

  /** The id of {@code value}, given now if it has none yet; -1 when it has none and all are given. */
  int id(String value) {
    Integer id = ids.get(value);
    if (id != null) {
      return id;
    }
    if (given.get() >= max) {
      return -1;
    }
    id = ids.computeIfAbsent(value, v -> {
      int next = given.incrementAndGet();
      return next <= max ? next : null;
    });
    return id == null ? -1 : id;
  }

  /** How many spellings have an id. */
  int size() {
    return ids.size();
  }
}
