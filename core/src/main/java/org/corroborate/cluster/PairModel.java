package org.corroborate.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * A logistic model over {@link PairFeatures}: the probability that two claims state one
 * proposition. The weights were fitted on the sts-news train split by {@code corroborate eval sts
 * --train} and live in {@code pair-model.properties} beside this class, one set with synonyms and
 * one without. Immutable; thread safe.
 */
final class PairModel {
  static final String RESOURCE = "pair-model.properties";

  private final double[] weights;

  PairModel(double[] weights) {
    if (weights.length != PairFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + PairFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The committed weights for the synonym setting. */
  static PairModel committed(boolean synonyms) {
    return synonyms ? Committed.SYNONYMS : Committed.PLAIN;
  }

  static String prefix(boolean synonyms) {
    return synonyms ? "synonyms." : "plain.";
  }

  /**
   * Whether more synonym matches can only raise the probability (the weights of every feature a
   * synonym match raises are non-negative), so that an upper bound can skip WordNet safely.
   */
  boolean growsWithSynonyms() {
    for (String f : List.of("minCover", "maxCover", "synonymShare", "sharedCount")) {
      if (weights[PairFeatures.NAMES.indexOf(f)] < 0) {
        return false;
      }
    }
    return true;
  }

  double probability(double[] features) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static final class Committed {
    static final PairModel SYNONYMS = load(true);
    static final PairModel PLAIN = load(false);

    private static PairModel load(boolean synonyms) {
      Properties p = new Properties();
      try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      List<String> names = PairFeatures.NAMES;
      double[] w = new double[names.size()];
      for (int i = 0; i < w.length; i++) {
        String key = prefix(synonyms) + names.get(i);
        String value = p.getProperty(key);
        if (value == null) {
          throw new IllegalStateException(RESOURCE + " has no weight " + key);
        }
        w[i] = Double.parseDouble(value.trim());
      }
      return new PairModel(w);
    }
  }
}
