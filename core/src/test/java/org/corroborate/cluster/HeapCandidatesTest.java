package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-heap postings answer every candidate query as Lucene does: the same documents in the same
 * order with the same scores to the bit, on the seeds' claims (through {@link CandidateIndex#nearest}
 * and {@link CandidateIndex#nearestIgnoring} against an index on disk, which is Lucene's, and query by
 * query with several postings budgets, so that the budget's nested shape is scored too) and on a
 * larger corpus of texts drawn from the seeds' words, where common words pass the real budget.
 */
class HeapCandidatesTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  private static List<Claim> claims;

  @BeforeAll
  static void readTheSeeds() throws IOException {
    claims = new ArrayList<>();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Article a : new CorpusReader().read(SEEDS).articles()) {
      claims.addAll(extractor.extract(a).claims());
    }
    claims.sort(Comparator.comparing(Claim::id));
  }

  @Test
  void theSeedsNeighboursInTheHeapAreLucenesNeighbours() {
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      List<ClaimProfile> profiles = claims.stream().map(c -> ClaimProfile.of(c, analyzer)).toList();
      TermWeights idf = TermWeights.of(profiles);
      int actors = 0;
      try (CandidateIndex heap = new CandidateIndex(profiles, analyzer);
          CandidateIndex lucene = new CandidateIndex(profiles, analyzer, profiles.size())) {
        assertThat(heap.onDisk()).isFalse();
        assertThat(lucene.onDisk()).isTrue();
        for (int i = 0; i < profiles.size(); i++) {
          ClaimProfile p = profiles.get(i);
          assertThat(heap.nearest(i, p, idf, 20)).as("claim %d", i).isEqualTo(lucene.nearest(i, p, idf, 20));
          if (!p.actor().isEmpty()) {
            actors++;
            assertThat(heap.nearestIgnoring(i, p, idf, 10, p.actor())).as("claim %d", i)
                .isEqualTo(lucene.nearestIgnoring(i, p, idf, 10, p.actor()));
          }
        }
      }
      assertThat(profiles).hasSizeGreaterThan(200);
      assertThat(actors).isGreaterThan(20);
    }
  }

  @Test
  void theSeedsQueriesScoreToTheBitWithAnyBudget() {
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      List<ClaimProfile> profiles = claims.stream().map(c -> ClaimProfile.of(c, analyzer)).toList();
      TermWeights idf = TermWeights.of(profiles);
      List<String> texts = profiles.stream().map(ClaimProfile::indexText).toList();
      List<List<String>> queries = new ArrayList<>();
      for (ClaimProfile p : profiles) {
        queries.add(rarestFirst(p.stems(), idf, Set.of()));
        if (!p.actor().isEmpty()) {
          queries.add(rarestFirst(p.stems(), idf, p.actor()));
        }
      }
      int nested = 0;
      for (int budget : new int[] {CandidateQuery.POSTINGS_BUDGET, 64, 16, 4}) {
        nested += sameAsLucene(analyzer, texts, queries, budget, 21);
      }
      assertThat(nested).as("queries of the budget's nested shape").isGreaterThan(200);
    }
  }

  @Test
  void aLargerCorpusOfSeedWordsPastTheBudgetScoresToTheBit() {
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      List<String> words = new ArrayList<>();
      for (Claim c : claims) {
        for (String w : c.text().split("[^\\p{L}\\p{N}']+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      // texts of 3 to 40 words drawn as often as the seeds use them: common words in thousands of texts
      Random random = new Random(7);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 6_000; i++) {
        StringBuilder t = new StringBuilder();
        int n = 3 + random.nextInt(38);
        for (int w = 0; w < n; w++) {
          t.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        texts.add(t.toString());
      }
      BM25Similarity bm25 = new BM25Similarity();
      HeapPostings postings = new HeapPostings(analyzer, LuceneCandidates.FIELD, texts, bm25);
      List<List<String>> queries = new ArrayList<>();
      for (int i = 0; i < texts.size(); i += 7) {
        List<String> stems = new ArrayList<>(new LinkedHashSet<>(analyzer.stems(texts.get(i))));
        stems.sort(Comparator.<String>comparingInt(s -> postings.postings(s).docFreq()).thenComparing(s -> s));
        queries.add(stems);
      }
      int nested = sameAsLucene(analyzer, texts, queries, CandidateQuery.POSTINGS_BUDGET, 21);
      assertThat(nested).as("queries past the budget").isGreaterThan(100);
      sameAsLucene(analyzer, texts, queries, CandidateQuery.POSTINGS_BUDGET, 11);
    }
  }

  @Test
  void aQueryTheHeapCannotShowExactIsAskedOfALuceneIndexBuiltOnFirstUse() {
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      List<String> texts = claims.stream().map(c -> ClaimProfile.of(c, analyzer).indexText()).toList();
      BM25Similarity bm25 = new BM25Similarity();
      HeapCandidates heap = new HeapCandidates(new HeapPostings(analyzer, LuceneCandidates.FIELD, texts, bm25), bm25);
      // one term twice: Lucene merges the two clauses into one of another weight, which the heap does not copy
      List<String> twice = List.of("pentagon", "pentagon", "anthrop");
      assertThat(heap.top(twice, 21, CandidateQuery.POSTINGS_BUDGET)).isNull();
      try (CandidateIndex index = new CandidateIndex(analyzer, texts);
          LuceneCandidates lucene = new LuceneCandidates(analyzer, texts, false)) {
        ScoreDoc[] expected = lucene.top(twice, 21, CandidateQuery.POSTINGS_BUDGET);
        assertThat(expected).isNotEmpty();
        assertThat(render(index.top(twice, 21, CandidateQuery.POSTINGS_BUDGET))).isEqualTo(render(expected));
      }
    }
  }

  /** Asserts the heap's top {@code n} equal Lucene's for each query; the number of queries of the nested shape. */
  private static int sameAsLucene(ClaimAnalyzer analyzer, List<String> texts, List<List<String>> queries, int budget, int n) {
    BM25Similarity bm25 = new BM25Similarity();
    HeapCandidates heap = new HeapCandidates(new HeapPostings(analyzer, LuceneCandidates.FIELD, texts, bm25), bm25);
    HeapPostings postings = new HeapPostings(analyzer, LuceneCandidates.FIELD, texts, bm25);
    int nested = 0;
    try (LuceneCandidates lucene = new LuceneCandidates(analyzer, texts, false)) {
      for (List<String> q : queries) {
        ScoreDoc[] mine = heap.top(q, n, budget);
        ScoreDoc[] theirs = lucene.top(q, n, budget);
        assertThat(mine).as("an exact answer for %s", q).isNotNull();
        assertThat(render(mine)).as("budget %d, query %s", budget, q).isEqualTo(render(theirs));
        List<String> terms = CandidateQuery.terms(q);
        int[] df = terms.stream().mapToInt(s -> postings.postings(s) == null ? 0 : postings.postings(s).docFreq()).toArray();
        if (CandidateQuery.required(terms, df, budget) != null) {
          nested++;
        }
      }
    }
    return nested;
  }

  /** Documents with their scores' bits. */
  private static List<String> render(ScoreDoc[] hits) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : hits) {
      out.add(d.doc + ":" + Integer.toHexString(Float.floatToRawIntBits(d.score)));
    }
    return out;
  }

  private static List<String> rarestFirst(Set<String> stems, TermWeights idf, Set<String> ignored) {
    List<String> out = new ArrayList<>(stems);
    out.removeAll(ignored);
    out.sort((x, y) -> {
      int c = Double.compare(idf.of(y), idf.of(x));
      return c != 0 ? c : x.compareTo(y);
    });
    return out;
  }
}
