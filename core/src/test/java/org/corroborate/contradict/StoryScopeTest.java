package org.corroborate.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Contradiction;
import org.corroborate.stories.StoryNames;
import org.junit.jupiter.api.Test;

/** Claims of two articles contradict each other only when the articles may be about one story. */
class StoryScopeTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static Article article(String id, String source, String text) {
    return new Article(id, source, "", null, null, text, List.of());
  }

  private static List<Contradiction> contradictions(Article... articles) {
    List<Claim> claims = new ArrayList<>();
    for (Article a : articles) {
      claims.addAll(EXTRACTOR.extract(a).claims());
    }
    return new ContradictionFinder().find(claims, new ClaimClusterer().cluster(claims));
  }

  private static final String HARBOR = "Harbor Foods recalled 300 jars of honey on Monday. "
      + "About 300 jars of honey were recalled over mould.";

  @Test
  void aNumberDiffersBetweenTwoAccountsOfOneStory() {
    List<Contradiction> found = contradictions(
        article("a.txt", "Outlet A", HARBOR),
        article("b.txt", "Outlet B", "Harbor Foods recalled the honey on Monday. "
            + "About 900 jars of honey were recalled over mould."));
    assertThat(found).extracting(x -> x.type().label()).contains("numeric");
  }

  @Test
  void theSameWordingAboutTwoStoriesWithNoNameInCommonIsNoDispute() {
    List<Contradiction> found = contradictions(
        article("a.txt", "Outlet A", HARBOR),
        article("b.txt", "Outlet B", "Pinecrest Dairy recalled the honey on Monday. "
            + "About 900 jars of honey were recalled over mould."));
    assertThat(found).isEmpty();
  }

  @Test
  void anArticleThatNamesNothingGivesNoEvidenceOfAnotherStory() {
    StoryNames names = new StoryNames(List.of());
    assertThat(names.mayShareStory("a.txt", "b.txt")).isTrue();
  }
}
