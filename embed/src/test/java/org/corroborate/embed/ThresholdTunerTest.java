package org.corroborate.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdTunerTest {
  // Six pairs: scores and gold. At t = 0.7 the rule says same for 0.9, 0.8, 0.7 (tp 2, fp 1) and
  // different for 0.6 (a missed same), 0.3, 0.1: accuracy 4/6. At t = 0.8: tp 2, fn 1, tn 3: 5/6,
  // the best. At t = 0.6: tp 3, fp 1: 5/6 as well, so the tie goes to the stricter 0.8.
  private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.3, 0.1};
  private static final boolean[] GOLD = {true, true, false, true, false, false};

  private static ThresholdTuner tuner() {
    return new ThresholdTuner(SCORES, ThresholdTuner.atLeast(SCORES), GOLD);
  }

  @Test
  void bestAccuracyPicksTheBestThresholdAndBreaksTiesTowardTheStricterOne() {
    ThresholdTuner.Tuned best = tuner().bestAccuracy();

    assertThat(best.threshold()).isEqualTo(0.8);
    assertThat(best.confusion()).isEqualTo(new Confusion(2, 0, 1, 3));
  }

  @Test
  void mostRecallAtPrecisionIsTheLoosestThresholdThatKeepsThePrecision() {
    // Precision 3/4 at 0.6, 2/3 at 0.7, 1 at 0.8: the loosest with precision >= 0.85 is 0.8.
    assertThat(tuner().mostRecallAtPrecision(0.85).threshold()).isEqualTo(0.8);
    assertThat(tuner().mostRecallAtPrecision(0.75).threshold()).isEqualTo(0.6);
  }

  @Test
  void strictestAtRecallIsTheHighestThresholdThatKeepsTheRecall() {
    assertThat(tuner().strictestAtRecall(1.0).threshold()).isEqualTo(0.6);
    assertThat(tuner().strictestAtRecall(0.6).threshold()).isEqualTo(0.8);
  }

  @Test
  void aThresholdAboveEveryScoreIsACandidateSoNothingPassingCanWin() {
    double[] scores = {0.9, 0.5};
    boolean[] gold = {false, false};

    ThresholdTuner.Tuned best = new ThresholdTuner(scores, ThresholdTuner.atLeast(scores), gold).bestAccuracy();

    assertThat(best.threshold()).isGreaterThan(0.9);
    assertThat(best.confusion()).isEqualTo(new Confusion(0, 0, 0, 2));
  }

  @Test
  void aPrecisionFilterOnTheEngineOnlyDropsPairsTheEngineMerged() {
    boolean[] engine = {true, true, true, false, false, false};
    // The engine's false merge (0.7) goes at t = 0.8 while its two true merges stay; the missed
    // 0.6 pair stays missed whatever t is.
    ThresholdTuner filter = new ThresholdTuner(SCORES, t -> EmbedComparison.and(engine, SCORES, t), GOLD);

    ThresholdTuner.Tuned best = filter.bestAccuracy();

    assertThat(best.threshold()).isEqualTo(0.8);
    assertThat(best.confusion()).isEqualTo(new Confusion(2, 0, 1, 3));
  }
}
