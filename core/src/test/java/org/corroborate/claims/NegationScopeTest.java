package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

/** A negation negates the claim only when it is in the claim's own clause, not in a condition. */
class NegationScopeTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(new Article("n", "n", "", null, null, text, List.of())).claims();
  }

  @Test
  void aNegationInsideAnIfClauseDoesNotNegateTheThreat() {
    assertThat(claims("The regulator threatened to fine the bank if it does not repay its customers."))
        .isNotEmpty().allSatisfy(c -> assertThat(c.negated()).as(c.text()).isFalse());
  }

  @Test
  void aNegationInTheMainClauseStillNegatesIt() {
    assertThat(claims("The regulator did not fine the bank."))
        .anySatisfy(c -> assertThat(c.negated()).isTrue());
  }

  @Test
  void aNegationAfterTheConditionEndsNegatesTheMainClause() {
    assertThat(claims("If the talks resume, the union will not strike."))
        .anySatisfy(c -> assertThat(c.negated()).isTrue());
  }
}
