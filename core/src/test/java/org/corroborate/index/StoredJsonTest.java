package org.corroborate.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.DateMention;
import org.corroborate.model.DropReason;
import org.corroborate.model.Dropped;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

class StoredJsonTest {
  @Test
  void aFullyPopulatedArticleSurvivesTheRoundTripThroughTheStoredJson() throws Exception {
    String text = "Officials said on Friday that the city paid $200 million, reportedly.\nWhy?\n";
    Article a = new Article("x/a.md", "Gazette", "Title", "https://example.org/a", "2026-02-27", text, List.of("a warning"));
    Claim c = new Claim("x/a.md#1", "x/a.md", "Gazette", "The city paid $200 million.", text.substring(0, 69), 0, 34, 68,
        List.of(new Span(34, 50), new Span(52, 68)), "Officials", "city officials", Stance.DENIES, true, true, false,
        List.of("reportedly", "said"), List.of(new Quantity("$200 million", 2e8, "USD", "exact", "")),
        List.of(new DateMention("Friday", "friday")), "the Wall Street Journal", true,
        List.of(new Token("city", 38, 42, "NN", "city"), new Token("paid", 43, 47, "VBD", "pay")));
    ArticleClaims ac = new ArticleClaims(a, List.of(c), List.of(new Dropped("x/a.md", "Why?", 70, 74, DropReason.QUESTION)));
    ObjectMapper m = StoredJson.mapper();
    String json = m.writeValueAsString(ac);
    assertThat(m.readValue(json, ArticleClaims.class)).isEqualTo(ac);
    assertThat(json).doesNotContain("\"lemma\"").doesNotContain("\"sentenceStart\"");
  }
}
