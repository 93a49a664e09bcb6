package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tagging speed of {@link PosBeamTagger} against {@code POSTaggerME} on the seeds' sentences (as the
 * {@link Tagger} tokenises them), in one JVM, rounds alternated A, B, A, B after a warm-up, timed in
 * this thread's CPU time so that other processes on the machine count less; and what building each
 * costs. Off by default; run with {@code -Dpos.perf=true}. It prints its figures and asserts only
 * that both tag alike.
 */
@EnabledIfSystemProperty(named = "pos.perf", matches = "true")
class PosTaggingThroughputTest {
  /** The OpenNLP POS model the packed one is compared with. */
  private static final POSModel OPENNLP_POS = NlpModels.openNlpPos();
  private static final int WARM_UP = 30;
  private static final int ROUNDS = 21;
  private static final int PASSES_PER_ROUND = 5;

  @Test
  void measuresTokensPerSecondOfBothTaggers() throws IOException {
    NlpModels models = NlpModels.shared();
    List<String[]> sentences = RealText.seedSentences(models);
    long tokens = sentences.stream().mapToLong(s -> s.length).sum();
    POSTaggerME opennlp = new POSTaggerME(OPENNLP_POS, POSTagFormat.PENN);
    PosBeamTagger beam = new PosBeamTagger(models.pos);
    for (String[] s : sentences) {
      assertThat(beam.tag(s)).containsExactly(opennlp.tag(s));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int w = 0; w < WARM_UP; w++) {
      run(sentences, opennlp::tag);
      run(sentences, beam::tag);
    }
    long[] a = new long[ROUNDS];
    long[] b = new long[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES_PER_ROUND; p++) {
        run(sentences, opennlp::tag);
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES_PER_ROUND; p++) {
        run(sentences, beam::tag);
      }
      long t2 = threads.getCurrentThreadCpuTime();
      a[r] = t1 - t0;
      b[r] = t2 - t1;
    }
    double perRound = (double) tokens * PASSES_PER_ROUND;
    System.out.printf(Locale.ROOT, "pos.perf: %d sentences, %d tokens; %d alternated rounds of %d passes, thread CPU%n",
        sentences.size(), tokens, ROUNDS, PASSES_PER_ROUND);
    System.out.printf(Locale.ROOT, "pos.perf: POSTaggerME   median %.1f ms/round = %,.0f tokens/s (min %.1f, max %.1f ms)%n",
        median(a) / 1e6, perRound / (median(a) / 1e9), min(a) / 1e6, max(a) / 1e6);
    System.out.printf(Locale.ROOT, "pos.perf: PosBeamTagger median %.1f ms/round = %,.0f tokens/s (min %.1f, max %.1f ms)%n",
        median(b) / 1e6, perRound / (median(b) / 1e9), min(b) / 1e6, max(b) / 1e6);
    System.out.printf(Locale.ROOT, "pos.perf: speed-up x%.2f (medians)%n", (double) median(a) / median(b));

    com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) threads;
    long m0 = memory.getCurrentThreadAllocatedBytes();
    run(sentences, opennlp::tag);
    long m1 = memory.getCurrentThreadAllocatedBytes();
    run(sentences, beam::tag);
    long m2 = memory.getCurrentThreadAllocatedBytes();
    System.out.printf(Locale.ROOT, "pos.perf: allocated per token: POSTaggerME %.0f bytes, PosBeamTagger %.0f bytes%n",
        (double) (m1 - m0) / tokens, (double) (m2 - m1) / tokens);

    long[] parts = new long[5];
    long[] tagger = new long[5];
    long[] me = new long[5];
    for (int r = 0; r < parts.length; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      PosModelParts built = PosModelParts.of(OPENNLP_POS);
      long t1 = threads.getCurrentThreadCpuTime();
      new PosBeamTagger(built);
      long t2 = threads.getCurrentThreadCpuTime();
      new POSTaggerME(OPENNLP_POS, POSTagFormat.PENN);
      long t3 = threads.getCurrentThreadCpuTime();
      parts[r] = t1 - t0;
      tagger[r] = t2 - t1;
      me[r] = t3 - t2;
    }
    System.out.printf(Locale.ROOT, "pos.perf: build (median of 5, thread CPU): PosModelParts.of %.1f ms, "
        + "new PosBeamTagger %.2f ms, new POSTaggerME %.2f ms%n", median(parts) / 1e6, median(tagger) / 1e6,
        median(me) / 1e6);
  }

  private static int run(List<String[]> sentences, Function<String[], String[]> tagger) {
    int sink = 0;
    for (String[] s : sentences) {
      sink += tagger.apply(s).length;
    }
    return sink;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static long max(long[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }
}
