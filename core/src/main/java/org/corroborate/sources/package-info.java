/**
 * The sources stage: how many independent origins back each cluster's claim, and why.
 *
 * <p>{@link org.corroborate.sources.SourceCounter} is the entry point. Each asserting claim is traced
 * to one origin: the earlier article its passage is copied from (found through a word-shingle
 * index, never by comparing all pairs of articles), the upstream report it credits, the wire agency
 * or outlet its article credits, or its own outlet (under the origin {@code origins.csv} declares
 * for it). Within a cluster, an unnamed source's quote that one article credits to an outlet ("a
 * Defense official told Axios") takes that outlet as the origin of every uncredited repeat of it
 * ({@link org.corroborate.sources.QuoteCredits}). Claims with one origin count once; every origin carries a reason an editor can check,
 * and {@link org.corroborate.sources.SourceAnalysis} keeps the copy evidence behind them.
 */
package org.corroborate.sources;
