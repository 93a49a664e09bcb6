package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * An index of claims (document number = position in the list given) that retrieves each claim's
 * BM25 nearest neighbours with {@link CandidateQuery}, in one of two ways that give the same
 * neighbours in the same order with the same scores, to the bit.
 *
 * <p>Below {@link #ON_DISK_FROM} claims, {@link HeapPostings} and {@link HeapCandidates}: postings
 * in plain arrays, every query scored by Lucene's own BM25 with Lucene's statistics and summed as
 * Lucene sums. On the 5 seed articles (about 290 claims) a quarter of the engine's CPU was Lucene's
 * retrieval: building an index (IndexWriter and a merge) and, per query, its machinery (term
 * dictionary seeks, input clones, scorer suppliers and bulk scorers) for posting lists of a few
 * documents. With the postings in the heap, {@code bin/bench stages} (5 alternated runs each, on a
 * shared 2-core machine) gave a median of 79 ms of cluster-stage CPU (calling thread and common pool)
 * against 123 ms with Lucene, and a scan of 1,000 generated articles took 10.3 and 10.9 s of user CPU
 * against 14.2 and 13.1 s, with byte-identical reports. A query whose sums cannot be shown to be
 * Lucene's (see {@link HeapCandidates}) is asked of a Lucene index of the same texts in the heap,
 * built on the first such query (none on the seeds or on 1,000 generated articles); for it the texts
 * are kept until {@link #close()}.
 *
 * <p>From {@link #ON_DISK_FROM} claims on, {@link LuceneCandidates} in a temporary folder, deleted
 * on {@link #close()}: memory-mapped, it sits in the operating system's page cache rather than the
 * heap, where it would grow with the corpus next to the claims and profiles (and on long posting
 * lists Lucene's block-max pruning skips documents the heap's exhaustive sums would read; the two
 * were not compared at that size).
 *
 * <p>Searches may run on several threads at once; close it once, after the last search.
 */
final class CandidateIndex implements AutoCloseable {
  /** At most this many distinct stems of a claim go into its query, rarest first. */
  static final int MAX_QUERY_TERMS = 24;

  /**
   * From this many claims on (about 7,000 generated articles), the index is written to a temporary
   * folder instead of the heap, where it would grow with the corpus next to the claims and profiles.
   */
  static final int ON_DISK_FROM = 50_000;

  private final ClaimAnalyzer analyzer;
  private final HeapCandidates inHeap;
  /** The texts of a heap index, for its Lucene fallback; null on disk. */
  private final String[] texts;
  private final Object lock = new Object();
  private volatile LuceneCandidates lucene;
  private boolean closed;

  CandidateIndex(List<ClaimProfile> profiles, ClaimAnalyzer analyzer) {
    this(profiles, analyzer, ON_DISK_FROM);
  }

  /** An index that goes to disk from {@code onDiskFrom} claims on. */
  CandidateIndex(List<ClaimProfile> profiles, ClaimAnalyzer analyzer, int onDiskFrom) {
    this(analyzer, profiles.stream().map(ClaimProfile::indexText).toList(), onDiskFrom);
  }

  /**
   * An index of the claims' index texts ({@link ClaimProfile#indexText}), document i for claim i,
   * on disk from {@link #ON_DISK_FROM} texts on.
   */
  CandidateIndex(ClaimAnalyzer analyzer, List<String> indexTexts) {
    this(analyzer, indexTexts, ON_DISK_FROM);
  }

  private CandidateIndex(ClaimAnalyzer analyzer, List<String> indexTexts, int onDiskFrom) {
    this.analyzer = analyzer;
    if (indexTexts.size() >= onDiskFrom) {
      inHeap = null;
      texts = null;
      lucene = new LuceneCandidates(analyzer, indexTexts, true);
    } else {
      texts = indexTexts.toArray(String[]::new);
      BM25Similarity bm25 = new BM25Similarity();
      inHeap = new HeapCandidates(new HeapPostings(analyzer, LuceneCandidates.FIELD, Arrays.asList(texts), bm25), bm25);
      lucene = null;
    }
  }

  /** Whether the index lives in a temporary folder rather than the heap. */
  boolean onDisk() {
    return inHeap == null;
  }

  /** The document numbers of up to {@code k} other claims closest to claim {@code self}, best first. */
  List<Integer> nearest(int self, ClaimProfile profile, TermWeights idf, int k) {
    return nearestIgnoring(self, profile, idf, k, Set.of());
  }

  /**
   * As {@link #nearest}, with some stems left out of the query: the claim's subject, so that claims
   * naming the same actor otherwise ("the Pentagon" for "Defense Secretary Pete Hegseth") are found.
   */
  List<Integer> nearestIgnoring(int self, ClaimProfile profile, TermWeights idf, int k, Set<String> ignored) {
    List<String> stems = new ArrayList<>(profile.stems());
    stems.removeAll(ignored);
    stems.sort((x, y) -> {
      int c = Double.compare(idf.of(y), idf.of(x));
      return c != 0 ? c : x.compareTo(y);
    });
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc d : top(stems, k + 1, CandidateQuery.POSTINGS_BUDGET)) {
      if (d.doc != self && out.size() < k) {
        out.add(d.doc);
      }
    }
    return out;
  }

  /** The {@code n} best documents for these stems' query, best first, with their scores. */
  ScoreDoc[] top(List<String> rarestFirst, int n, int budget) {
    if (inHeap != null) {
      ScoreDoc[] exact = inHeap.top(rarestFirst, n, budget);
      if (exact != null) {
        return exact;
      }
    }
    return lucene().top(rarestFirst, n, budget);
  }

  /** The Lucene index: the one on disk, or the heap's fallback, built on first use. */
  private LuceneCandidates lucene() {
    LuceneCandidates known = lucene;
    if (known == null) {
      synchronized (lock) {
        if (closed) {
          throw new IllegalStateException("the claim index is closed");
        }
        known = lucene;
        if (known == null) {
          known = new LuceneCandidates(analyzer, Arrays.asList(texts), false);
          lucene = known;
        }
      }
    }
    return known;
  }

  /** Closes the Lucene index, if any, and deletes its temporary folder, if any. */
  @Override
  public void close() {
    LuceneCandidates built;
    synchronized (lock) {
      closed = true;
      built = lucene;
    }
    if (built != null) {
      built.close();
    }
  }
}
