package org.corroborate.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogisticBlendTest {
  @Test
  void fittedBlendSeparatesPairsThatHighCosineAndTheEngineMarkSame() {
    boolean[] engine = {true, true, true, false, false, false, true, false};
    double[] cosine = {0.9, 0.8, 0.3, 0.95, 0.4, 0.2, 0.85, 0.5};
    boolean[] gold = {true, true, false, true, false, false, true, false};

    LogisticBlend blend = LogisticBlend.fit(engine, cosine, gold);

    assertThat(blend.cosineWeight()).isPositive();
    assertThat(blend.decide(engine, cosine)).containsExactly(gold);
    assertThat(blend.cosineThreshold(true)).isLessThanOrEqualTo(blend.cosineThreshold(false));
  }
}
