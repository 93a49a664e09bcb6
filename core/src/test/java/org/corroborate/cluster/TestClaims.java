package org.corroborate.cluster;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/** Builds claims from text for the cluster stage's tests, as the claims stage would with no extras. */
final class TestClaims {
  private TestClaims() {}

  /** A one-sentence asserted claim, first of its article. */
  static Claim claim(String articleId, String source, String text) {
    return claim(articleId + "#1", articleId, source, text, Stance.ASSERTS, 0);
  }

  static Claim claim(String id, String articleId, String source, String text, Stance stance, int start) {
    return new Claim(id, articleId, source, text, text, start, start, start + text.length(),
        List.of(new Span(start, start + text.length())), null, null, stance, false, false, false,
        List.of(), List.of(), List.of(), null, false, List.of());
  }
}
