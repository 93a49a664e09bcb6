package org.corroborate.sources;

/**
 * The evidence that a claim's passage stands near-identical in another article, and what was
 * concluded from it.
 *
 * @param claimId the claim whose passage was looked up
 * @param articleId its article
 * @param fromArticleId the article where the passage also stands
 * @param fromClaimId the claim of that article covering the passage, or null when none does
 * @param sharedPassage the matching passage as it stands in {@code fromArticleId}
 * @param sharedChars how many characters of the claim's passage the shared words cover
 * @param containment the share of the passage's word shingles found in the other article
 * @param longestRunWords the longest run of consecutive shared words
 * @param rarePhrasing whether that run is an unusual phrasing found in no third article
 * @param quote whether the shared passage is mostly a quotation
 * @param counted whether the claim was folded into the other article's origin
 * @param verdict why, in words ("copied: seeds/004 credits its source, publication order unknown")
 */
public record CopyEvidence(
    String claimId,
    String articleId,
    String fromArticleId,
    String fromClaimId,
    String sharedPassage,
    int sharedChars,
    double containment,
    int longestRunWords,
    boolean rarePhrasing,
    boolean quote,
    boolean counted,
    String verdict) {}
