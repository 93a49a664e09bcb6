package org.corroborate.claims;

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
 * normalisation. Immutable and thread safe.
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

  private final String[] keys;
  private final int[] hashes;
  private final int[][] outcomes;
  private final double[][] parameters;
  private final int mask;
  private final int numOutcomes;
  private final double logPrior;

  private MaxentTable(Map<String, Context> predicates, int numOutcomes) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.outcomes = new int[capacity][];
    this.parameters = new double[capacity][];
    this.mask = capacity - 1;
    this.numOutcomes = numOutcomes;
    // UniformPrior.setLabels: log(1 / n), computed the same way.
    this.logPrior = StrictMath.log(1.0 / numOutcomes);
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      String key = e.getKey();
      int h = key.hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = h;
      outcomes[slot] = e.getValue().getOutcomes();
      parameters[slot] = e.getValue().getParameters();
    }
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
   * The slot of the predicate spelled by {@code parts[0..count)} joined, or -1 when the model does
   * not know it.
   */
  int find(String[] parts, int count) {
    int h = 0;
    int length = 0;
    for (int i = 0; i < count; i++) {
      String p = parts[i];
      int n = p.length();
      h = h * pow31(n) + p.hashCode();
      length += n;
    }
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (hashes[slot] == h && key.length() == length && spells(key, parts, count)) {
        return slot;
      }
    }
  }

  /** Adds the parameters of the predicate in {@code slot} (none when -1) to the outcomes' sums. */
  void add(int slot, double[] sums) {
    if (slot < 0) {
      return;
    }
    int[] o = outcomes[slot];
    double[] w = parameters[slot];
    for (int a = 0; a < o.length; a++) {
      sums[o[a]] += w[a];
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

  private static boolean spells(String key, String[] parts, int count) {
    int at = 0;
    for (int i = 0; i < count; i++) {
      String p = parts[i];
      if (!key.regionMatches(at, p, 0, p.length())) {
        return false;
      }
      at += p.length();
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

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
