package org.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden rows in fixtures/claims/golden.tsv: sentence, expected claim text, speaker, stance. */
class GoldenClaimsTest {
  private static final Path GOLDEN = Path.of("..", "fixtures", "claims", "golden.tsv");
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  static Stream<String[]> rows() throws IOException {
    return Files.readAllLines(GOLDEN, UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rows")
  void eachSentenceYieldsItsExpectedClaim(String sentence, String text, String speaker, String stance) {
    List<Claim> claims = EXTRACTOR.extract(new Article("golden", "golden", "", null, null, sentence, List.of()))
        .claims();
    String expectedSpeaker = speaker.equals("-") ? null : speaker;
    assertThat(claims)
        .as("claims of: %s -> %s", sentence, claims.stream().map(c -> c.text() + " / " + c.speaker() + " / "
            + c.stance()).toList())
        .anySatisfy(c -> {
          assertThat(c.text()).isEqualTo(text);
          assertThat(c.speaker()).isEqualTo(expectedSpeaker);
          assertThat(c.stance().name().toLowerCase(Locale.ROOT)).isEqualTo(stance);
        });
  }
}
