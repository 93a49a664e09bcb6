package org.corroborate.claims;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The predicates of an OpenNLP GIS maxent model in an open-addressing table that is looked up by a
 * key given in parts, so that the key's string is never built: the hash of a concatenation is folded
 * from the parts' own (cached) {@link String#hashCode} values, and a candidate is compared part by
 * part. Scoring starts from the model's uniform prior and adds each found predicate's parameters in
 * the order the predicates are given, which is what {@code GISModel.eval} does, so the sums are the
 * same doubles, bit for bit; {@link #probabilities} then takes the same exponentials and the same
 * normalisation. Immutable and thread safe; a {@link Batch} is one caller's buffer and is not.
 *
 * <p>A table is built from a model once, at build time, and written into the {@link ModelPack}
 * ({@link #write}); a run reads it back as two bulk arrays ({@link #read}) instead of building the
 * model's object graph.
 */
final class MaxentTable {
  /** 31 to the power of a part's length, for the parts short enough to look up. */
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
    }
  }

  /**
   * Per slot: the key's hash in the high half and its entry's offset in {@link #data} plus one in
   * the low half; 0 for an empty slot.
   */
  private final long[] slots;
  /**
   * Per predicate, one entry: a header (key length in the high half, number of outcomes in the low
   * half), the key's characters four to a long, the outcome ids four to a long, then each
   * parameter's bits. One array, so a found predicate costs two cache misses, not seven.
   */
  private final long[] data;
  private final int mask;
  private final int shift;
  private final int numOutcomes;
  private final double logPrior;

  private MaxentTable(Map<String, Context> predicates, int numOutcomes) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    this.numOutcomes = numOutcomes;
    // UniformPrior.setLabels: log(1 / n), computed the same way.
    this.logPrior = StrictMath.log(1.0 / numOutcomes);
    int size = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      size += 1 + quarters(e.getKey().length()) + quarters(e.getValue().getOutcomes().length)
          + e.getValue().getOutcomes().length;
    }
    this.data = new long[size];
    int at = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      String key = e.getKey();
      int[] outcomes = e.getValue().getOutcomes();
      double[] parameters = e.getValue().getParameters();
      int h = key.hashCode();
      int slot = slot(h);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) h << 32 | (at + 1);
      data[at++] = (long) key.length() << 32 | outcomes.length;
      for (int c = 0; c < key.length(); c++) {
        data[at + c / 4] |= (long) key.charAt(c) << (16 * (c % 4));
      }
      at += quarters(key.length());
      for (int a = 0; a < outcomes.length; a++) {
        data[at + a / 4] |= (long) (outcomes[a] & 0xFFFF) << (16 * (a % 4));
      }
      at += quarters(outcomes.length);
      for (int a = 0; a < outcomes.length; a++) {
        data[at++] = Double.doubleToRawLongBits(parameters[a]);
      }
    }
  }

  private MaxentTable(long[] slots, long[] data, int numOutcomes, double logPrior) {
    this.slots = slots;
    this.data = data;
    this.mask = slots.length - 1;
    this.shift = Integer.numberOfLeadingZeros(slots.length) + 1;
    this.numOutcomes = numOutcomes;
    this.logPrior = logPrior;
  }

  /** Writes the table: outcomes, prior, then the slot and data arrays, each after its length. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(numOutcomes);
    out.writeLong(Double.doubleToRawLongBits(logPrior));
    writeLongs(out, slots);
    writeLongs(out, data);
  }

  private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    buffer.asLongBuffer().put(values);
    out.write(buffer.array());
  }

  /**
   * Reads a table {@link #write} wrote, from the buffer's position on (which it advances).
   *
   * @throws IllegalArgumentException when the bytes are not such a table: truncated, a slot count
   *     that is not a power of two, or a slot or entry that points outside the data
   */
  static MaxentTable read(ByteBuffer in) {
    int numOutcomes = in.getInt();
    if (numOutcomes < 1 || numOutcomes > 0xFFFF) {
      throw new IllegalArgumentException("maxent table with " + numOutcomes + " outcomes");
    }
    double logPrior = Double.longBitsToDouble(in.getLong());
    long[] slots = readLongs(in);
    long[] data = readLongs(in);
    if (slots.length < 4 || Integer.bitCount(slots.length) != 1) {
      throw new IllegalArgumentException("maxent table with " + slots.length + " slots, not a power of two");
    }
    MaxentTable table = new MaxentTable(slots, data, numOutcomes, logPrior);
    table.checkEntries();
    return table;
  }

  private static long[] readLongs(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || (long) n * Long.BYTES > in.remaining()) {
      throw new IllegalArgumentException("maxent table array of " + n + " longs, " + in.remaining() + " bytes left");
    }
    long[] values = new long[n];
    in.asLongBuffer().get(values);
    in.position(in.position() + n * Long.BYTES);
    return values;
  }

  /**
   * Every used slot points at an entry whose key, outcome ids and parameters lie inside the data.
   * (The outcome ids themselves are not checked: one out of range fails the scoring that reads it.)
   */
  private void checkEntries() {
    for (long s : slots) {
      if (s == 0) {
        continue;
      }
      long entry = (int) s - 1L;
      if (entry < 0 || entry >= data.length) {
        throw new IllegalArgumentException("maxent table slot points outside its data");
      }
      long header = data[(int) entry];
      long n = (int) header & 0xFFFFFFFFL;
      if (n > numOutcomes || entry + 1 + quarters(header >>> 32) + quarters(n) + n > data.length) {
        throw new IllegalArgumentException("maxent table entry runs past its data");
      }
    }
  }

  /** Whether {@code other} holds the same predicates, parameters and prior, in the same layout. */
  boolean sameAs(MaxentTable other) {
    return numOutcomes == other.numOutcomes
        && Double.doubleToRawLongBits(logPrior) == Double.doubleToRawLongBits(other.logPrior)
        && Arrays.equals(slots, other.slots) && Arrays.equals(data, other.data);
  }

  private static long quarters(long n) {
    return (n + 3) / 4;
  }

  private static int quarters(int n) {
    return (n + 3) / 4;
  }

  /**
   * The table of {@code model}, or empty when it is not a GIS model scored as this class scores (then
   * the caller keeps {@link MaxentModel#eval}). The check evaluates the empty context and every
   * {@value #CHECK_EVERY}th predicate alone against the model's own {@code eval}.
   */
  static Optional<MaxentTable> of(MaxentModel model) {
    if (!(model instanceof GISModel gis) || !(gis.getDataStructures()[1] instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    LinkedHashMap<String, Context> predicates = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key) || !(e.getValue() instanceof Context context)) {
        return Optional.empty();
      }
      predicates.put(key, context);
    }
    if (model.getNumOutcomes() > 0xFFFF) {
      return Optional.empty();
    }
    MaxentTable table = new MaxentTable(predicates, model.getNumOutcomes());
    return table.agreesWith(model, predicates.keySet()) ? Optional.of(table) : Optional.empty();
  }

  /** One predicate in this many is checked alone against the model when the table is built. */
  static final int CHECK_EVERY = 64;

  private boolean agreesWith(MaxentModel model, Iterable<String> predicates) {
    double[] sums = new double[numOutcomes];
    String[] one = new String[1];
    start(sums);
    if (!Arrays.equals(probabilities(sums), model.eval(new String[0]))) {
      return false;
    }
    int index = 0;
    for (String p : predicates) {
      if (index++ % CHECK_EVERY != 0) {
        continue;
      }
      one[0] = p;
      start(sums);
      add(find(one, 1), sums);
      if (!Arrays.equals(probabilities(sums), model.eval(one))) {
        return false;
      }
    }
    return true;
  }

  int numOutcomes() {
    return numOutcomes;
  }

  /** Sets every outcome's sum to the prior, as the model's {@code eval} starts. */
  void start(double[] sums) {
    Arrays.fill(sums, 0, numOutcomes, logPrior);
  }

  /**
   * The entry of the predicate spelled by {@code parts[0..count)} joined, or -1 when the model does
   * not know it.
   */
  int find(String[] parts, int count) {
    int h = hash(parts, count);
    return resolve(h, slot(h), parts, count);
  }

  /**
   * The entry of the predicate {@code prefix + word.substring(from, to)}, or -1 when the model does
   * not know it: a word's affixes and the words around it are looked up this way without building
   * their strings. The hash is folded on from the prefix's own as {@link String#hashCode} would go on.
   */
  int find(String prefix, String word, int from, int to) {
    int h = prefix.hashCode();
    for (int k = from; k < to; k++) {
      h = 31 * h + word.charAt(k);
    }
    int length = prefix.length() + to - from;
    for (int slot = slot(h); ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == h) {
        int entry = (int) s - 1;
        if ((int) (data[entry] >>> 32) == length && spells(entry + 1, prefix, word, from, to)) {
          return entry;
        }
      }
    }
  }

  /**
   * Finds the batch's first {@code size} predicates ({@link Batch#entries}): every home slot is read
   * before any key is compared, so that their cache misses overlap instead of waiting on one another.
   */
  void findAll(Batch batch, int size) {
    for (int p = 0; p < size; p++) {
      int h = hash(batch.parts[p], batch.counts[p]);
      int slot = slot(h);
      batch.hashes[p] = h;
      batch.homes[p] = slot;
      batch.touched += slots[slot];
    }
    for (int p = 0; p < size; p++) {
      batch.entries[p] = resolve(batch.hashes[p], batch.homes[p], batch.parts[p], batch.counts[p]);
    }
  }

  /** Predicates to find together: fill {@link #parts} and {@link #counts}, then {@link #findAll}. */
  static final class Batch {
    final String[][] parts;
    final int[] counts;
    final int[] entries;
    private final int[] hashes;
    private final int[] homes;
    /** A sum of the home slots read ahead, so that the reads are not optimised away. */
    private long touched;

    Batch(int size, int maxParts) {
      this.parts = new String[size][maxParts];
      this.counts = new int[size];
      this.entries = new int[size];
      this.hashes = new int[size];
      this.homes = new int[size];
    }
  }

  /** The String hash of the parts joined. */
  private static int hash(String[] parts, int count) {
    int h = 0;
    for (int i = 0; i < count; i++) {
      String p = parts[i];
      h = h * pow31(p.length()) + p.hashCode();
    }
    return h;
  }

  private int resolve(int h, int home, String[] parts, int count) {
    int length = 0;
    for (int i = 0; i < count; i++) {
      length += parts[i].length();
    }
    for (int slot = home; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == h) {
        int entry = (int) s - 1;
        if ((int) (data[entry] >>> 32) == length && spells(entry + 1, parts, count)) {
          return entry;
        }
      }
    }
  }

  /**
   * Reads the first three cache lines (24 longs) of each of the entries {@code entries[0..count)}
   * (-1 for none) and returns a sum of what it read: called before their {@link #add}s, it lets the
   * entries' cache misses overlap instead of each waiting in its own {@code add}. The lines are read
   * without their header (which would make each read wait on one miss first). Measured on the
   * chunker's entries of the seeds' tokens: summing took 0.80 to 0.88 of the CPU after reading two or
   * three lines ahead, and no less after four.
   */
  long prefetch(int[] entries, int count) {
    long read = 0;
    int last = data.length - 1;
    for (int p = 0; p < count; p++) {
      int entry = entries[p];
      if (entry >= 0) {
        read += data[entry] + data[Math.min(entry + 8, last)] + data[Math.min(entry + 16, last)];
      }
    }
    return read;
  }

  /** Adds the parameters of the predicate at {@code entry} (none when -1) to the outcomes' sums. */
  void add(int entry, double[] sums) {
    if (entry < 0) {
      return;
    }
    long header = data[entry];
    int n = (int) header;
    int ids = entry + 1 + quarters((int) (header >>> 32));
    int weights = ids + quarters(n);
    for (int a = 0; a < n; a++) {
      int outcome = (int) (data[ids + a / 4] >>> (16 * (a % 4))) & 0xFFFF;
      sums[outcome] += Double.longBitsToDouble(data[weights + a]);
    }
  }

  /** The outcomes' probabilities from their sums, as {@code GISModel.eval} computes them (in place). */
  double[] probabilities(double[] sums) {
    double normal = 0.0;
    for (int k = 0; k < numOutcomes; k++) {
      sums[k] = StrictMath.exp(sums[k]);
      normal += sums[k];
    }
    for (int k = 0; k < numOutcomes; k++) {
      sums[k] /= normal;
    }
    return sums;
  }

  /** Whether the key characters from {@code data[at]} on spell the parts (the length is checked). */
  private boolean spells(int at, String[] parts, int count) {
    long word = 0;
    int bits = 64;
    for (int i = 0; i < count; i++) {
      String p = parts[i];
      for (int k = 0, n = p.length(); k < n; k++) {
        if (bits == 64) {
          word = data[at++];
          bits = 0;
        }
        if ((char) (word >>> bits) != p.charAt(k)) {
          return false;
        }
        bits += 16;
      }
    }
    return true;
  }

  /** Whether the key characters from {@code data[at]} on spell the prefix and then the word's range. */
  private boolean spells(int at, String prefix, String word, int from, int to) {
    int c = 0;
    for (int k = 0, n = prefix.length(); k < n; k++, c++) {
      if ((char) (data[at + c / 4] >>> (16 * (c % 4))) != prefix.charAt(k)) {
        return false;
      }
    }
    for (int k = from; k < to; k++, c++) {
      if ((char) (data[at + c / 4] >>> (16 * (c % 4))) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int pow31(int n) {
    if (n < POW31.length) {
      return POW31[n];
    }
    int r = POW31[POW31.length - 1];
    for (int i = POW31.length - 1; i < n; i++) {
      r *= 31;
    }
    return r;
  }

  /**
   * The home slot of a hash: its top bits after a Fibonacci multiply, because keys that differ in
   * their last character have String hashes one apart, and linear probing would pile them up.
   */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
