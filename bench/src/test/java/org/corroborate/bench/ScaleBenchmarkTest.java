package org.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.bench.gen.CorpusGenerator;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleBenchmarkTest {
  @TempDir Path dir;

  @Test
  void theBenchmarkCommandScansATinyCorpusAndReportsEveryMeasure() throws IOException, InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path results = dir.resolve("results.json");
    int code = ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        "--sizes", "20", "--threads", "1", "--xmx", "1g", "--dir", dir.resolve("corpora").toString(), "--results", results.toString());
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).as(out).isZero();
    assertThat(out).contains("20 articles").contains("claims/s").contains("peak heap").contains("RSS").contains("cpu ").contains("truth: N right");
    JsonNode run = new ObjectMapper().readTree(results.toFile()).get(0);
    assertThat(run.get("articles").asInt()).isEqualTo(20);
    assertThat(run.get("claims").asLong()).isPositive();
    assertThat(run.get("peakHeapBytes").asLong()).isPositive();
    assertThat(run.get("truth").get("facts").asInt()).isPositive();

    // A second run reuses the corpus it generated.
    bytes.reset();
    ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--sizes", "20", "--threads", "1", "--xmx", "1g",
        "--dir", dir.resolve("corpora").toString());
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("reused");
  }

  @Test
  void badOptionsAreAUsageError() throws IOException, InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--sizes", "0")).isEqualTo(2);
    assertThat(ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--xmx", "lots")).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage: bench");
  }

  @Test
  void theTruthCheckSeesEveryFactAndContradictionOfTheCorpus() throws IOException {
    Path corpus = dir.resolve("c");
    CorpusGenerator.Summary summary = new CorpusGenerator(CorpusGenerator.Settings.forArticles(40, 3)).write(corpus);
    Report report = new Corroborate().scan(corpus);
    assertThat(report.articles()).hasSize(40);
    assertThat(report.diagnostics()).isEmpty();
    TruthCheck.Result result = new TruthCheck(report).check(corpus.resolve(CorpusGenerator.TRUTH_FILE));
    assertThat(result.facts()).isEqualTo(summary.facts());
    assertThat(result.contradictions()).isEqualTo(summary.contradictions());
    assertThat(result.nRight()).isBetween(0, result.facts());
    assertThat(result.complete()).isBetween(0, result.facts());
  }

  @Test
  void theFloorTaggerTagsEverySentenceOfEveryLine() {
    FloorTagger.Counts counts = new FloorTagger().tag("Council passes budget\n\nThe council approved the budget on Tuesday. It takes effect in July.\n");
    assertThat(counts.sentences()).isEqualTo(3);
    assertThat(counts.tokens()).isEqualTo(3 + 8 + 6);
  }

  @Test
  void peakResidentSetSizeIsReadFromProc() {
    if (Files.isReadable(Path.of("/proc/self/status"))) {
      assertThat(MemoryMonitor.peakRssBytes()).isPositive();
    }
  }
}
