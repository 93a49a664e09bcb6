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
}
