package org.corroborate.contradict;

/**
 * Settings of the contradictions stage.
 *
 * @param maxPostingsPerKey a word shared by more claims than this is too common to propose
 *     candidates (keeps the work near-linear in the number of claims)
 * @param minSharedKeys content words two claims must share to become candidates by retrieval
 * @param maxClusterMembers members of one cluster paired with each other; larger clusters pair
 *     only their first members
 * @param neighbourSentences how many sentences apart two claims of one article with different
 *     speakers may be and still be paired by position
 */
public record ContradictionOptions(int maxPostingsPerKey, int minSharedKeys, int maxClusterMembers, int neighbourSentences) {
  /** Default {@link #maxPostingsPerKey}. */
  public static final int DEFAULT_MAX_POSTINGS_PER_KEY = 200;
  /** Default {@link #minSharedKeys}. */
  public static final int DEFAULT_MIN_SHARED_KEYS = 2;
  /** Default {@link #maxClusterMembers}. */
  public static final int DEFAULT_MAX_CLUSTER_MEMBERS = 40;
  /** Default {@link #neighbourSentences}. */
  public static final int DEFAULT_NEIGHBOUR_SENTENCES = 1;

  public ContradictionOptions {
    if (maxPostingsPerKey < 2) {
      throw new IllegalArgumentException("maxPostingsPerKey must be at least 2: " + maxPostingsPerKey);
    }
    if (minSharedKeys < 1) {
      throw new IllegalArgumentException("minSharedKeys must be at least 1: " + minSharedKeys);
    }
    if (maxClusterMembers < 2) {
      throw new IllegalArgumentException("maxClusterMembers must be at least 2: " + maxClusterMembers);
    }
    if (neighbourSentences < 0) {
      throw new IllegalArgumentException("neighbourSentences must not be negative: " + neighbourSentences);
    }
  }

  /** The documented defaults. */
  public static ContradictionOptions defaults() {
    return new ContradictionOptions(DEFAULT_MAX_POSTINGS_PER_KEY, DEFAULT_MIN_SHARED_KEYS,
        DEFAULT_MAX_CLUSTER_MEMBERS, DEFAULT_NEIGHBOUR_SENTENCES);
  }
}
