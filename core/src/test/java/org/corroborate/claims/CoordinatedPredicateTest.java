package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * Coordinated verb phrases keep the verb that governs them, "as well as" coordinates like "and", a
 * relative clause that may describe the whole act gives no claim of its own, and the parts of
 * "either ... or" are hedged alternatives. Invented sentences, one rule each.
 */
class CoordinatedPredicateTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(new Article("c", "c", "", null, null, text, List.of())).claims();
  }

  private static List<String> texts(String text) {
    return claims(text).stream().map(Claim::text).toList();
  }

  @Test
  void asWellAsJoinsTwoInfinitivesThatBothKeepTheGoverningVerb() {
    assertThat(texts("The regulator has threatened to fine the bank as well as revoke its licence if it does not"
        + " repay customers.")).containsExactly(
            "The regulator has threatened to fine the bank",
            "The regulator has threatened to revoke its licence if it does not repay customers");
  }

  @Test
  void asBeforeANounPhraseWithAConditionIsNoClauseBoundary() {
    assertThat(texts("The agency lists the river as a protected habitat if the council does not object."))
        .containsExactly("The agency lists the river as a protected habitat if the council does not object");
  }

  @Test
  void coordinatedGerundsEachKeepTheVerbThatGovernsThem() {
    assertThat(texts("The city is considering closing the bridge and building a ferry terminal.")).containsExactly(
        "The city is considering closing the bridge",
        "The city is considering building a ferry terminal");
  }

  @Test
  void coordinatedInfinitivesEachKeepTheVerbThatGovernsThem() {
    assertThat(texts("The airline plans to cut 200 jobs and close two depots.")).containsExactly(
        "The airline plans to cut 200 jobs",
        "The airline plans to close two depots");
  }

  @Test
  void aRelativeClauseAfterAnObjectComplementGivesNoClaimAboutThatNoun() {
    List<String> texts = texts("The board is weighing selling the stadium and naming the club a heritage asset,"
        + " which would require a public vote.");
    assertThat(texts).contains(
        "The board is weighing selling the stadium",
        "The board is weighing naming the club a heritage asset");
    assertThat(texts).noneMatch(t -> t.startsWith("a heritage asset"));
  }

  @Test
  void aRepeatedToBeforeTheSecondInfinitiveIsNotDoubled() {
    assertThat(texts("The mayor wants to build a stadium and to expand the airport.")).containsExactly(
        "The mayor wants to build a stadium",
        "The mayor wants to expand the airport");
  }

  @Test
  void aBaseVerbAfterOrPairsWithTheInfinitiveNotWithTheMainVerb() {
    assertThat(texts("The ministry refused to release the report or explain the delay.")).containsExactly(
        "The ministry refused to release the report",
        "The ministry refused to explain the delay");
  }

  @Test
  void anAuxiliaryAfterTheConjunctionDoesNotPairWithAnInfinitive() {
    assertThat(texts("The ministers are seeking approval to cut taxes and have promised that the budget will"
        + " balance.")).noneMatch(t -> t.contains("to have promised"));
  }

  @Test
  void aSecondPredicateInAnotherTenseSharesTheSubjectOfTheFirstFiniteVerb() {
    assertThat(texts("The company was founded in 1998 and employs 300 people.")).containsExactly(
        "The company was founded in 1998",
        "The company employs 300 people");
  }

  @Test
  void aPredicateInsideARelativeClauseDoesNotTakeTheSentenceSubject() {
    assertThat(texts("The festival, which opened on Friday and runs through June, drew large crowds."))
        .noneMatch(t -> t.startsWith("The festival, which"));
  }

  @Test
  void eachPredicateKeepsItsOwnAdverbAndTheSharedModal() {
    assertThat(texts("The rule would effectively ban the drug and potentially force three clinics to shut.")).containsExactly(
        "The rule would effectively ban the drug",
        "The rule would potentially force three clinics to shut");
  }

  @Test
  void theAlternativesOfEitherOrAreSeparateHedgedClaimsWithoutTheCorrelative() {
    List<Claim> claims = claims("The owners will either sell the team and move the franchise, or rebuild the"
        + " stadium with public money.");
    assertThat(claims).extracting(Claim::text).containsExactly(
        "The owners will sell the team",
        "The owners will move the franchise",
        "The owners will rebuild the stadium with public money");
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.hedged()).as(c.text()).isTrue();
      assertThat(c.cues()).as(c.text()).contains("either ... or");
    });
  }

  @Test
  void aPlainOrUnderANegationIsNotMarkedAsAnAlternative() {
    assertThat(claims("The mayor has never closed the bridge or raised the toll."))
        .isNotEmpty().allSatisfy(c -> assertThat(c.hedged()).as(c.text()).isFalse());
  }

  @Test
  void anAppositiveAfterAClosingQuoteRenamesTheQuotedNoun() {
    List<String> texts = texts("The regulator has named the lender a \"systemic bank,\" a category normally"
        + " reserved for the largest institutions, which could raise its capital requirements.");
    assertThat(texts).contains(
        "The regulator has named the lender a \"systemic bank\"",
        "a \"systemic bank\" is a category normally reserved for the largest institutions");
    assertThat(texts).noneMatch(t -> t.contains("systemic bank\" could raise") || t.contains("systemic bank could"));
  }
}
