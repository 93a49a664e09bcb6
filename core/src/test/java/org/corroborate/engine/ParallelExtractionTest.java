package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.junit.jupiter.api.Test;

class ParallelExtractionTest {

  private static Article article(String id, String text) {
    return new Article(id, "Outlet " + id, "", "", null, text, List.of());
  }

  @Test
  void longestArticlesAreStartedFirstAndEqualLengthsKeepListOrder() {
    List<Article> articles = List.of(article("a", "x".repeat(10)), article("b", "x".repeat(30)),
        article("c", "x".repeat(10)), article("d", "x".repeat(20)));
    assertThat(ParallelExtraction.longestFirst(articles)).containsExactly(1, 3, 0, 2);
  }

  @Test
  void claimsComeBackInListOrderOnTwoThreadsAsOnOne() {
    List<Article> articles = List.of(
        article("short", "The council approved the budget on Monday."),
        article("long", "The mayor said the bridge will close for repairs in March. "
            + "Engineers found cracks in two of its piers last year. The closure will last six weeks."),
        article("middle", "The hospital opened a new wing. It has forty beds."));
    List<ArticleClaims> one = ParallelExtraction.extract(articles, 1);
    List<ArticleClaims> two = ParallelExtraction.extract(articles, 2);
    assertThat(two).extracting(a -> a.article().id()).containsExactly("short", "long", "middle");
    assertThat(two).isEqualTo(one);
    assertThat(two).allSatisfy(a -> assertThat(a.claims()).isNotEmpty());
  }

  @Test
  void theSeedsExtractedLongestFirstOnTwoThreadsGiveTheClaimsOfOneThreadInListOrder() throws Exception {
    List<Article> seeds = new CorpusReader().read(Path.of("..", "seeds")).articles();
    List<ArticleClaims> one = ParallelExtraction.extract(seeds, 1);
    List<ArticleClaims> two = ParallelExtraction.extract(seeds, 2);
    assertThat(two).hasSize(seeds.size());
    assertThat(two.stream().mapToInt(a -> a.claims().size()).sum()).isGreaterThan(200);
    assertThat(two).isEqualTo(one);
  }
}
