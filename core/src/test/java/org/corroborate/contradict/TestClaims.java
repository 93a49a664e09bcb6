package org.corroborate.contradict;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.DateMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/** Builds claims for tests the way the claims stage would, without running it. */
final class TestClaims {
  private final String id;
  private final String article;
  private final String source;
  private final String text;
  private int sentenceStart;
  private String speaker;
  private Stance stance = Stance.ASSERTS;
  private boolean negated;
  private boolean hedged;
  private final List<Quantity> numbers = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();

  private TestClaims(String id, String article, String source, String text) {
    this.id = id;
    this.article = article;
    this.source = source;
    this.text = text;
  }

  /** A claim numbered {@code n} of article {@code article} by outlet {@code source}. */
  static TestClaims claim(String article, int n, String source, String text) {
    TestClaims t = new TestClaims(article + "#" + n, article, source, text);
    t.sentenceStart = n * 1000;
    return t;
  }

  TestClaims speaker(String s) {
    speaker = s;
    return this;
  }

  TestClaims stance(Stance s) {
    stance = s;
    return this;
  }

  TestClaims negated() {
    negated = true;
    return this;
  }

  TestClaims hedged() {
    hedged = true;
    return this;
  }

  TestClaims number(String asWritten, double value, String unit, String bound, String counted) {
    numbers.add(new Quantity(asWritten, value, unit, bound, counted));
    return this;
  }

  TestClaims date(String asWritten, String normalized) {
    dates.add(new DateMention(asWritten, normalized));
    return this;
  }

  Claim build() {
    int start = sentenceStart;
    int end = start + text.length();
    return new Claim(id, article, source, text, text, sentenceStart, start, end, List.of(new Span(start, end)),
        speaker, speaker, stance, hedged, negated, false, List.of(), numbers, dates, null, false, List.of());
  }

  /** Every claim in a cluster of its own, no links: what the placeholder clusterer gives. */
  static Clustering singletons(List<Claim> claims) {
    List<Cluster> clusters = new ArrayList<>();
    for (Claim c : claims) {
      clusters.add(new Cluster("c" + (clusters.size() + 1), c.id(), List.of(c.id())));
    }
    return new Clustering(clusters, List.of());
  }
}
