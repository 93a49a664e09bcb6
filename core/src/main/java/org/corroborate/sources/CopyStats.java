package org.corroborate.sources;

/**
 * What copy detection cost on one corpus.
 *
 * @param articles articles indexed
 * @param shingles distinct (shingle, article) postings in the index
 * @param passages claim passages looked up
 * @param postingsRead postings read to find candidates (the work of candidate generation)
 * @param candidatePairs (passage, article) pairs verified: each reads the other article once
 * @param articlePairs distinct article pairs among them, against n(n-1)/2 for comparing all pairs
 */
public record CopyStats(int articles, long shingles, long passages, long postingsRead, long candidatePairs, long articlePairs) {}
