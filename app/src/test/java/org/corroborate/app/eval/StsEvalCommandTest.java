package org.corroborate.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.app.ExitCodes;
import org.corroborate.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StsEvalCommandTest {

  private static final String PAIRS = String.join("\n",
      "split\tscore\tsentence1\tsentence2",
      "dev\t5\tThe storm killed 12 people in southern Texas.\tA storm killed 12 people in southern Texas.",
      "dev\t4.4\tThe carmaker recalled its electric trucks over a braking fault.\tThe carmaker recalled electric trucks because of a braking fault.",
      "dev\t0.2\tTeachers went on strike over pay.\tScientists found water ice on the moon.",
      "dev\t1.0\tThe airline cancelled flights to Lisbon.\tThe parliament approved the budget.",
      "dev\t3.0\tThis pair is skipped.\tIts score is in between.",
      "train\t5\tA train pair is not used.\tA train pair is not used.",
      "");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  @Test
  void everyScoredPairOfTheSplitIsCountedAndTheMiddleScoresAreSkipped(@TempDir Path dir) throws Exception {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, PAIRS, StandardCharsets.UTF_8);
    String out = run("eval", "sts", pairs.toString(), "--split", "dev");
    assertThat(out).contains("split dev: 4 pairs (2 same, 2 different)");
    assertThat(out).contains("accuracy 1.000  precision 1.000  recall 1.000");
    assertThat(out).contains("confusion: tp 2  fp 0  fn 0  tn 2");
  }

  @Test
  void trainingPrintsOneWeightPerFeatureWithAndWithoutSynonyms(@TempDir Path dir) throws Exception {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, PAIRS, StandardCharsets.UTF_8);
    String out = run("eval", "sts", pairs.toString(), "--split", "dev", "--train");
    assertThat(out).contains("synonyms.bias=").contains("plain.bias=").contains("synonyms.minCover=");
  }
}
