package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The BM25 query that finds a claim's candidates: its rarest stems (at most {@link
 * CandidateIndex#MAX_QUERY_TERMS}), each an optional clause, scored by the sum of the matched ones.
 *
 * <p>The work of a search is bounded by a claim count, not by the corpus. A query's cost is the
 * length of its terms' posting lists, and a common word's list grows with the corpus ("said", "fire"
 * and "workers" in every fire's coverage): with every term free to bring in a claim, each search cost
 * a share of the corpus, and the stage's retrieval grew with its square. So when the terms together
 * occur in more than {@link #POSTINGS_BUDGET} claims, a candidate must share one of the rarest terms
 * that fit that budget (always at least the rarest one), and the commoner terms only rank the claims
 * found so (their lists are skipped through to those claims, not read whole). Scores are the same sums
 * as before for every claim found; what is lost is a claim that shares only common words with this
 * one, which in a large corpus is one of thousands alike and no evidence of one claim. Below the budget
 * (most queries of a corpus of a few thousand claims) the query is the plain disjunction.
 */
final class CandidateQuery {
  /**
   * The most claims the required terms of a query may occur in together (document frequencies
   * summed), unless the rarest term alone occurs in more. About fifty times the 20 + 10 candidates
   * a claim keeps, so that the rarest terms' claims are ranked among many others. On sentences of the
   * generated corpora ({@code RetrievalProbe}, CPU per query) the plain disjunction cost 231 us at
   * 53,000 claims and 650 us at 213,000; with this budget 189 and 241 us (4,096: 374 and 478 us, a
   * nested query costing more than the flat one until the budget is small). The seeds' and the
   * generated 1,000 articles' reports are the same with it as without.
   */
  static final int POSTINGS_BUDGET = 1_024;

  private CandidateQuery() {}

  /**
   * The query over {@code field} of {@code reader} for these stems, rarest first (only the first
   * {@link CandidateIndex#MAX_QUERY_TERMS} are used); null when there are none.
   */
  static Query of(String field, List<String> rarestFirst, IndexReader reader) {
    return of(field, rarestFirst, reader, POSTINGS_BUDGET);
  }

  /** As {@link #of(String, List, IndexReader)} with another budget. */
  static Query of(String field, List<String> rarestFirst, IndexReader reader, int budget) {
    List<String> stems = rarestFirst.subList(0, Math.min(CandidateIndex.MAX_QUERY_TERMS, rarestFirst.size()));
    if (stems.isEmpty()) {
      return null;
    }
    int required = 0;
    long postings = 0;
    try {
      for (String s : stems) {
        postings += reader.docFreq(new Term(field, s));
        if (postings > budget && required > 0) {
          break;
        }
        required++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the claim index's term counts failed", e);
    }
    if (required == stems.size()) {
      return disjunction(field, stems);
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(disjunction(field, stems.subList(0, required)), BooleanClause.Occur.MUST);
    for (String s : stems.subList(required, stems.size())) {
      q.add(new TermQuery(new Term(field, s)), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  private static Query disjunction(String field, List<String> stems) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String s : stems) {
      q.add(new TermQuery(new Term(field, s)), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }
}
