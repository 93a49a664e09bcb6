package org.corroborate.embed;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * Picks a threshold for a rule "same when the score is at least t" (or any rule built on one, such
 * as "engine says same and cosine at least t") from labelled pairs. Candidates are the distinct
 * scores themselves plus one above them all (nothing passes); each objective says how it breaks
 * ties. Pure and deterministic.
 */
public final class ThresholdTuner {
  /** A chosen threshold and the confusion it gives on the pairs it was tuned on. */
  public record Tuned(double threshold, Confusion confusion) {}

  private final double[] candidates;
  private final DoubleFunction<boolean[]> rule;
  private final boolean[] gold;

  /**
   * @param scores the score of each pair (its distinct values are the candidate thresholds)
   * @param rule the decisions at a threshold, one per pair
   * @param gold the gold labels, one per pair
   */
  public ThresholdTuner(double[] scores, DoubleFunction<boolean[]> rule, boolean[] gold) {
    double[] sorted = Arrays.stream(scores).distinct().sorted().toArray();
    this.candidates = Arrays.copyOf(sorted, sorted.length + 1);
    this.candidates[sorted.length] = sorted.length == 0 ? 1 : Math.nextUp(sorted[sorted.length - 1]);
    this.rule = rule;
    this.gold = gold.clone();
  }

  /** The rule "score at least t" on its own. */
  public static DoubleFunction<boolean[]> atLeast(double[] scores) {
    return t -> {
      boolean[] said = new boolean[scores.length];
      for (int i = 0; i < said.length; i++) {
        said[i] = scores[i] >= t;
      }
      return said;
    };
  }

  /** The threshold with the best accuracy; ties go to the stricter (higher) threshold. */
  public Tuned bestAccuracy() {
    Tuned best = null;
    for (double t : candidates) {
      Confusion c = Confusion.of(rule.apply(t), gold);
      if (best == null || c.accuracy() >= best.confusion().accuracy()) {
        best = new Tuned(t, c);
      }
    }
    return best;
  }

  /**
   * The loosest threshold whose precision is at least {@code minPrecision} with at least one pair
   * said "same": the most recall the rule has at that precision. Null when no threshold reaches it.
   */
  public Tuned mostRecallAtPrecision(double minPrecision) {
    for (double t : candidates) {
      Confusion c = Confusion.of(rule.apply(t), gold);
      if (c.tp() > 0 && c.precision() >= minPrecision) {
        return new Tuned(t, c);
      }
    }
    return null;
  }

  /**
   * The strictest threshold whose recall is still at least {@code minRecall}: the rule's precision
   * at (at least) that recall. Null when even the loosest threshold misses it.
   */
  public Tuned strictestAtRecall(double minRecall) {
    Tuned found = null;
    for (double t : candidates) {
      Confusion c = Confusion.of(rule.apply(t), gold);
      if (c.recall() >= minRecall) {
        found = new Tuned(t, c);
      }
    }
    return found;
  }
}
