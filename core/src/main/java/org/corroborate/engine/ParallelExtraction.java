package org.corroborate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;

/**
 * Runs the claims stage over articles on several threads, one extractor per thread (extractors are
 * not thread safe), and returns the results in the articles' order. Reports each finished article
 * to a {@link ProgressListener}, one call at a time.
 */
final class ParallelExtraction {
  private ParallelExtraction() {}

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
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "corroborate-claims");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ArticleClaims>> futures = new ArrayList<>(articles.size());
      for (Article a : articles) {
        futures.add(pool.submit(() -> tally.done(extractors.get().extract(a))));
      }
      List<ArticleClaims> out = new ArrayList<>(articles.size());
      for (Future<ArticleClaims> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting claims", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
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
      articles++;
      claims += result.claims().size();
      if (listener != ProgressListener.NONE) {
        listener.claimsExtracted(articles, total, claims);
      }
      return result;
    }
  }
}
