package org.corroborate.claims;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Splits an article into atomic claims. PLACEHOLDER: one claim per sentence, to be replaced by the
 * OpenNLP-based extractor. Not thread safe: use one instance per thread.
 */
public final class ClaimExtractor {

  public ArticleClaims extract(Article article) {
    String text = article.text();
    List<Claim> claims = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      it.setText(line);
      int s = it.first();
      for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
        int a = lineStart + s;
        int b = lineStart + e;
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        if (b - a < 3) continue;
        String sentence = text.substring(a, b);
        String id = article.id() + "#" + (claims.size() + 1);
        claims.add(new Claim(id, article.id(), article.source(), sentence, sentence, a, a, b,
            List.of(new Span(a, b)), null, null, Stance.ASSERTS, false, false, false,
            List.of(), List.of(), List.of(), null, false, List.of()));
      }
      lineStart = lineEnd + 1;
    }
    return new ArticleClaims(article, claims, List.of());
  }
}
