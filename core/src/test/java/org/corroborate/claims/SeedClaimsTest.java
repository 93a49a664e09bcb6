package org.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.DropReason;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

class SeedClaimsTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private final ClaimExtractor extractor = new ClaimExtractor();

  private ArticleClaims seed(String prefix) throws IOException {
    try (var files = Files.list(SEEDS)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      String name = file.getFileName().toString();
      String text = Files.readString(file, UTF_8);
      return extractor.extract(new Article(name, name.substring(0, name.lastIndexOf('.')), "", null, null, text,
          List.of()));
    }
  }

  private static List<Claim> inSentence(ArticleClaims ac, String sentenceStart) {
    return ac.claims().stream().filter(c -> c.sentence().startsWith(sentenceStart)).toList();
  }

  @Test
  void theUltimatumSentenceGivesThreeClaimsEachWithTheSubjectAndVerb() throws IOException {
    List<Claim> claims = inSentence(seed("000"), "The ultimatum threatens");
    assertThat(claims).extracting(Claim::text).containsExactly(
        "The ultimatum threatens contract cancellation",
        "The ultimatum threatens a supply chain risk designation",
        "The ultimatum threatens potential invocation of the Defense Production Act");
    Claim last = claims.get(2);
    assertThat(last.spans()).hasSize(2);
    assertThat(last.id()).startsWith("000_e445fd46e0b1394e.txt#");
  }

  @Test
  void aTimeAbbreviationFollowedByAWeekdayDoesNotEndTheSentence() throws IOException {
    List<Claim> claims = inSentence(seed("001"), "According to sources familiar with the discussions, Hegseth set");
    assertThat(claims).isNotEmpty();
    assertThat(claims.get(0).sentence()).contains("5 p.m. Friday for Anthropic to deliver");
    assertThat(claims).extracting(Claim::text).noneMatch(t -> t.startsWith("Friday"));
  }

  @Test
  void everyClaimPointsBackIntoItsArticle() throws IOException {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      ArticleClaims ac = seed(prefix);
      String text = ac.article().text();
      for (int i = 0; i < ac.claims().size(); i++) {
        Claim c = ac.claims().get(i);
        assertThat(c.id()).isEqualTo(ac.article().id() + "#" + (i + 1));
        assertThat(text.substring(c.sentenceStart(), c.sentenceStart() + c.sentence().length())).isEqualTo(c.sentence());
        for (Span s : c.spans()) {
          assertThat(c.text()).contains(text.substring(s.start(), s.end()).replaceAll("[\u201c\u201d]", "").strip()
              .split("\\s+")[0]);
        }
        assertThat(c.tokens()).isNotEmpty();
        assertThat(c.sentence()).doesNotContain("\n");
      }
    }
  }

  @Test
  void aDenialStatesTheDeniedConcernsInFull() throws IOException {
    List<Claim> claims = inSentence(seed("004"), "Amodei denied");
    Claim denial = claims.stream().filter(c -> c.text().contains("raised")).findFirst().orElseThrow();
    assertThat(denial.stance()).isEqualTo(Stance.DENIES);
    assertThat(denial.speakerName()).isEqualTo("Dario Amodei");
    assertThat(denial.text()).contains("Anthropic raised concerns to its partner Palantir over the use of Claude during the Maduro raid");
    assertThat(denial.supports()).isFalse();
  }

  @Test
  void thePentagonsClaimIsAttributedToThePentagon() throws IOException {
    Claim claim = inSentence(seed("004"), "The intrigue").isEmpty()
        ? inSentence(seed("004"), "Hegseth specifically").get(0)
        : inSentence(seed("004"), "The intrigue").get(0);
    assertThat(claim.speaker()).isEqualTo("the Pentagon");
    assertThat(claim.text()).startsWith("Anthropic raised concerns");
  }

  @Test
  void theTwoAccountsOfTheMeetingsToneAreSeparateAttributedClaims() throws IOException {
    ArticleClaims ac = seed("004");
    Claim cold = inSentence(ac, "A senior Defense official said the meeting").get(0);
    assertThat(cold.speaker()).isEqualTo("A senior Defense official");
    assertThat(cold.negated()).isTrue();
    assertThat(cold.text()).contains("the meeting was");
    List<Claim> cordial = inSentence(ac, "Another source told Axios");
    assertThat(cordial).hasSize(2);
    assertThat(cordial).allSatisfy(c -> {
      assertThat(c.speaker()).isEqualTo("Another source");
      assertThat(c.citedSource()).isEqualTo("Axios");
    });
    assertThat(cordial.get(0).text()).contains("cordial");
    assertThat(cordial.get(1).text()).contains("Hegseth praised Claude to Amodei");
  }

  @Test
  void bulletedItemsCarryTheLeadInsSubjectVerbAndSpeaker() throws IOException {
    ArticleClaims ac = seed("002");
    List<Claim> items = ac.claims().stream().filter(c -> c.text().startsWith("Claude is used for")
        && c.speaker() != null && !c.text().contains("various")).toList();
    assertThat(items).extracting(Claim::text).containsExactly("Claude is used for Intelligence analysis",
        "Claude is used for Modeling and simulation", "Claude is used for Operations planning",
        "Claude is used for Cyber operations");
    assertThat(items).allSatisfy(c -> assertThat(c.speaker()).isEqualTo("the Pentagon"));
  }

  @Test
  void promotionalLinesGiveNoClaims() throws IOException {
    ArticleClaims ac = seed("000");
    assertThat(ac.claims()).noneMatch(c -> c.sentence().contains("App Store") || c.sentence().contains("Scout"));
    assertThat(ac.dropped()).filteredOn(d -> d.reason() == DropReason.PROMOTIONAL).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theMethodologyBoxAndTableGiveNoClaims() throws IOException {
    ArticleClaims ac = seed("003");
    assertThat(ac.claims()).noneMatch(c -> c.sentence().contains("|") || c.sentence().contains("editorial gate")
        || c.sentence().contains("Impact scoring") || c.sentence().toLowerCase(Locale.ROOT).contains("methodology"));
    assertThat(ac.claims()).noneMatch(c -> c.text().startsWith("- ") || Character.isDigit(c.text().charAt(0))
        && c.text().charAt(1) == 'T');
  }

  @Test
  void aListMarkerFusedToTextIsStrippedAndTheClaimKept() throws IOException {
    ArticleClaims ac = seed("003");
    assertThat(ac.claims()).anyMatch(c -> c.text().startsWith("The Pentagon recently reached a deal with xAI"));
  }

  @Test
  void readerCommentsGiveNoClaimsButTheBodyBeforeThemDoes() throws IOException {
    ArticleClaims ac = seed("004");
    assertThat(ac.claims()).noneMatch(c -> c.sentence().contains("I wonder") || c.sentence().contains("AWS")
        || c.sentence().contains("off-the-shelf LLMs"));
    assertThat(ac.dropped()).anyMatch(d -> d.reason() == DropReason.COMMENT && d.sentence().contains("AWS"));
    assertThat(ac.claims()).anyMatch(c -> c.sentence().startsWith("The one source said Gemini"));
  }

  @Test
  void theHeadlineIsKeptAsAHeadlineClaim() throws IOException {
    ArticleClaims ac = seed("000");
    assertThat(ac.claims().get(0).headline()).isTrue();
    assertThat(ac.claims().get(0).text()).isEqualTo("Pentagon Gives Anthropic Ultimatum on AI Model Access");
  }

  private static List<Claim> containing(ArticleClaims ac, String sentencePart) {
    return ac.claims().stream().filter(c -> c.sentence().contains(sentencePart)).toList();
  }

  @Test
  void asWellAsSplitsTheThreatsAndTheFirstPredicateKeepsItsOwnTense() throws IOException {
    List<Claim> claims = containing(seed("002"), "as well as classify it");
    assertThat(claims).extracting(Claim::text).containsExactly(
        "The Pentagon had given the company an ultimatum until today, Friday",
        "The Pentagon threatens to invoke the Defense Production Act",
        "The Pentagon threatens to classify it as a supply chain risk if Anthropic does not lift its usage restrictions");
  }

  @Test
  void theSecondConsideredActKeepsConsideringAndTheRelativeClauseGivesNoClaimAboutTheLabel() throws IOException {
    List<Claim> claims = containing(seed("004"), "considering severing its contract");
    assertThat(claims).extracting(Claim::text).contains(
        "The Pentagon is also considering severing its contract with Anthropic",
        "The Pentagon is also considering declaring the company a supply chain risk");
    assertThat(claims).extracting(Claim::text)
        .noneMatch(t -> t.startsWith("The Pentagon is also declaring") || t.startsWith("a supply chain risk would"));
    assertThat(claims).allSatisfy(c -> assertThat(c.hedged()).as(c.text()).isTrue());
  }

  @Test
  void theLabelAfterTheQuotedDesignationIsItsOwnClaim() throws IOException {
    List<Claim> claims = containing(seed("000"), "a label historically applied");
    assertThat(claims).extracting(Claim::text).containsExactly(
        "In response to Anthropic's resistance, the Pentagon has threatened to designate the company a \"supply chain"
            + " risk\"",
        "a \"supply chain risk\" is a label historically applied to foreign adversaries");
  }

  @Test
  void eitherOrGivesThreeHedgedThreatsWithTheSpeaker() throws IOException {
    List<Claim> claims = containing(seed("004"), "will either cut ties");
    assertThat(claims).extracting(Claim::text).containsExactly(
        "the Pentagon will cut ties",
        "the Pentagon will declare Anthropic a \u201csupply chain risk\u201d",
        "the Pentagon will invoke the Defense Production Act to force the company to tailor its model to the"
            + " military\u2019s needs");
    assertThat(claims).allSatisfy(c -> {
      assertThat(c.speaker()).isEqualTo("Hegseth");
      assertThat(c.hedged()).as(c.text()).isTrue();
    });
  }
}
