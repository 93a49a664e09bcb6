package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.Report;
import org.corroborate.model.Severity;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine issue's acceptance test: what a fact-checker must see when scanning the demo corpus.
 * Claims are located by their content, never by id or position, so the test holds however the
 * stages number or word them.
 */
class SeedsEndToEndTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String SCOUT = "000_e445fd46e0b1394e.txt";
  private static final String METHODOLOGY_SEED = "003_fa55d91c84da661e.txt";
  private static final String AXIOS = "004_a7bd2c93768cd70c.txt";
  private static Report report;

  @BeforeAll
  static void scan() throws IOException {
    report = new Corroborate().scan(SEEDS);
  }

  private static List<ClaimReport> claims() {
    return report.clusters().stream().flatMap(c -> c.claims().stream()).toList();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The best-supported cluster whose claims mostly satisfy the predicate. */
  private static Optional<ClusterReport> clusterAbout(Predicate<String> about) {
    return report.clusters().stream()
        .filter(c -> c.claims().stream().filter(m -> about.test(lower(m.claim().text()))).count() * 2 > c.claims().size())
        .max((a, b) -> Integer.compare(a.independentSources(), b.independentSources()));
  }

  @Test
  void theFridayDeadlineIsVerifiedByAtLeastFourIndependentSources() {
    Optional<ClusterReport> deadline = clusterAbout(t -> t.contains("friday") && (t.contains("deadline") || t.contains("until") || t.contains("by")));
    assertThat(deadline).isPresent();
    assertThat(deadline.get().independentSources()).as(deadline.get().text()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theDefenseProductionActThreatIsVerifiedByAtLeastFourIndependentSources() {
    Optional<ClusterReport> dpa = clusterAbout(t -> (t.contains("defense production act") || t.contains("dpa")) && (t.contains("invok") || t.contains("threat")));
    assertThat(dpa).isPresent();
    assertThat(dpa.get().independentSources()).as(dpa.get().text()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSupplyChainRiskThreatIsVerifiedByAtLeastFourIndependentSources() {
    Optional<ClusterReport> risk = clusterAbout(t -> t.contains("supply chain risk") || t.contains("supply-chain risk"));
    assertThat(risk).isPresent();
    assertThat(risk.get().independentSources()).as(risk.get().text()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theMaduroRaidConcernsDisputeIsADenialWithBothReportsAgainstAmodeisDenial() {
    List<Contradiction> denials = report.contradictions().stream().filter(x -> x.type() == ContradictionType.DENIAL).toList();
    Predicate<Claim> amodeiDenial = c -> c.articleId().equals(AXIOS) && c.stance() == Stance.DENIES
        && "Dario Amodei".equals(c.speakerName()) && lower(c.text()).contains("concerns") && lower(c.text()).contains("palantir");
    Predicate<Claim> pentagonClaim = c -> c.articleId().equals(AXIOS) && c.stance() == Stance.ASSERTS
        && lower(c.text()).contains("raised concerns") && c.speaker() != null && lower(c.speaker()).contains("pentagon");
    Predicate<Claim> scoutDisapproval = c -> c.articleId().equals(SCOUT) && lower(c.text()).contains("disapproval");
    assertThat(denials).anySatisfy(x -> assertThat(sides(x)).anyMatch(amodeiDenial).anyMatch(pentagonClaim));
    assertThat(denials).anySatisfy(x -> assertThat(sides(x)).anyMatch(amodeiDenial).anyMatch(scoutDisapproval));
  }

  @Test
  void theMeetingsToneIsALowSeverityConflictBetweenTwoSourcesInOneArticle() {
    assertThat(report.contradictions()).anySatisfy(x -> {
      assertThat(x.type()).isIn(ContradictionType.ANTONYM, ContradictionType.NEGATION);
      assertThat(x.severity()).isEqualTo(Severity.LOW);
      List<Claim> sides = sides(x);
      assertThat(sides).allMatch(c -> c.articleId().equals(AXIOS));
      assertThat(sides).anyMatch(c -> lower(c.text()).contains("warm and fuzzy"));
      assertThat(sides).anyMatch(c -> lower(c.text()).contains("cordial"));
      assertThat(sides.get(0).speaker()).isNotEqualTo(sides.get(1).speaker());
    });
  }

  @Test
  void hegsethsBoeingComparisonIsASingleSourceClaim() {
    List<ClusterReport> boeing = report.clusters().stream()
        .filter(c -> c.claims().stream().anyMatch(m -> lower(m.claim().text()).contains("boeing"))).toList();
    assertThat(boeing).isNotEmpty().allSatisfy(c -> {
      assertThat(c.independentSources()).isEqualTo(1);
      assertThat(c.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    });
  }

  @Test
  void noClaimComesFromPromotionalLinesTheMethodologyBoxOrReaderComments() throws IOException {
    String scout = read(SCOUT);
    int promoStart = scout.indexOf("Get your own daily briefing");
    String methodology = read(METHODOLOGY_SEED);
    int boxStart = methodology.indexOf("How we covered this story");
    String axios = read(AXIOS);
    int commentsStart = axios.indexOf("This is (instinctively) quite frightening");
    assertThat(promoStart).isPositive();
    assertThat(boxStart).isPositive();
    assertThat(commentsStart).isPositive();
    for (ClaimReport m : claims()) {
      Claim c = m.claim();
      if (c.articleId().equals(SCOUT)) assertThat(c.start()).as(c.text()).isLessThan(promoStart);
      if (c.articleId().equals(METHODOLOGY_SEED)) assertThat(c.start()).as(c.text()).isLessThan(boxStart);
      if (c.articleId().equals(AXIOS)) assertThat(c.start()).as(c.text()).isLessThan(commentsStart);
    }
  }

  @Test
  void theArticlesBeforeTheirFurnitureStillYieldClaims() {
    for (String article : List.of(SCOUT, METHODOLOGY_SEED, AXIOS)) {
      assertThat(claims().stream().filter(m -> m.claim().articleId().equals(article)).count()).as(article).isGreaterThan(5);
    }
  }

  @Test
  void droppedNonClaimsAreCountedByReason() {
    var byArticle = report.articles().stream().collect(java.util.stream.Collectors.toMap(a -> a.article().id(), a -> a.droppedByReason()));
    assertThat(byArticle.get(SCOUT)).containsKey("promotional");
    assertThat(byArticle.get(METHODOLOGY_SEED)).containsKey("furniture");
    assertThat(byArticle.get(AXIOS)).containsKey("comment");
  }

  @Test
  void denialsAndRefusalsToCommentNeverCountAsSupport() {
    for (ClusterReport c : report.clusters()) {
      for (var origin : c.origins()) {
        for (String id : origin.claimIds()) {
          assertThat(report.claim(id).orElseThrow().claim().stance()).as(id).isEqualTo(Stance.ASSERTS);
        }
      }
    }
  }

  private static List<Claim> sides(Contradiction x) {
    return x.claimIds().stream().map(id -> report.claim(id).orElseThrow().claim()).toList();
  }

  private static String read(String article) throws IOException {
    return Files.readString(SEEDS.resolve(article), StandardCharsets.UTF_8);
  }

  @Test
  void eachDisputeBetweenTwoSentencesIsReportedOnce() {
    java.util.Map<String, Claim> byId = new java.util.HashMap<>();
    claims().forEach(c -> byId.put(c.claim().id(), c.claim()));
    List<String> disputes = report.contradictions().stream()
        .map(x -> x.type() + " " + x.claimIds().stream()
            .map(id -> byId.get(id).articleId() + "@" + byId.get(id).sentenceStart()).sorted().toList())
        .toList();
    assertThat(disputes).doesNotHaveDuplicates();
  }
}
