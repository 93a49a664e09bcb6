package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

class RandomTextTest {
  private static final String[] PIECES = {"The", "Pentagon", "said", ",", "and", "or", "but", "which", "who", "that",
      ":", ";", "\u201c", "\u201d", "\"", "'s", "\u2019s", "n\u2019t", "not", "$", "200", "million", "5 p.m.", "Friday",
      "February", "2026", "%", "according", "to", "denied", "- ", "-1", "|", "?", "!", ".", "\n", "\n- ", "I", "you",
      "told", "Axios", "has", "learned", "(", ")", "\u2014", "such", "concerns", "\t", "  ", "\u00e9t\u00e9", "\ud83d\ude00"};

  @Test
  void randomTextNeverThrowsAndClaimsStayInsideTheText() {
    ClaimExtractor extractor = new ClaimExtractor();
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(80);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(10) == 0) {
          sb.append((char) random.nextInt(0x3000));
        } else {
          sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      ArticleClaims ac = extractor.extract(new Article("r" + round, "random", "", null,
          random.nextBoolean() ? "2026-02-27" : null, text, List.of()));
      for (Claim c : ac.claims()) {
        assertThat(c.end()).isLessThanOrEqualTo(text.length());
        assertThat(c.text()).isNotBlank();
      }
    }
  }
}
