package org.corroborate.cluster;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * {@link CandidateQuery}'s BM25 top hits from {@link HeapPostings}, scored to the bit as Lucene
 * 10.6 scores them on a {@link LuceneCandidates} index of the same texts, or no answer when that
 * cannot be shown for a query.
 *
 * <p>Each term's score of a document is Lucene's own: {@link BM25Similarity#scorer} with the same
 * collection and term statistics, then {@link SimScorer#score} of the term's frequency and the
 * document's norm. Lucene adds them up so: the plain disjunction (MaxScoreBulkScorer, or the one
 * term's TermScorer) adds the matched terms' floats in a double and casts the sum to float; the
 * budget's shape, required disjunction plus optional terms, is a ReqOptSumScorer, which adds in float
 * the required side's score and the optional side's, each of them a float cast from a double sum
 * (DisjunctionSumScorer, or one term's float). The order in which a double sum is taken is Lucene's
 * business (it moves with block-max pruning), so this answers only when the order cannot matter: the
 * scores are positive floats, each a multiple of the ulp u of the smallest one possible, so every
 * partial sum of them is a multiple of u no larger than the largest possible total, and while that
 * total is below 2^53 u (checked with a margin of two, per query, from each term's score at frequency
 * 1 in the longest document and at its greatest frequency in the shortest) every partial sum is exact
 * in a double and every order gives the same sum. Otherwise (not seen on the seeds or generated
 * corpora) {@link #top} answers null and the caller asks Lucene. A query with two stems of one term
 * (which Lucene merges into one clause) is left to Lucene too.
 *
 * <p>Ranking as TopScoreDocCollector's: score descending, then document number ascending; Lucene's
 * block-max pruning only skips documents that cannot enter the top hits, so the top hits are the
 * exhaustive ones computed here. Thread safe: per-query accumulators are one set per thread.
 */
final class HeapCandidates {
  /** Partial sums of multiples of u are exact in a double below 2^53 u; half that, for the bound's own rounding. */
  private static final double EXACT_SUMS = 0x1p52;

  private final HeapPostings postings;
  private final BM25Similarity similarity;
  private final CollectionStatistics collection;
  /** A BM25 scorer per document frequency: it depends on nothing else of a term's. */
  private final AtomicReferenceArray<SimScorer> byDocFreq;
  private final ThreadLocal<Scratch> scratch;

  HeapCandidates(HeapPostings postings, BM25Similarity similarity) {
    this.postings = postings;
    this.similarity = similarity;
    this.collection = postings.collection();
    this.byDocFreq = new AtomicReferenceArray<>(postings.maxDoc() + 1);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(postings.maxDoc()));
  }

  /**
   * The {@code n} best documents for the {@link CandidateQuery} of these stems (rarest first) with
   * this postings budget, best first (ties: smaller document numbers first), with Lucene's scores;
   * null when they cannot be shown to be Lucene's (see the class comment).
   */
  ScoreDoc[] top(List<String> rarestFirst, int n, int budget) {
    List<String> stems = CandidateQuery.terms(rarestFirst);
    int size = stems.size();
    HeapPostings.Postings[] terms = new HeapPostings.Postings[size];
    int[] df = new int[size];
    for (int i = 0; i < size; i++) {
      terms[i] = postings.postings(stems.get(i));
      df[i] = terms[i] == null ? 0 : terms[i].docFreq();
      for (int j = 0; j < i; j++) {
        if (terms[i] != null && terms[i] == terms[j]) {
          return null;
        }
      }
    }
    boolean[] required = CandidateQuery.required(stems, df, budget);
    SimScorer[] scorers = new SimScorer[size];
    float least = Float.POSITIVE_INFINITY;
    double most = 0;
    for (int i = 0; i < size; i++) {
      if (terms[i] != null) {
        scorers[i] = scorer(terms[i]);
        least = Math.min(least, scorers[i].score(1f, postings.greatestNorm()));
        most += scorers[i].score(terms[i].maxFreq(), postings.leastNorm());
      }
    }
    if (least == Float.POSITIVE_INFINITY) {
      return new ScoreDoc[0];
    }
    if (!(least > 0 && most < EXACT_SUMS * Math.ulp(least))) {
      return null;
    }
    Scratch s = scratch.get();
    s.next();
    for (int i = 0; i < size; i++) {
      if (terms[i] != null && (required == null || required[i])) {
        s.addRequired(terms[i], scorers[i], postings);
      }
    }
    if (required != null) {
      for (int i = 0; i < size; i++) {
        if (terms[i] != null && !required[i]) {
          s.addOptional(terms[i], scorers[i], postings);
        }
      }
    }
    return s.top(n);
  }

  private SimScorer scorer(HeapPostings.Postings term) {
    int df = term.docFreq();
    SimScorer known = byDocFreq.get(df);
    if (known == null) {
      // BM25 reads only the document frequency of a term's statistics (and the collection's)
      known = similarity.scorer(1f, collection, new TermStatistics(new BytesRef(), df, Math.max(df, term.totalTermFreq())));
      byDocFreq.compareAndSet(df, null, known);
    }
    return known;
  }

  /** One thread's accumulators, reused from query to query (a round number marks what is current). */
  private static final class Scratch {
    private final double[] required;
    private final double[] optional;
    private final int[] seen;
    private final int[] seenOptional;
    private final int[] touched;
    private int count;
    private int round;

    Scratch(int maxDoc) {
      required = new double[maxDoc];
      optional = new double[maxDoc];
      seen = new int[maxDoc];
      seenOptional = new int[maxDoc];
      touched = new int[maxDoc];
    }

    void next() {
      round++;
      count = 0;
    }

    /** Adds a term that brings in documents (every term of a plain disjunction). */
    void addRequired(HeapPostings.Postings term, SimScorer scorer, HeapPostings postings) {
      int[] docs = term.docs();
      int[] freqs = term.freqs();
      for (int j = 0; j < docs.length; j++) {
        int d = docs[j];
        float score = scorer.score(freqs[j], postings.norm(d));
        if (seen[d] != round) {
          seen[d] = round;
          required[d] = score;
          touched[count++] = d;
        } else {
          required[d] += score;
        }
      }
    }

    /** Adds a term that only ranks the documents the required terms brought in. */
    void addOptional(HeapPostings.Postings term, SimScorer scorer, HeapPostings postings) {
      int[] docs = term.docs();
      int[] freqs = term.freqs();
      for (int j = 0; j < docs.length; j++) {
        int d = docs[j];
        if (seen[d] != round) {
          continue;
        }
        float score = scorer.score(freqs[j], postings.norm(d));
        if (seenOptional[d] != round) {
          seenOptional[d] = round;
          optional[d] = score;
        } else {
          optional[d] += score;
        }
      }
    }

    /** The best n of the documents brought in: score descending, then document number ascending. */
    ScoreDoc[] top(int n) {
      if (n <= 0) {
        return new ScoreDoc[0];
      }
      int[] docs = new int[Math.min(n, count)];
      float[] scores = new float[docs.length];
      int size = 0;
      for (int t = 0; t < count; t++) {
        int d = touched[t];
        float score = seenOptional[d] == round ? (float) required[d] + (float) optional[d] : (float) required[d];
        if (size == docs.length && !better(score, d, scores[size - 1], docs[size - 1])) {
          continue;
        }
        int at = size == docs.length ? size - 1 : size++;
        while (at > 0 && better(score, d, scores[at - 1], docs[at - 1])) {
          docs[at] = docs[at - 1];
          scores[at] = scores[at - 1];
          at--;
        }
        docs[at] = d;
        scores[at] = score;
      }
      ScoreDoc[] out = new ScoreDoc[size];
      for (int i = 0; i < size; i++) {
        out[i] = new ScoreDoc(docs[i], scores[i]);
      }
      return out;
    }

    private static boolean better(float score, int doc, float thanScore, int thanDoc) {
      return score > thanScore || (score == thanScore && doc < thanDoc);
    }
  }
}
