package org.corroborate.claims;

import java.util.Arrays;

/**
 * Table entries already found ({@link MaxentTable#find}), by a predicate's key in numbers (which
 * predicate and the {@link ValueIds} of its atoms, packed in a long): looking a key up here is one
 * probe of a small array and one long compare, where the table hashes, probes a far larger array and
 * compares the predicate's characters one by one, with cache misses in far larger arrays (see
 * {@link ChunkLookup} for the measurements). Holds at most {@link #limit} entries; {@link #put} beyond that is ignored until
 * {@link #clear}. Not thread safe.
 */
final class EntryMemo {
  /** What {@link #get} returns for a key not held. */
  static final int ABSENT = Integer.MIN_VALUE;
  /**
   * The default size: 2^16 slots, a megabyte (keys and entries), 32768 keys; measured as good as 2^17
   * and better than 2^18 on 400 generated articles.
   */
  static final int BITS = 16;

  /** Per slot, a key (0 for an empty slot: no key is 0) and then its entry: one cache line for both. */
  private final long[] slots;
  private final int bits;
  /** The most keys held: half the slots, so that probes stay short. */
  private final int limit;
  private int size;

  EntryMemo() {
    this(BITS);
  }

  /** A memo of {@code 2^bits} slots (fewer for tests of a full memo). */
  EntryMemo(int bits) {
    if (bits < 2 || bits > 24) {
      throw new IllegalArgumentException("entry memo of 2^" + bits + " slots");
    }
    this.bits = bits;
    this.slots = new long[2 << bits];
    this.limit = 1 << (bits - 1);
  }

  /** The entry held for {@code key} (not 0), or {@link #ABSENT}. */
  int get(long key) {
    for (int slot = slot(key); ; slot = (slot + 2) & (slots.length - 1)) {
      long k = slots[slot];
      if (k == key) {
        return (int) slots[slot + 1];
      }
      if (k == 0) {
        return ABSENT;
      }
    }
  }

  /** Holds {@code entry} for {@code key} (not 0, not held yet), unless {@link #limit} are held. */
  void put(long key, int entry) {
    if (size == limit) {
      return;
    }
    int slot = slot(key);
    while (slots[slot] != 0) {
      slot = (slot + 2) & (slots.length - 1);
    }
    slots[slot] = key;
    slots[slot + 1] = entry;
    size++;
  }

  /** The most keys this holds. */
  int limit() {
    return limit;
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(slots, 0L);
    size = 0;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits)) << 1;
  }
}
