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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden rows in fixtures/claims/derived.tsv, and what derived propositions are kept apart from claims. */
class DerivedPropositionsTest {
  private static final Path GOLDEN = Path.of("..", "fixtures", "claims", "derived.tsv");
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  static Stream<String[]> rows() throws IOException {
    return Files.readAllLines(GOLDEN, UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"));
  }

  private static Propositions of(String text) {
    return EXTRACTOR.extractWithDerived(new Article("derived", "derived", "", null, null, text, List.of()));
  }

  @ParameterizedTest(name = "{1} ({2})")
  @MethodSource("rows")
  void eachSentenceYieldsOrWithholdsItsDerivedProposition(String sentence, String text, String present) {
    List<String> derived = of(sentence).derived().stream().map(Claim::text).toList();
    if (present.equals("yes")) {
      assertThat(derived).as("derived propositions of: %s", sentence).contains(text);
    } else {
      assertThat(derived).as("derived propositions of: %s", sentence).doesNotContain(text);
    }
  }

  @Test
  void theReportIsTheOutletsOwnStatementWhileItsClaimKeepsTheSpeaker() {
    Propositions p = of("The mayor said the bridge will reopen on Monday.");
    assertThat(p.claims().claims()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("the bridge will reopen on Monday");
      assertThat(c.speaker()).isEqualTo("The mayor");
    });
    assertThat(p.derived()).singleElement().satisfies(c -> {
      assertThat(c.speaker()).isNull();
      assertThat(c.id()).isEqualTo("derived#d1");
    });
  }

  @Test
  void whatAnAccusationSaysTheAccusedDidIsTheAccusersWordNotTheOutlets() {
    Propositions p = of("He accused Lindqvist of \"using threats to win the vote.\"");
    assertThat(p.claims().claims()).extracting(Claim::text)
        .containsExactly("He accused Lindqvist of using threats to win the vote");
    assertThat(p.derived()).filteredOn(c -> c.text().equals("Lindqvist used threats to win the vote"))
        .singleElement().satisfies(c -> {
          assertThat(c.speaker()).isEqualTo("He");
          assertThat(c.cues()).contains("accused");
        });
  }

  @Test
  void theEngineSeesTheSameClaimsWithOrWithoutDerivedPropositions() {
    String text = "In recent years, the city council has approved several large housing projects near the river, "
        + "the mayor said.";
    Article a = new Article("a", "a", "", null, null, text, List.of());
    assertThat(EXTRACTOR.extractWithDerived(a).claims()).isEqualTo(EXTRACTOR.extract(a));
  }

  @Test
  void aCoreKeepsTheSpeakerOfItsClaim() {
    Propositions p = of("The regional airline opened three new routes along the coast, the minister said.");
    assertThat(p.derived()).filteredOn(c -> c.text().equals("The regional airline opened three new routes"))
        .singleElement().satisfies(c -> assertThat(c.speaker()).isEqualTo("the minister"));
  }
}
