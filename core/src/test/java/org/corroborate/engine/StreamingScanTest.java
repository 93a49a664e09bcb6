package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Corroborate#scan} reads the files on the worker threads and streams them into claim
 * extraction; the report must be the one reading the whole corpus first and then analysing it gives.
 */
class StreamingScanTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path dir;

  private static Report readThenAnalyze(Path folder, EngineOptions options) throws IOException {
    return new Corroborate(options).analyze(folder.toAbsolutePath().normalize().getFileName().toString(),
        new CorpusReader(options.ingest()).read(folder));
  }

  @Test
  void streamingTheSeedsGivesTheReportOfReadingThemWholeOnOneAndTwoThreads() throws IOException {
    Report whole = readThenAnalyze(SEEDS, EngineOptions.DEFAULTS.withThreads(1));
    for (int threads : new int[] {1, 2, 3}) {
      assertThat(new Corroborate(EngineOptions.DEFAULTS.withThreads(threads)).scan(SEEDS))
          .as("%d threads", threads).isEqualTo(whole);
    }
  }

  @Test
  void theReportKeepsArticleTextsOnlyWhenAskedAndHoldsClaimsWithoutTokens() throws IOException {
    Report kept = new Corroborate(EngineOptions.DEFAULTS.withThreads(2)).scan(SEEDS);
    Report headers = new Corroborate(EngineOptions.DEFAULTS.withThreads(2).withArticleTexts(false)).scan(SEEDS);
    assertThat(kept.articles()).allSatisfy(a -> assertThat(a.article().text()).isNotBlank());
    assertThat(headers.articles()).allSatisfy(a -> assertThat(a.article().text()).isEmpty());
    assertThat(headers.articles()).extracting(a -> a.article().withoutText())
        .isEqualTo(kept.articles().stream().map(a -> a.article().withoutText()).toList());
    assertThat(headers.clusters()).isEqualTo(kept.clusters());
    assertThat(headers.contradictions()).isEqualTo(kept.contradictions()).isNotEmpty();
    assertThat(kept.clusters()).flatExtracting(c -> c.claims()).allSatisfy(m -> assertThat(m.claim().tokens()).isEmpty());
  }

  @Test
  void unusableFilesAndTheArticleLimitGiveTheSameDiagnosticsInTheSameOrderWhenStreamed() throws IOException {
    // more files than the read-ahead window of two threads, with unusable ones among them
    for (int i = 0; i < 12; i++) {
      String body = "Officials in district " + i + " said on Monday that the water plant would reopen next week. "
          + "The repairs cost more than the council had planned, according to a report published by the city.";
      Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "a%02d.txt", i)), i % 5 == 3 ? "" : body,
          StandardCharsets.UTF_8);
    }
    Files.write(dir.resolve("a05.txt"), new byte[] {0, 1, 2, 0, 0, 3});
    EngineOptions limited = new EngineOptions(2, new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 7, true));
    Report whole = readThenAnalyze(dir, limited.withThreads(1));
    assertThat(whole.articles()).hasSize(7);
    assertThat(whole.diagnostics()).extracting(Diagnostic::file).containsExactly("a03.txt", "a05.txt", "a08.txt", "a10.txt");
    assertThat(whole.diagnostics().get(3).problem()).contains("over the limit of 7 articles");
    for (int threads : new int[] {1, 2}) {
      assertThat(new Corroborate(limited.withThreads(threads)).scan(dir)).as("%d threads", threads).isEqualTo(whole);
    }
  }
}
