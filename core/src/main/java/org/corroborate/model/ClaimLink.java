package org.corroborate.model;

/**
 * A scored pair of claims found by the clustering stage.
 *
 * @param a the claim id that sorts first
 * @param b the other claim id
 * @param score similarity in [0, 1]
 * @param kind {@code SAME} when the two state one proposition; {@code CONFLICT} when they are about
 *     the same thing but disagree on something that must agree (a number, a date, polarity, stance),
 *     so they are kept apart and handed to the contradictions stage
 * @param reason for a {@code CONFLICT} link, what disagrees; empty for a {@code SAME} link (no report
 *     shows why two members of one cluster were linked, and a string per such link was a large
 *     share of the heap on large corpora)
 */
public record ClaimLink(String a, String b, double score, Kind kind, String reason) {
  public enum Kind {
    SAME,
    CONFLICT
  }

  public ClaimLink {
    Checks.nonBlank(a, "a");
    Checks.nonBlank(b, "b");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("link ids must be ordered and distinct: " + a + ", " + b);
    }
    reason = reason == null ? "" : reason;
  }
}
