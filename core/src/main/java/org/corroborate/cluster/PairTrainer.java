package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.Claim;

/**
 * Fits the pair model's weights on labelled claim pairs (logistic regression by batch gradient
 * descent with a small L2 penalty) and proposes a link threshold. Pairs that disagree on a number,
 * a date, polarity or stance, or that name different people or places, are left out of the fit:
 * the clusterer keeps them apart whatever the model says. Used by the benchmark command; the weights it prints are committed in {@code
 * pair-model.properties}. Thread safe: no shared state.
 */
public final class PairTrainer {

  /** Gradient descent steps. */
  static final int STEPS = 4000;
  /** Gradient descent step size. */
  static final double RATE = 0.5;
  /** L2 penalty on every weight but the bias. */
  static final double L2 = 1e-3;
  /** The threshold proposed is the one with the best F-beta on the training pairs, this beta. */
  public static final double F_BETA = 0.5;

  /**
   * Two claims and whether they state one proposition.
   *
   * @param claimA a claim id
   * @param claimB another claim id
   * @param same the gold label
   */
  public record LabeledPair(String claimA, String claimB, boolean same) {
    public LabeledPair {
      Objects.requireNonNull(claimA, "claimA");
      Objects.requireNonNull(claimB, "claimB");
    }
  }

  /**
   * The fitted model.
   *
   * @param synonyms the synonym setting it was fitted with
   * @param features feature names
   * @param weights one weight per feature
   * @param threshold the proposed link threshold (best F-beta on the training pairs)
   * @param used pairs fitted on
   * @param skipped pairs left out because they disagree on a number, date, polarity or stance, or names
   */
  public record Fit(boolean synonyms, List<String> features, List<Double> weights, double threshold, int used, int skipped) {
    public Fit {
      features = List.copyOf(features);
      weights = List.copyOf(weights);
    }

    /** The weights as lines of {@code pair-model.properties}. */
    public String toProperties() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < features.size(); i++) {
        out.append(PairModel.prefix(synonyms)).append(features.get(i)).append('=')
            .append(String.format(Locale.ROOT, "%.4f", weights.get(i))).append('\n');
      }
      return out.toString();
    }
  }

  private final boolean synonyms;

  public PairTrainer(boolean synonyms) {
    this.synonyms = synonyms;
  }

  public Fit fit(List<Claim> claims, List<LabeledPair> pairs) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(Claim::id));
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      position.put(sorted.get(i).id(), i);
    }
    List<ClaimProfile> profiles = ScoredPairs.profiles(sorted);
    TermWeights idf = TermWeights.of(profiles);
    NameAssociations names = new NameAssociations(profiles);
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    int skipped = 0;
    for (LabeledPair p : pairs) {
      Integer a = position.get(p.claimA());
      Integer b = position.get(p.claimB());
      if (a == null || b == null) {
        throw new IllegalArgumentException("pair names an unknown claim: " + p);
      }
      PairFeatures f = PairFeatures.of(profiles.get(Math.min(a, b)), profiles.get(Math.max(a, b)), idf, names, synonyms);
      if (f.disagreement() != null || f.namesDiffer()) {
        skipped++;
        continue;
      }
      xs.add(f.values());
      ys.add(p.same());
    }
    double[] w = descend(xs, ys);
    PairModel model = new PairModel(w);
    List<Double> weights = new ArrayList<>();
    for (double v : w) {
      weights.add(v);
    }
    return new Fit(synonyms, PairFeatures.NAMES, weights, bestThreshold(model, xs, ys), xs.size(), skipped);
  }

  private static double[] descend(List<double[]> xs, List<Boolean> ys) {
    int d = PairFeatures.NAMES.size();
    double[] w = new double[d];
    int n = xs.size();
    if (n == 0) {
      return w;
    }
    for (int step = 0; step < STEPS; step++) {
      double[] grad = new double[d];
      PairModel m = new PairModel(w);
      for (int i = 0; i < n; i++) {
        double err = m.probability(xs.get(i)) - (ys.get(i) ? 1 : 0);
        for (int j = 0; j < d; j++) {
          grad[j] += err * xs.get(i)[j];
        }
      }
      for (int j = 0; j < d; j++) {
        w[j] -= RATE * (grad[j] / n + (j == 0 ? 0 : L2 * w[j]));
      }
    }
    return w;
  }

  private static double bestThreshold(PairModel model, List<double[]> xs, List<Boolean> ys) {
    double best = 0.5;
    double bestF = -1;
    double b2 = F_BETA * F_BETA;
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < xs.size(); i++) {
        boolean said = model.probability(xs.get(i)) >= threshold;
        if (said && ys.get(i)) {
          tp++;
        } else if (said) {
          fp++;
        } else if (ys.get(i)) {
          fn++;
        }
      }
      double f = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
      if (f > bestF) {
        bestF = f;
        best = threshold;
      }
    }
    return best;
  }
}
