package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  /** Records every callback as a line. */
  private static final class Recorder implements ProgressListener {
    final List<String> events = new ArrayList<>();
    final List<int[]> done = new ArrayList<>();
    long lastClaims;

    @Override
    public void stage(String name) {
      events.add("stage " + name);
    }

    @Override
    public void articlesRead(int articles) {
      events.add("read " + articles);
    }

    @Override
    public void claimsExtracted(int articlesDone, int total, long claims) {
      done.add(new int[] {articlesDone, total});
      assertThat(claims).isGreaterThanOrEqualTo(lastClaims);
      lastClaims = claims;
    }

    @Override
    public void clustered(int clusters) {
      events.add("clustered " + clusters);
    }

    @Override
    public void finished() {
      events.add("finished");
    }
  }

  @Test
  void aScanReportsEveryStageInPipelineOrderAndEveryArticleOnce() throws IOException {
    for (int threads : new int[] {1, 2}) {
      Recorder recorder = new Recorder();
      Report report = new Corroborate(new EngineOptions(threads, IngestOptions.DEFAULTS, recorder)).scan(SEEDS);
      int articles = report.articles().size();
      // on two threads a small corpus's sources and contradictions stages run side by side, as one stage
      List<String> afterCluster = threads == 1
          ? List.of("stage sources", "stage contradictions")
          : List.of("stage sources and contradictions");
      List<String> expected = new ArrayList<>(List.of(
          "stage ingest", "read " + articles, "stage claims", "stage cluster", "clustered " + report.clusters().size()));
      expected.addAll(afterCluster);
      expected.addAll(List.of("stage report", "finished"));
      assertThat(recorder.events).containsExactlyElementsOf(expected);
      assertThat(recorder.done).hasSize(articles);
      for (int i = 0; i < articles; i++) {
        assertThat(recorder.done.get(i)).containsExactly(i + 1, articles);
      }
      assertThat(recorder.lastClaims).isEqualTo(report.claimCount());
    }
  }

  @Test
  void theClusterStageReportsItsPhasesInOrderWithRetrievalAndScoringOncePerBlock() throws IOException {
    List<String> phases = new ArrayList<>();
    ProgressListener recorder = new ProgressListener() {
      @Override
      public void stage(String name) {
        phases.add("stage " + name);
      }

      @Override
      public void phase(String name) {
        phases.add(name);
      }
    };
    new Corroborate(new EngineOptions(1, IngestOptions.DEFAULTS, recorder)).scan(SEEDS);
    // the seeds' few hundred claims are one retrieval block
    assertThat(phases.subList(phases.indexOf("stage cluster"), phases.indexOf("stage sources"))).containsExactly(
        "stage cluster", "profiles", "names", "index", "retrieval", "scoring", "grouping", "clusters", "links");
  }

  @Test
  void theDefaultOptionsHearNothingAndANullListenerIsRefused() {
    assertThat(EngineOptions.DEFAULTS.progress()).isSameAs(ProgressListener.NONE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EngineOptions(1, IngestOptions.DEFAULTS, null))
        .hasMessageContaining("progress listener is null");
  }
}
