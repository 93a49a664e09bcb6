package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.Corpus;
import org.corroborate.model.Report;
import org.corroborate.model.Span;
import org.corroborate.robust.HostileText;

/**
 * Sentence and claim extraction, and the stages after it, on generated hostile article text:
 * nothing throws, and every claim points back into its article.
 */
class ClaimPropertiesTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  @Provide
  Arbitrary<String> texts() {
    return HostileText.text();
  }

  @Property(tries = 200)
  void anyArticleTextGivesClaimsWhoseSpansLieInsideTheText(@ForAll("texts") String text, @ForAll boolean dated) {
    Article a = new Article("a.txt", "Outlet", "", null, dated ? "2026-02-27" : null, text, List.of());
    ArticleClaims ac = EXTRACTOR.extract(a);
    for (Claim c : ac.claims()) {
      assertThat(c.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(c.start(), c.end())).isNotBlank();
      for (Span s : c.spans()) {
        assertThat(s.start()).isBetween(c.start(), c.end());
        assertThat(s.end()).isBetween(s.start(), c.end());
      }
    }
  }

  @Property(tries = 25)
  void anyCorpusOfHostileArticlesGoesThroughEveryStage(@ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("texts") String> texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      articles.add(new Article("a" + i + ".txt", "Outlet " + (i % 3), "", null, null, texts.get(i), List.of()));
    }
    Report report = new Corroborate().analyze("hostile", new Corpus(articles, List.of()));
    assertThat(report.articles()).hasSize(articles.size());
  }
}
