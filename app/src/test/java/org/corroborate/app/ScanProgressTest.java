package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanProgressTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "--quiet", "-q"})
  void aScanWhoseStandardErrorIsPipedPrintsNoProgress(String quiet) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = quiet.isEmpty()
          ? CliRun.of("scan", ScanCommandTest.SEEDS.toString(), "--format", "json")
          : CliRun.of("scan", ScanCommandTest.SEEDS.toString(), "--format", "json", quiet);
    } finally {
      System.setErr(original);
    }
    assertThat(run.exitCode()).isZero();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(run.err()).doesNotContain("articles").doesNotContain("claims");
    assertThat(run.out()).startsWith("{");
  }
}
