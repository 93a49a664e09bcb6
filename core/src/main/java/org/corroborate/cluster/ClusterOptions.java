package org.corroborate.cluster;

/**
 * Settings of the clustering stage. Immutable.
 *
 * @param synonyms whether WordNet synonyms count as partial matches between words (default {@link
 *     #DEFAULT_SYNONYMS})
 * @param candidates how many BM25 candidates each claim retrieves (default {@link
 *     #DEFAULT_CANDIDATES}); the work grows with claims times this, never with claims squared
 * @param linkThreshold the pair model's probability at or above which two claims are the same
 *     claim, and the average a merged cluster's pairs must keep (default {@link
 *     #DEFAULT_LINK_THRESHOLD}, chosen on the sts-news train split)
 * @param memberFloor the lowest pair probability allowed inside one cluster, so that A like B and B
 *     like C never pulls an unrelated C in with A (default {@link #DEFAULT_MEMBER_FLOOR})
 * @param conflictThreshold the probability at or above which two claims that disagree on a number,
 *     a date, polarity or stance are reported as a {@code CONFLICT} link (default {@link
 *     #DEFAULT_CONFLICT_THRESHOLD})
 */
public record ClusterOptions(
    boolean synonyms, int candidates, double linkThreshold, double memberFloor, double conflictThreshold) {

  /**
   * WordNet synonyms on: on the sts-news dev split they lift accuracy from 0.865 to 0.891 and
   * precision from 0.939 to 0.971 (see {@code package-info}).
   */
  public static final boolean DEFAULT_SYNONYMS = true;
  /** BM25 candidates per claim. */
  public static final int DEFAULT_CANDIDATES = 20;
  /**
   * Same-claim probability threshold: the best F0.5 (precision weighted twice recall) on the
   * sts-news train split, as printed by {@code corroborate eval sts --train}.
   */
  public static final double DEFAULT_LINK_THRESHOLD = 0.7;
  /** Lowest pair probability inside a cluster. */
  public static final double DEFAULT_MEMBER_FLOOR = 0.3;
  /** Conflict-link probability threshold (looser than a merge: these are only candidates). */
  public static final double DEFAULT_CONFLICT_THRESHOLD = 0.4;

  public ClusterOptions {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
    }
    probability(linkThreshold, "linkThreshold");
    probability(memberFloor, "memberFloor");
    probability(conflictThreshold, "conflictThreshold");
    if (memberFloor > linkThreshold) {
      throw new IllegalArgumentException(
          "memberFloor " + memberFloor + " is above linkThreshold " + linkThreshold);
    }
  }

  /** The documented defaults. */
  public static ClusterOptions defaults() {
    return new ClusterOptions(DEFAULT_SYNONYMS, DEFAULT_CANDIDATES, DEFAULT_LINK_THRESHOLD,
        DEFAULT_MEMBER_FLOOR, DEFAULT_CONFLICT_THRESHOLD);
  }

  /** These options with synonyms switched on or off. */
  public ClusterOptions withSynonyms(boolean on) {
    return new ClusterOptions(on, candidates, linkThreshold, memberFloor, conflictThreshold);
  }

  /** These options with another link threshold (the member floor is lowered to it if needed). */
  public ClusterOptions withLinkThreshold(double threshold) {
    return new ClusterOptions(synonyms, candidates, threshold, Math.min(memberFloor, threshold), conflictThreshold);
  }

  private static void probability(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
    }
  }
}
