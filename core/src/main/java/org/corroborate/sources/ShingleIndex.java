package org.corroborate.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Span;

/**
 * An inverted index from word shingles to the articles that hold them, to find where a claim's
 * passage stands near-identical in another article without comparing every pair of articles.
 *
 * <p>Candidates for a passage are the articles that share at least {@link #CANDIDATE_SHARE} of its
 * shingles, found through the postings of its own shingles only: the work per passage grows with
 * the postings it touches, never with the number of articles. Shingles found in more than
 * {@link #MAX_DOCUMENT_FREQUENCY} articles are page furniture and are not used to find candidates.
 * Postings keep 40 bits of each hash (a rare collision only adds a candidate); verification compares
 * the full 64-bit hashes.
 *
 * <p>Not thread safe: it counts its own work ({@link #stats()}).
 */
final class ShingleIndex {
  /** A passage needs this many shingles (WORDS + 2 words) to be judged: shorter ones are common phrasing. */
  static final int MIN_PASSAGE_SHINGLES = 3;
  /** Share of a passage's shingles another article must hold to be verified as a candidate. */
  static final double CANDIDATE_SHARE = 0.3;
  /** Articles verified per passage at most, those sharing the most shingles first. */
  static final int MAX_CANDIDATES = 64;
  /** Shingles in more articles than this are boilerplate and find no candidates. */
  static final int MAX_DOCUMENT_FREQUENCY = 1000;
  /**
   * A shared run of at least this many words, found in no third article outside the two passages'
   * copy families, is an unusual phrasing.
   */
  static final int RARE_RUN_WORDS = 10;
  /** Share of a passage's shingles that makes a third article a near-identical copy of it. */
  static final double COPY_FAMILY_SHARE = 0.6;

  private static final int ARTICLE_BITS = 24;
  private static final long ARTICLE_MASK = (1L << ARTICLE_BITS) - 1;

  /** How many articles' sorted shingles {@link #sortedShingles} keeps (the least recently used go). */
  static final int SORTED_KEPT = 512;

  private final ArticleShingles[] articles;
  private final Map<Integer, long[]> sortedByArticle = new LinkedHashMap<>(2 * SORTED_KEPT, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, long[]> eldest) {
      return size() > SORTED_KEPT;
    }
  };
  /** (40-bit shingle prefix | article index) with the sign bit flipped, sorted. */
  private final long[] postings;
  /** buckets[b]: the first posting whose key's top {@code bucketBits} bits are at least b. */
  private final int[] buckets;
  private final int bucketBits;
  private long passages;
  private long candidatePairs;
  private long postingsRead;
  private final Set<Long> articlePairs = new HashSet<>();
  private final boolean countPairs;
  /** Per article: the {@link #stamp} of the last run it was a third article of, and its hit counts then. */
  private final int[] seen;
  private final int[] ownHits;
  private final int[] otherHits;
  /** The third articles of the run being judged (each article at most once, so one slot per article). */
  private final int[] thirdsBuffer;
  private int stamp;
  /** The passage whose shares {@link #ownShares} holds, for the articles stamped {@link #shareStamp}. */
  private long[] sharePassage;
  private int shareStamp;
  private final int[] ownShareStamp;
  private final double[] ownShares;

  ShingleIndex(List<String> texts) {
    this(texts, true);
  }

  /** @param countPairs whether {@link #stats} counts the distinct article pairs compared (a set of them is kept) */
  ShingleIndex(List<String> texts, boolean countPairs) {
    this.countPairs = countPairs;
    if (texts.size() > ARTICLE_MASK) {
      throw new IllegalArgumentException("too many articles to index: " + texts.size());
    }
    articles = new ArticleShingles[texts.size()];
    seen = new int[texts.size()];
    ownHits = new int[texts.size()];
    otherHits = new int[texts.size()];
    thirdsBuffer = new int[texts.size()];
    ownShareStamp = new int[texts.size()];
    ownShares = new double[texts.size()];
    long total = 0;
    for (int i = 0; i < articles.length; i++) {
      articles[i] = ArticleShingles.of(texts.get(i));
      total += articles[i].shingles.length;
    }
    long[] all = new long[Math.toIntExact(total)];
    int n = 0;
    for (int i = 0; i < articles.length; i++) {
      for (long h : articles[i].shingles) {
        all[n++] = ((h & ~ARTICLE_MASK) | i) ^ Long.MIN_VALUE; // signed order of stored = unsigned order of key
      }
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    postings = Arrays.copyOf(all, distinct);
    bucketBits = Math.max(4, Math.min(22, 64 - Long.numberOfLeadingZeros(Math.max(1, distinct)) - 1));
    buckets = new int[(1 << bucketBits) + 1];
    int k = 0;
    for (int b = 0; b < buckets.length; b++) {
      while (k < distinct && (postings[k] ^ Long.MIN_VALUE) >>> (64 - bucketBits) < b) {
        k++;
      }
      buckets[b] = k;
    }
  }

  ArticleShingles article(int index) {
    return articles[index];
  }

  /** In how many articles the shingle stands. */
  int documentFrequency(long shingle) {
    long prefix = shingle & ~ARTICLE_MASK;
    return firstAbove(prefix | ARTICLE_MASK) - firstAtOrAbove(prefix);
  }

  /**
   * The articles other than its own where the passage (the claim's spans in article {@code own})
   * stands near-identical, best first; empty when the passage is too short to judge.
   */
  List<PassageMatch> matches(int own, List<Span> spans) {
    ArticleShingles a = articles[own];
    int[] positions = positions(a, spans);
    long[] hashes = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      hashes[i] = a.shingles[positions[i]];
    }
    long[] distinct = sortedDistinct(hashes);
    if (distinct.length < MIN_PASSAGE_SHINGLES) {
      return List.of();
    }
    passages++;
    // Every other article holding one of the passage's shingles, once per shingle; sorted, a run of
    // one article's index is the number of shingles it shares.
    int[] others = new int[16];
    int count = 0;
    for (long h : distinct) {
      long prefix = h & ~ARTICLE_MASK;
      int from = firstAtOrAbove(prefix);
      int to = firstAbove(prefix | ARTICLE_MASK);
      if (to - from > MAX_DOCUMENT_FREQUENCY) {
        continue;
      }
      postingsRead += to - from;
      for (int k = from; k < to; k++) {
        int other = (int) (postings[k] & ARTICLE_MASK);
        if (other != own) {
          if (count == others.length) {
            others = Arrays.copyOf(others, count * 2);
          }
          others[count++] = other;
        }
      }
    }
    Arrays.sort(others, 0, count);
    int needed = Math.max(2, (int) Math.ceil(CANDIDATE_SHARE * distinct.length));
    List<int[]> shared = new ArrayList<>(); // {article, shingles shared}
    for (int i = 0; i < count; ) {
      int j = i;
      while (j < count && others[j] == others[i]) {
        j++;
      }
      if (j - i >= needed) {
        shared.add(new int[] {others[i], j - i});
      }
      i = j;
    }
    shared.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
    List<Integer> candidates = shared.stream().limit(MAX_CANDIDATES).map(x -> x[0]).toList();
    List<PassageMatch> out = new ArrayList<>();
    for (int other : candidates) {
      candidatePairs++;
      if (countPairs) {
        articlePairs.add(Math.min(own, other) * (long) articles.length + Math.max(own, other));
      }
      PassageMatch m = verify(own, positions, distinct, other);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The share of article {@code a}'s distinct shingles that stand in article {@code b}. */
  double articleContainment(int a, int b) {
    return share(b, sortedDistinct(articles[a].shingles.clone()));
  }

  CopyStats stats() {
    return new CopyStats(articles.length, postings.length, passages, postingsRead, candidatePairs, articlePairs.size());
  }

  private PassageMatch verify(int own, int[] positions, long[] distinct, int other) {
    ArticleShingles a = articles[own];
    ArticleShingles b = articles[other];
    boolean[] hit = new boolean[distinct.length];
    int[] matched = new int[b.shingles.length];
    int matchedCount = 0;
    int run = 0;
    int bestRun = 0;
    int bestRunEnd = -1;
    for (int q = 0; q < b.shingles.length; q++) {
      int k = Arrays.binarySearch(distinct, b.shingles[q]);
      if (k >= 0) {
        hit[k] = true;
        matched[matchedCount++] = q;
        run++;
        if (run > bestRun) {
          bestRun = run;
          bestRunEnd = q;
        }
      } else {
        run = 0;
      }
    }
    int hits = 0;
    for (boolean h : hit) {
      hits += h ? 1 : 0;
    }
    if (hits == 0) {
      return null;
    }
    // The densest stretch of the other article: matched shingles no more than WORDS apart.
    int bestFrom = 0;
    int bestTo = 0;
    for (int i = 0; i < matchedCount; ) {
      int j = i + 1;
      while (j < matchedCount && matched[j] - matched[j - 1] <= ArticleShingles.WORDS) {
        j++;
      }
      if (j - i > bestTo - bestFrom) {
        bestFrom = i;
        bestTo = j;
      }
      i = j;
    }
    int otherStart = b.starts[matched[bestFrom]];
    int otherEnd = b.shingleEnd(matched[bestTo - 1]);
    // Characters of the passage that shared shingles cover.
    int sharedChars = 0;
    int ownStart = Integer.MAX_VALUE;
    int ownEnd = -1;
    int coveredTo = -1;
    for (int p : positions) {
      int k = Arrays.binarySearch(distinct, a.shingles[p]);
      if (k < 0 || !hit[k]) {
        continue;
      }
      int s = a.starts[p];
      int e = a.shingleEnd(p);
      sharedChars += Math.max(0, e - Math.max(s, coveredTo));
      coveredTo = Math.max(coveredTo, e);
      ownStart = Math.min(ownStart, s);
      ownEnd = Math.max(ownEnd, e);
    }
    boolean rare = bestRun + ArticleShingles.WORDS - 1 >= RARE_RUN_WORDS
        && unusual(own, distinct, other, Arrays.copyOfRange(b.shingles, matched[bestFrom], matched[bestTo - 1] + 1),
            Arrays.copyOfRange(b.shingles, bestRunEnd - bestRun + 1, bestRunEnd + 1));
    return new PassageMatch(other, hits / (double) distinct.length, sharedChars, ownStart, ownEnd, otherStart, otherEnd,
        bestRun + ArticleShingles.WORDS - 1, rare);
  }

  /**
   * Whether a shared run is an unusual phrasing: no third article holds it, except articles that are
   * near-identical copies of one of the two passages (one copy family shares one phrasing), and it
   * is not boilerplate.
   *
   * <p>A third article's share of a passage is first bounded from above through the postings of the
   * passage's shingles (a 40-bit prefix may add a hit, never lose one; a shingle in too many articles
   * to walk counts as a hit for all): a third below the bar on both passages settles the answer
   * without reading the third article. Only thirds the bound cannot rule out are read in full. The
   * work per run grows with the postings of two passages, not with the length of every third article.
   */
  private boolean unusual(int own, long[] ownPassage, int other, long[] otherPassage, long[] run) {
    int[] ranges = new int[2 * run.length];
    for (int i = 0; i < run.length; i++) {
      long prefix = run[i] & ~ARTICLE_MASK;
      ranges[2 * i] = firstAtOrAbove(prefix);
      ranges[2 * i + 1] = firstAbove(prefix | ARTICLE_MASK);
      if (ranges[2 * i + 1] - ranges[2 * i] > MAX_DOCUMENT_FREQUENCY) {
        return false;
      }
    }
    stamp++;
    int[] thirds = thirdsBuffer;
    int count = 0;
    for (int i = 0; i < run.length; i++) {
      for (int k = ranges[2 * i]; k < ranges[2 * i + 1]; k++) {
        int t = (int) (postings[k] & ARTICLE_MASK);
        if (t != own && t != other && seen[t] != stamp) {
          seen[t] = stamp;
          ownHits[t] = 0;
          otherHits[t] = 0;
          thirds[count++] = t;
        }
      }
    }
    if (count == 0) {
      return true;
    }
    long[] otherSorted = sortedDistinct(otherPassage.clone());
    int ownUnwalked = countHits(ownPassage, ownHits);
    int otherUnwalked = countHits(otherSorted, otherHits);
    for (int i = 0; i < count; i++) {
      int t = thirds[i];
      boolean ownBelow = below(ownHits[t] + ownUnwalked, ownPassage.length);
      boolean otherBelow = below(otherHits[t] + otherUnwalked, otherSorted.length);
      if (ownBelow && otherBelow) {
        return false;
      }
    }
    for (int i = 0; i < count; i++) {
      int t = thirds[i];
      boolean ownBelow = below(ownHits[t] + ownUnwalked, ownPassage.length) || ownShare(t, ownPassage) < COPY_FAMILY_SHARE;
      if (ownBelow && (below(otherHits[t] + otherUnwalked, otherSorted.length)
          || share(t, otherSorted) < COPY_FAMILY_SHARE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #share} of the passage being matched, kept per article for the passage: the candidates
   * of one passage mostly meet the same third articles (its copies).
   */
  private double ownShare(int article, long[] passage) {
    if (passage != sharePassage) {
      sharePassage = passage;
      shareStamp++;
    }
    if (ownShareStamp[article] != shareStamp) {
      ownShareStamp[article] = shareStamp;
      ownShares[article] = share(article, passage);
    }
    return ownShares[article];
  }

  /**
   * Adds, for each third article marked by {@link #stamp}, the passage shingles whose postings hold
   * it; returns how many shingles were in too many articles to walk (a possible hit for every third).
   */
  private int countHits(long[] sortedDistinct, int[] hits) {
    int unwalked = 0;
    for (long h : sortedDistinct) {
      long prefix = h & ~ARTICLE_MASK;
      int from = firstAtOrAbove(prefix);
      int to = firstAbove(prefix | ARTICLE_MASK);
      if (to - from > MAX_DOCUMENT_FREQUENCY) {
        unwalked++;
        continue;
      }
      for (int k = from; k < to; k++) {
        int t = (int) (postings[k] & ARTICLE_MASK);
        if (seen[t] == stamp) {
          hits[t]++;
        }
      }
    }
    return unwalked;
  }

  /** Whether at most {@code hits} of {@code total} shingles is surely below the copy-family share. */
  private static boolean below(int hits, int total) {
    return total == 0 || hits / (double) total < COPY_FAMILY_SHARE;
  }

  /** The share of the distinct sorted shingles that stand in the article. */
  private double share(int article, long[] sortedDistinct) {
    if (sortedDistinct.length == 0) {
      return 0;
    }
    long[] own = sortedShingles(article);
    int hits = 0;
    for (long h : sortedDistinct) {
      if (Arrays.binarySearch(own, h) >= 0) {
        hits++;
      }
    }
    return hits / (double) sortedDistinct.length;
  }

  /**
   * The article's distinct shingles, sorted, kept for the {@link #SORTED_KEPT} articles used last: a
   * share is then a few binary searches per passage shingle rather than one per article shingle, and
   * the third articles of one passage are mostly the same copies, asked about again and again.
   */
  private long[] sortedShingles(int article) {
    long[] sorted = sortedByArticle.get(article);
    if (sorted == null) {
      sorted = sortedDistinct(articles[article].shingles.clone());
      sortedByArticle.put(article, sorted);
    }
    return sorted;
  }

  /** Shingle positions of the article that lie wholly inside one of the spans, in order. */
  private static int[] positions(ArticleShingles a, List<Span> spans) {
    int[] out = new int[0];
    int n = 0;
    for (Span span : spans) {
      int first = a.firstTokenAtOrAfter(span.start());
      int last = first;
      while (last < a.shingles.length && a.shingleEnd(last) <= span.end()) {
        last++;
      }
      out = Arrays.copyOf(out, n + (last - first));
      for (int p = first; p < last; p++) {
        out[n++] = p;
      }
    }
    if (spans.size() > 1) {
      Arrays.sort(out);
      int d = 0;
      for (int i = 0; i < out.length; i++) {
        if (i == 0 || out[i] != out[i - 1]) {
          out[d++] = out[i];
        }
      }
      out = Arrays.copyOf(out, d);
    }
    return out;
  }

  /** The values sorted with duplicates dropped (sorts the array given). */
  private static long[] sortedDistinct(long[] values) {
    Arrays.sort(values);
    int d = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[d++] = values[i];
      }
    }
    return Arrays.copyOf(values, d);
  }

  /** Index of the first posting whose key is at or above the key, keys compared unsigned. */
  private int firstAtOrAbove(long key) {
    return key == 0 ? 0 : firstAbove(key - 1);
  }

  /** Index of the first posting whose key is above the key, keys compared unsigned. */
  private int firstAbove(long key) {
    int b = (int) (key >>> (64 - bucketBits));
    long stored = key ^ Long.MIN_VALUE;
    int lo = buckets[b];
    int hi = buckets[b + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (postings[mid] <= stored) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

}
