package org.corroborate.claims;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Table entries already found, by a predicate's key in numbers, shared by threads without locks:
 * each slot is one long, the key in its high {@link #KEY_BITS} bits and the entry plus one in the
 * low {@link #ENTRY_BITS}, written once by compare-and-set, so a reader sees a whole pair or an empty
 * slot. An entry is a function of its key, so whichever thread writes it writes the same. Holds at
 * most half its slots; further keys are not held (there is no clearing: its keys' ids are permanent,
 * {@link SharedValueIds}). Thread safe.
 */
final class SharedEntryMemo {
  /** What {@link #get} returns for a key not held. */
  static final int ABSENT = Integer.MIN_VALUE;
  /** The bits of an entry plus one: entries below 2^22 - 1 (a table of up to 32 MB of entries). */
  static final int ENTRY_BITS = 22;
  /** The bits of a key (positive, below 2^42). */
  static final int KEY_BITS = 64 - ENTRY_BITS;
  /** The largest entry a memo holds. */
  static final int MAX_ENTRY = (1 << ENTRY_BITS) - 2;
  private static final long ENTRY_MASK = (1L << ENTRY_BITS) - 1;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

  private final long[] slots;
  private final int bits;
  private final int limit;
  private final AtomicInteger size = new AtomicInteger();

  /** A memo of {@code 2^bits} slots (8 bytes each). */
  SharedEntryMemo(int bits) {
    if (bits < 2 || bits > 26) {
      throw new IllegalArgumentException("entry memo of 2^" + bits + " slots");
    }
    this.bits = bits;
    this.slots = new long[1 << bits];
    this.limit = 1 << (bits - 1);
  }

  /** Whether {@code key} fits a slot beside an entry. */
  static boolean fits(long key) {
    return key > 0 && key >>> KEY_BITS == 0;
  }

  /** The entry held for {@code key} (which {@link #fits}), or {@link #ABSENT}. */
  int get(long key) {
    for (int slot = slot(key); ; slot = (slot + 1) & (slots.length - 1)) {
      long s = (long) SLOT.getOpaque(slots, slot);
      if (s == 0) {
        return ABSENT;
      }
      if (s >>> ENTRY_BITS == key) {
        return (int) (s & ENTRY_MASK) - 1;
      }
    }
  }

  /**
   * Reads the home slots of the keys {@code keys[0..count)} (-1 for none) and returns a sum of what it
   * read: called before their {@link #get}s, it lets the slots' cache misses overlap.
   */
  long prefetch(long[] keys, int count) {
    long read = 0;
    for (int p = 0; p < count; p++) {
      if (keys[p] >= 0) {
        read += slots[slot(keys[p])];
      }
    }
    return read;
  }

  /**
   * Holds {@code entry} (-1 to {@link #MAX_ENTRY}) for {@code key} (which {@link #fits}), unless the
   * memo is full or the entry too large; a key already held is left as it is.
   */
  void put(long key, int entry) {
    if (entry < -1 || entry > MAX_ENTRY || size.get() >= limit) {
      return;
    }
    long pair = key << ENTRY_BITS | (entry + 1);
    for (int slot = slot(key); ; slot = (slot + 1) & (slots.length - 1)) {
      long s = (long) SLOT.getOpaque(slots, slot);
      if (s == 0) {
        if (SLOT.compareAndSet(slots, slot, 0L, pair)) {
          size.incrementAndGet();
          return;
        }
        s = (long) SLOT.getOpaque(slots, slot);
      }
      if (s >>> ENTRY_BITS == key) {
        return;
      }
    }
  }

  /** How many keys are held. */
  int size() {
    return size.get();
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }
}
