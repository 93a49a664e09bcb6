package org.corroborate.app.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SickEvalCommandTest {
  @TempDir Path dir;

  @Test
  void aNegatedPairIsCountedAsAPredictedContradictionAndANeutralPairIsNot() throws IOException {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, String.join("\n",
        "1\tThe governor signed the emergency budget bill\tThe governor did not sign the emergency budget bill\t4.0\tCONTRADICTION",
        "2\tA man is playing a guitar\tA woman is slicing an onion\t1.0\tNEUTRAL",
        "3\tThe bridge reopened to traffic on Monday\tThe bridge is open to traffic\t3.5\tCONTRADICTION",
        ""), UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "eval", "sick", pairs.toString(), "--batch", "2");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("pairs 3, contradictions 2, predicted 1")
        .contains("precision 1.000  recall 0.500  (tp 1, fp 0, fn 1)")
        .contains("negation");
  }

  @Test
  void aFileWithTooFewColumnsIsAUsageErrorNamingTheLine() throws IOException {
    Path pairs = dir.resolve("bad.tsv");
    Files.writeString(pairs, "1\tonly two\n", UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "eval", "sick", pairs.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("bad.tsv:1");
  }
}
