package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

/** Splits that would assert what a sentence does not say, and are therefore not made. */
class SplitGuardsTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<String> claims(String text) {
    return EXTRACTOR.extract(new Article("g", "g", "", null, null, text, List.of())).claims().stream()
        .map(Claim::text).toList();
  }

  @Test
  void aParticipleOnANonReferringNounPhraseGivesNoClaimOfItsOwn() {
    assertThat(claims("The airline said it is not aware of any delays caused by the new software."))
        .doesNotContain("any delays are caused by the new software")
        .contains("it is not aware of any delays caused by the new software");
  }

  @Test
  void anAppositiveThatSumsUpTheClauseRenamesNoNounBeforeIt() {
    assertThat(claims("The two ministers will meet in Oslo in early March, a step that could revive the stalled talks."))
        .containsExactly("The two ministers will meet in Oslo in early March");
  }

  @Test
  void anAppositiveOfAnOrdinaryNounStillGivesItsClaim() {
    assertThat(claims("The plant was sold to Norvik, a maker of marine engines, in 2019."))
        .contains("Norvik is a maker of marine engines");
  }

  @Test
  void twoCoordinationsOfModifiersInOneClauseAreNotCrossedIntoPairs() {
    assertThat(claims("Imports of steel and aluminium sheets were offset by exports of steel and aluminium tubes."))
        .containsExactly("Imports of steel and aluminium sheets were offset by exports of steel and aluminium tubes");
  }

  @Test
  void oneCoordinationOfModifiersStillGivesOneClaimPerModifier() {
    assertThat(claims("Sales of wool and cotton shirts rose sharply in May."))
        .containsExactly("Sales of wool shirts rose sharply in May", "Sales of cotton shirts rose sharply in May");
  }

  @Test
  void theCommaClosingALeadingSubordinateClauseStartsTheMainClause() {
    assertThat(claims("Because the clinic lacked nurses trained in Ohio and Northern Ireland, Danish hospitals ' "
        + "standing as regional leaders has slipped."))
        .contains("the clinic lacked nurses trained in Ohio and Northern Ireland")
        .noneMatch(c -> c.contains(" is Danish hospitals"));
  }
}
