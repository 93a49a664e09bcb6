package org.corroborate.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StsPairsTest {
  @TempDir Path dir;

  @Test
  void readsOneSplitKeepingSameAndDifferentPairsAndSkippingTheMiddleScores() throws IOException {
    Path file = write("split\tscore\tsentence1\tsentence2",
        "train\t4.2\tspain holds the osce presidency.\tspain currently holds the osce's presidency.",
        "dev\t5\tthe treaty was signed in 1990.\tthe cfe treaty was signed in 1990.",
        "train\t3.0\tgorgich was executed.\tgorgich was executed for trafficking.",
        "train\t0.4\tmexico wishes to guarantee safety.\tprices rose in march.");

    List<StsPair> train = StsPairs.read(file, "train");

    assertThat(train).containsExactly(
        new StsPair(1, "spain holds the osce presidency.", "spain currently holds the osce's presidency.", true),
        new StsPair(4, "mexico wishes to guarantee safety.", "prices rose in march.", false));
  }

  @Test
  void aBadScoreIsAnErrorNamingTheFileAndLine() throws IOException {
    Path file = write("split\tscore\tsentence1\tsentence2", "dev\tfour\ta.\tb.");

    assertThatThrownBy(() -> StsPairs.read(file, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":2: bad score 'four'");
  }

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("pairs.tsv");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }
}
