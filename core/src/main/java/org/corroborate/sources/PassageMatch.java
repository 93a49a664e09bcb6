package org.corroborate.sources;

/**
 * Where a claim's passage stands, near-identical, in another article.
 *
 * @param otherArticle the index of the other article
 * @param containment the share of the passage's distinct shingles found in the other article
 * @param sharedChars how many characters of the passage the shared shingles cover
 * @param ownStart start of the shared part of the passage in its own article
 * @param ownEnd end of the shared part of the passage in its own article
 * @param otherStart start of the matching passage in the other article
 * @param otherEnd end of the matching passage in the other article
 * @param longestRunWords the longest run of consecutive shared words
 * @param rareRun whether that run is an unusual phrasing: at least {@link ShingleIndex#RARE_RUN_WORDS}
 *     words, found in no third article except near-identical copies of one of the two passages
 */
record PassageMatch(
    int otherArticle,
    double containment,
    int sharedChars,
    int ownStart,
    int ownEnd,
    int otherStart,
    int otherEnd,
    int longestRunWords,
    boolean rareRun) {}
