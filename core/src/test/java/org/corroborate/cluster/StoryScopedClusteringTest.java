package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.junit.jupiter.api.Test;

/**
 * Two articles' claims are one claim only when the articles may be about one story: the same words
 * about two different fires confirm nothing twice.
 */
class StoryScopedClusteringTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
  private static final String GENERIC = "Nobody was hurt in the blaze, the fire chief said.";

  private static Article article(String id, String source, String text) {
    return new Article(id, source, "", null, null, text, List.of());
  }

  /** Whether the generic sentence of the two articles ends in one cluster. */
  private static boolean genericSentencesMerge(Article a, Article b) {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(EXTRACTOR.extract(a).claims());
    claims.addAll(EXTRACTOR.extract(b).claims());
    Clustering clustering = new ClaimClusterer().cluster(claims);
    List<String> generic = claims.stream().filter(c -> c.sentence().startsWith("Nobody")).map(Claim::id).toList();
    assertThat(generic).hasSize(2);
    return clustering.clusters().stream().map(Cluster::claimIds).anyMatch(ids -> ids.containsAll(generic));
  }

  @Test
  void theSameSentenceInTwoAccountsOfOneStoryIsOneClaim() {
    assertThat(genericSentencesMerge(
        article("a.txt", "Outlet A", "A fire damaged the Halvorsen Foods warehouse in Marlow on Monday. " + GENERIC),
        article("b.txt", "Outlet B", "Flames tore through a Halvorsen Foods warehouse on Monday. " + GENERIC)))
        .isTrue();
  }

  @Test
  void theSameSentenceAboutTwoStoriesThatShareNoNameIsTwoClaims() {
    assertThat(genericSentencesMerge(
        article("a.txt", "Outlet A", "A fire damaged the Halvorsen Foods warehouse in Marlow on Monday. " + GENERIC),
        article("b.txt", "Outlet B", "Flames tore through the Corbel Paper mill in Eastport on Monday. " + GENERIC)))
        .isFalse();
  }
}
