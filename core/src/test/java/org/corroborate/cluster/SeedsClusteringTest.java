package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster stage on the demo articles in {@code seeds/}, after the claims stage. The checks
 * that need atomic claims (one proposition per claim, with tokens) are skipped while the claims
 * stage is the sentence-per-claim placeholder; they run as soon as it fills {@code Claim.tokens()}.
 */
class SeedsClusteringTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  private static List<Claim> claims;
  private static Clustering clustering;
  private static final Map<String, Claim> BY_ID = new HashMap<>();

  @BeforeAll
  static void clusterTheSeeds() throws IOException {
    claims = new ArrayList<>();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Article a : new CorpusReader().read(SEEDS).articles()) {
      claims.addAll(extractor.extract(a).claims());
    }
    claims.forEach(c -> BY_ID.put(c.id(), c));
    clustering = new ClaimClusterer().cluster(claims);
  }

  /** The most articles any one cluster spans among clusters holding a claim that matches. */
  private static int widestSpan(String regex) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    int widest = 0;
    for (Cluster c : clustering.clusters()) {
      if (c.claimIds().stream().anyMatch(id -> p.matcher(BY_ID.get(id).text()).find())) {
        TreeSet<String> articles = new TreeSet<>();
        c.claimIds().forEach(id -> articles.add(BY_ID.get(id).articleId()));
        widest = Math.max(widest, articles.size());
      }
    }
    return widest;
  }

  private static boolean together(String regexA, String articleA, String regexB, String articleB) {
    Map<String, String> clusterOf = new HashMap<>();
    clustering.clusters().forEach(c -> c.claimIds().forEach(id -> clusterOf.put(id, c.id())));
    Claim a = find(regexA, articleA);
    Claim b = find(regexB, articleB);
    return clusterOf.get(a.id()).equals(clusterOf.get(b.id()));
  }

  private static Claim find(String regex, String articlePrefix) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return claims.stream()
        .filter(c -> c.articleId().startsWith(articlePrefix) && p.matcher(c.text()).find())
        .findFirst().orElseThrow(() -> new AssertionError("no claim /" + regex + "/ in " + articlePrefix));
  }

  @Test
  void theSameQuoteReportedByTwoOutletsIsOneCluster() {
    assertThat(together("only reason we.re still talking", "002", "only reason we.re still talking", "004")).isTrue();
  }

  @Test
  void twoOutletsExplainingTheDefenseProductionActTheSameWayAreOneCluster() {
    assertThat(together("gives the president broad powers", "000", "gives the president the authority", "004")).isTrue();
  }

  @Test
  void theDemandForAnyLawfulUseIsOneClusterAcrossOutlets() {
    assertThat(together("any lawful use", "000", "any lawful use", "002")).isTrue();
  }

  @Test
  void aMeetingOnTuesdayAndADeadlineOnFridayAreNeverMerged() {
    Map<String, String> clusterOf = new HashMap<>();
    clustering.clusters().forEach(c -> c.claimIds().forEach(id -> clusterOf.put(id, c.id())));
    for (Cluster c : clustering.clusters()) {
      boolean tuesday = c.claimIds().stream().anyMatch(id -> BY_ID.get(id).text().contains("Tuesday"));
      boolean friday = c.claimIds().stream().anyMatch(id -> BY_ID.get(id).text().contains("Friday"));
      assertThat(tuesday && friday).as("cluster %s mixes Tuesday and Friday", c.claimIds()).isFalse();
    }
  }

  private static void assumeAtomicClaims() {
    assumeTrue(claims.stream().anyMatch(c -> !c.tokens().isEmpty()),
        "needs the claims stage's atomic claims; the placeholder gives whole sentences");
  }

  @Test
  void theFridayDeadlineSpansAtLeastFourArticles() {
    assumeAtomicClaims();
    assertThat(widestSpan("friday.*deadline|deadline.*friday|until friday|by friday")).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theDefenseProductionActThreatSpansAtLeastFourArticles() {
    assumeAtomicClaims();
    assertThat(widestSpan("invok\\w* the defense production act|invocation of the defense production act"))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSupplyChainRiskThreatSpansAtLeastFourArticles() {
    assumeAtomicClaims();
    assertThat(widestSpan("supply.chain risk")).isGreaterThanOrEqualTo(4);
  }
}
