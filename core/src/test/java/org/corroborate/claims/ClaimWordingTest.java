package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

/** Claims read as sentences: no participle left as the verb, no complement lent to a verb it does not belong to. */
class ClaimWordingTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> texts(String sentence) {
    return EXTRACTOR.extract(new Article("w", "w", "", null, null, sentence, List.of())).claims().stream()
        .map(Claim::text).toList();
  }

  @Test
  void aParticipleClauseBecomesAFiniteClaimNeverAFragment() {
    assertThat(texts("A storm swept through the valley, killing three people."))
        .contains("A storm killed three people")
        .doesNotContain("A storm killing three people");
  }

  @Test
  void aVerbTheClaimInsertsIsAmongItsTokensWhereItStands() {
    Claim killed = EXTRACTOR.extract(new Article("w", "w", "", null, null,
        "A storm swept through the valley, killing three people.", List.of())).claims().stream()
        .filter(c -> c.text().equals("A storm killed three people")).findFirst().orElseThrow();
    assertThat(killed.tokens()).extracting(t -> t.text() + "/" + t.pos() + "/" + t.lemma())
        .containsExactly("A/DT/a", "storm/NN/storm", "killed/VBD/kill", "three/CD/three", "people/NNS/person");
    // an inserted word has no extent in the article: an empty span where it goes
    assertThat(killed.tokens().get(2).start()).isEqualTo(killed.tokens().get(2).end());

    assertThat(ClaimExtractor.insertedVerb("will add", 10)).extracting(t -> t.pos() + "/" + t.lemma())
        .containsExactly("MD/will", "VB/add");
    assertThat(ClaimExtractor.insertedVerb("is", 3)).extracting(t -> t.pos() + "/" + t.lemma())
        .containsExactly("VBZ/be");
  }

  @Test
  void eachConjunctKeepsItsOwnComplement() {
    assertThat(texts("The former treasurer was arrested and charged with fraud."))
        .containsExactly("The former treasurer was arrested", "The former treasurer was charged with fraud");
  }

  @Test
  void aReportingVerbAsAParticipleNamesNoSpeaker() {
    Claim c = EXTRACTOR.extract(new Article("w", "w", "", null, null,
        "The city is expanding its bus network, adding six new routes.", List.of())).claims().get(0);
    assertThat(c.speaker()).isNull();
  }

  @Test
  void aClosingPlaceholderOfAListIsNoItem() {
    assertThat(texts("Sales of kayaks, canoes and the like rose 8% this year."))
        .containsExactly("Sales of kayaks rose 8% this year", "Sales of canoes rose 8% this year");
  }

  @Test
  void theMonthMayIsNoHedge() {
    assertThat(EXTRACTOR.extract(new Article("w", "w", "", null, null, "The couple sold their house in May.",
        List.of())).claims()).singleElement().satisfies(c -> assertThat(c.hedged()).isFalse());
  }

  @Test
  void allButMeansAlmostAndJoinsNothing() {
    assertThat(texts("Phone booths, which have all but vanished from city streets, still stand in some villages."))
        .contains("Phone booths have all but vanished from city streets")
        .noneMatch(t -> t.endsWith("have all"));
  }
}
