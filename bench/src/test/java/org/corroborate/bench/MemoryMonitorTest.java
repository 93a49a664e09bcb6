package org.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryMonitorTest {

  @Test
  void theLiveTotalOfAHistogramIsReadFromItsTotalLine() {
    String histogram = """
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:        498902       95953976  [B (java.base@25.0.3)
        Total       3744108      241447832
        """;
    assertThat(MemoryMonitor.totalBytes(histogram)).isEqualTo(241_447_832L);
    assertThat(MemoryMonitor.totalBytes("histogram unavailable: no MBean")).isEqualTo(-1);
  }

  @Test
  void aStageSamplerKeepsAHistogramOfTheStageItRanIn() throws InterruptedException {
    try (MemoryMonitor monitor = new MemoryMonitor(false, () -> "cluster", 50)) {
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (monitor.stageSamples().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      MemoryMonitor.StageSample sample = monitor.stageSamples().get("cluster");
      assertThat(sample).isNotNull();
      assertThat(sample.liveBytes()).isPositive();
      assertThat(sample.histogram()).contains("Total");
      assertThat(monitor.stageSamples()).containsOnlyKeys("cluster");
    }
  }

  @Test
  void noStageIsSampledWithoutAPeriod() throws InterruptedException {
    try (MemoryMonitor monitor = new MemoryMonitor(false, () -> "claims", 0)) {
      Thread.sleep(100);
      assertThat(monitor.stageSamples()).isEmpty();
    }
  }
}
