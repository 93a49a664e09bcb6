package org.corroborate.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.corroborate.engine.Corroborate;
import org.corroborate.engine.EngineOptions;
import org.corroborate.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @ParameterizedTest
  @CsvSource({
    "false, true,  true",
    "true,  true,  false",
    "false, false, false",
    "true,  false, false",
  })
  void progressIsShownOnlyOnATerminalAndNeverWhenQuiet(boolean quiet, boolean terminal, boolean shown) {
    assertThat(TerminalProgress.enabled(quiet, terminal)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({
    "/dev/pts/3, true",
    "/dev/tty1, true",
    "/dev/console, true",
    "pipe:[123456], false",
    "/tmp/scan.log, false",
    "/dev/null, false",
  })
  void terminalDevicesAreToldApartFromPipesAndFiles(String target, boolean terminal) {
    assertThat(Terminals.isTerminalDevice(target)).isEqualTo(terminal);
  }

  @Test
  void standardErrorOfATestRunIsNotATerminal() {
    // Surefire runs tests with standard error on a pipe.
    assertThat(Terminals.standardErrorIsTerminal()).isFalse();
  }

  @Test
  void aScanWithTheDisplayDrawsArticlesAndClaimsAndEndsTheLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report report;
    try (TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      report = new Corroborate(EngineOptions.DEFAULTS.withProgress(progress)).scan(SEEDS);
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("articles").contains(report.articles().size() + "/" + report.articles().size())
        .contains(String.format(java.util.Locale.ROOT, "%,d claims", report.claimCount()));
    assertThat(shown).endsWith(System.lineSeparator());
  }
}
