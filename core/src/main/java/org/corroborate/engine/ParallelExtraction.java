package org.corroborate.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Corpus;

/**
 * Runs the claims stage over articles on several threads, one extractor per thread (extractors are
 * not thread safe), and returns the results in the articles' order. Reports each finished article
 * to a {@link ProgressListener}, one call at a time.
 *
 * <p>Streaming: from a {@link CorpusReader.Listing}, the worker threads also read the files, and at
 * most {@link #IN_FLIGHT_PER_THREAD} files per thread are read ahead of the one being gathered, so
 * the raw files and parser state of the whole corpus are never held at once.
 */
final class ParallelExtraction {
  /** Files read or being extracted ahead of the next one gathered, per worker thread. */
  static final int IN_FLIGHT_PER_THREAD = 4;

  private ParallelExtraction() {}

  /** The corpus gathered from a listing and the claims of each of its articles, in order. */
  record Extracted(Corpus corpus, List<ArticleClaims> claims) {}

  static List<ArticleClaims> extract(List<Article> articles, int threads) {
    return extract(articles, threads, ProgressListener.NONE);
  }

  static List<ArticleClaims> extract(List<Article> articles, int threads, ProgressListener progress) {
    int n = Math.max(1, Math.min(threads, articles.size()));
    Tally tally = new Tally(progress, articles.size());
    if (n == 1) {
      ClaimExtractor extractor = new ClaimExtractor();
      return articles.stream().map(a -> tally.done(extractor.extract(a))).toList();
    }
    ThreadLocal<ClaimExtractor> extractors = ThreadLocal.withInitial(ClaimExtractor::new);
    ExecutorService pool = pool(n);
    try {
      List<Future<ArticleClaims>> futures = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        futures.add(null);
      }
      for (int i : longestFirst(articles)) {
        Article a = articles.get(i);
        futures.set(i, pool.submit(() -> tally.done(extractors.get().extract(a))));
      }
      List<ArticleClaims> out = new ArrayList<>(articles.size());
      for (Future<ArticleClaims> f : futures) {
        out.add(get(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads the listed files and extracts their claims as they are read, on {@code threads} threads,
   * gathering the articles in listing order into the corpus {@link CorpusReader#read} would give.
   */
  static Extracted extract(CorpusReader.Listing listing, int threads, ProgressListener progress) {
    int files = listing.size();
    int n = Math.max(1, Math.min(threads, files));
    Tally tally = new Tally(progress, files);
    CorpusReader.Gathering gathering = listing.gather();
    List<ArticleClaims> out = new ArrayList<>();
    if (n == 1) {
      ClaimExtractor extractor = new ClaimExtractor();
      for (int i = 0; i < files; i++) {
        CorpusReader.FileRead read = listing.read(i);
        if (!gathering.add(read)) {
          break;
        }
        Optional<ArticleClaims> claims = read.article().map(extractor::extract);
        claims.ifPresent(out::add);
        tally.file(claims.map(c -> c.claims().size()).orElse(0));
      }
      return new Extracted(gathering.corpus(), out);
    }
    record Done(CorpusReader.FileRead read, Optional<ArticleClaims> claims) {}
    ThreadLocal<ClaimExtractor> extractors = ThreadLocal.withInitial(ClaimExtractor::new);
    ExecutorService pool = pool(n);
    try {
      Deque<Future<Done>> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < files; i++) {
        while (next < files && inFlight.size() < n * IN_FLIGHT_PER_THREAD) {
          int file = next++;
          inFlight.add(pool.submit(() -> {
            CorpusReader.FileRead read = listing.read(file);
            return new Done(read, read.article().map(a -> extractors.get().extract(a)));
          }));
        }
        Done done = get(inFlight.remove());
        if (!gathering.add(done.read())) {
          break;
        }
        done.claims().ifPresent(out::add);
        tally.file(done.claims().map(c -> c.claims().size()).orElse(0));
      }
      return new Extracted(gathering.corpus(), out);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The articles' positions, longest text first (ties in list order): an article is one task, and
   * the stage ends when its last task does, so the long ones go first and the short ones fill the
   * gaps (on the five seeds, 3.7 to 11.2 thousand characters on two threads, in list order the last
   * article starts on the thread that had the longest one). The results are gathered in list order
   * whatever the order of work.
   */
  static int[] longestFirst(List<Article> articles) {
    return IntStream.range(0, articles.size()).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> -articles.get(i).text().length()).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  private static ExecutorService pool(int n) {
    return Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "corroborate-claims");
      t.setDaemon(true);
      return t;
    });
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting claims", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }

  /** Counts finished articles and claims and tells the listener, one call at a time. */
  private static final class Tally {
    private final ProgressListener listener;
    private final int total;
    private int articles;
    private long claims;

    Tally(ProgressListener listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    synchronized ArticleClaims done(ArticleClaims result) {
      file(result.claims().size());
      return result;
    }

    /** One more file is done, with {@code claimCount} claims (0 for a file that gave no article). */
    synchronized void file(int claimCount) {
      articles++;
      claims += claimCount;
      if (listener != ProgressListener.NONE) {
        listener.claimsExtracted(articles, total, claims);
      }
    }
  }
}
