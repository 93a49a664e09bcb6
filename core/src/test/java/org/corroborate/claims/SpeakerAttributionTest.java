package org.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden rows in fixtures/claims/speakers.tsv: who a claim is attributed to (as written and
 * resolved), the outlet it was given to, and whether it is a direct quote, across the attribution
 * forms and quotations that run over several sentences.
 */
class SpeakerAttributionTest {
  private static final Path GOLDEN = Path.of("..", "fixtures", "claims", "speakers.tsv");
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  static Stream<String[]> rows() throws IOException {
    return Files.readAllLines(GOLDEN, UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"));
  }

  private static String orNull(String s) {
    return s.equals("-") ? null : s;
  }

  @ParameterizedTest(name = "{1} <- {2}")
  @MethodSource("rows")
  void eachClaimCarriesTheSpeakerTheTextGivesIt(String article, String text, String speaker, String speakerName,
      String cited, String quote) {
    List<Claim> claims = EXTRACTOR.extract(new Article("speakers", "speakers", "", null, null, article, List.of()))
        .claims();
    assertThat(claims)
        .as("claims of: %s -> %s", article, claims.stream().map(c -> c.text() + " / " + c.speaker() + " / "
            + c.speakerName() + " / " + c.citedSource() + " / " + c.quote()).toList())
        .anySatisfy(c -> {
          assertThat(c.text()).isEqualTo(text);
          assertThat(c.speaker()).isEqualTo(orNull(speaker));
          assertThat(c.speakerName()).isEqualTo(orNull(speakerName));
          assertThat(c.citedSource()).isEqualTo(orNull(cited));
          assertThat(c.quote()).isEqualTo(Boolean.parseBoolean(quote));
        });
  }
}
