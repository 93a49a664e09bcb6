package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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
 * that fit that budget (at least the rarest one) or one of the rarest words that fit it (a number is
 * what two accounts of one fact disagree on: so at most twice the budget), and the commoner terms only rank the claims found so (their lists
 * are skipped through to those claims, not read whole). Scores are the same sums as before for every
 * claim found; what is lost is a claim that shares only common words with this
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
   * The query over {@code field} of {@code searcher}'s index for these stems, rarest first (only the
   * first {@link CandidateIndex#MAX_QUERY_TERMS} are used), to run on that searcher; null when there
   * are none. Each term is looked up once: its document frequency decides the budget and its state
   * goes into its clause, which the search would otherwise look up again.
   */
  static Query of(String field, List<String> rarestFirst, IndexSearcher searcher) {
    return of(field, rarestFirst, searcher, POSTINGS_BUDGET);
  }

  /** As {@link #of(String, List, IndexSearcher)} with another budget. */
  static Query of(String field, List<String> rarestFirst, IndexSearcher searcher, int budget) {
    List<String> stems = terms(rarestFirst);
    if (stems.isEmpty()) {
      return null;
    }
    int[] df = new int[stems.size()];
    List<TermQuery> clauses = new ArrayList<>(stems.size());
    try {
      for (int i = 0; i < stems.size(); i++) {
        Term term = new Term(field, stems.get(i));
        TermStates state = TermStates.build(searcher, term, true);
        df[i] = state.docFreq();
        clauses.add(new TermQuery(term, state));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the claim index's term counts failed", e);
    }
    boolean[] required = required(stems, df, budget);
    if (required == null) {
      return disjunction(clauses);
    }
    List<TermQuery> must = new ArrayList<>();
    List<TermQuery> optional = new ArrayList<>();
    for (int i = 0; i < stems.size(); i++) {
      (required[i] ? must : optional).add(clauses.get(i));
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(disjunction(must), BooleanClause.Occur.MUST);
    for (TermQuery t : optional) {
      q.add(t, BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  /** The terms of a query for these stems, rarest first: the first {@link CandidateIndex#MAX_QUERY_TERMS}. */
  static List<String> terms(List<String> rarestFirst) {
    return rarestFirst.subList(0, Math.min(CandidateIndex.MAX_QUERY_TERMS, rarestFirst.size()));
  }

  /**
   * Which of a query's {@link #terms} (with their document frequencies {@code df}) a candidate must
   * share, the others only adding to its score; null when none must (the plain disjunction: the terms
   * fit the budget together, or every term is required). One rule for every index that answers the
   * query ({@link LuceneCandidates}, {@link HeapCandidates}).
   */
  static boolean[] required(List<String> stems, int[] df, int budget) {
    long all = 0;
    for (int d : df) {
      all += d;
    }
    if (all <= budget) {
      return null;
    }
    // the rarest terms that fit the budget (at least the rarest one), and beside them the rarest words
    // that fit it: a number is what two accounts of one fact disagree on ("387" against "580 toaster
    // ovens"), so a claim whose rarest terms are its numbers must also find the claims giving others,
    // and one that shares a rare number (most often the same fact) is found by it
    boolean[] required = new boolean[stems.size()];
    requirePrefix(stems, df, budget, false, required);
    requirePrefix(stems, df, budget, true, required);
    for (boolean r : required) {
      if (!r) {
        return required;
      }
    }
    return null;
  }

  /**
   * Marks the rarest terms (only words, when {@code wordsOnly}) whose claims together fit the budget, at
   * least the rarest one.
   */
  private static void requirePrefix(List<String> stems, int[] df, int budget, boolean wordsOnly, boolean[] required) {
    long postings = 0;
    boolean any = false;
    for (int i = 0; i < stems.size(); i++) {
      if (wordsOnly && isNumber(stems.get(i))) {
        continue;
      }
      if (any && postings + df[i] > budget) {
        return;
      }
      required[i] = true;
      postings += df[i];
      any = true;
    }
  }

  /** Whether an analysed term is a number, an amount's value or a clock time ("387", "2.5", "17h00"). */
  static boolean isNumber(String stem) {
    return stem.chars().anyMatch(Character::isDigit)
        && stem.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == 'h');
  }

  private static Query disjunction(List<TermQuery> terms) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (TermQuery t : terms) {
      q.add(t, BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }
}
