package org.corroborate.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.junit.jupiter.api.Test;

class ContradictionsInvolvingTest {

  @Test
  void judgingOnlyPairsWithOneSideInAGivenSetFindsExactlyTheFullRunsContradictionsWithASideInIt() throws IOException {
    List<Claim> claims = new ArrayList<>();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Article a : new CorpusReader().read(Path.of("..", "seeds")).articles()) {
      claims.addAll(extractor.extract(a).claims());
    }
    Clustering clustering = new ClaimClusterer().cluster(claims);
    List<Contradiction> all = new ContradictionFinder().find(claims, clustering);
    assertThat(all).isNotEmpty();
    for (Contradiction x : all) {
      Set<String> involving = Set.of(x.claimIds().get(1));
      List<String> expected = all.stream().filter(y -> y.claimIds().stream().anyMatch(involving::contains)).map(ContradictionsInvolvingTest::key).toList();
      List<String> found = new ContradictionFinder().find(claims, clustering, involving).stream().map(ContradictionsInvolvingTest::key).toList();
      assertThat(found).as("involving " + involving).isEqualTo(expected);
    }
  }

  @Test
  void claimsPreparedBeforeTheClusteringGiveTheSameContradictionsForTheSetTheyWerePreparedFor() throws IOException {
    List<Claim> claims = new ArrayList<>();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Article a : new CorpusReader().read(Path.of("..", "seeds")).articles()) {
      claims.addAll(extractor.extract(a).claims());
    }
    Clustering clustering = new ClaimClusterer().cluster(claims);
    ContradictionFinder finder = new ContradictionFinder();
    List<Contradiction> all = finder.find(claims, clustering);
    Set<String> involving = Set.of(all.get(0).claimIds().get(1));
    assertThat(finder.find(finder.prepare(claims, involving), clustering, involving))
        .isEqualTo(finder.find(claims, clustering, involving)).isNotEmpty();
    assertThat(finder.find(finder.prepare(claims), clustering, null)).isEqualTo(all);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> finder.find(finder.prepare(claims), clustering, involving))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A contradiction without its number, which depends on how many were found before it. */
  private static String key(Contradiction x) {
    return x.claimIds().stream().collect(Collectors.joining(" / ")) + " " + x.type() + " " + x.summary() + " " + x.severity();
  }
}
