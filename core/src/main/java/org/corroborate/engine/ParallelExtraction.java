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
 * not thread safe), and returns the results in the articles' order.
 */
final class ParallelExtraction {
  private ParallelExtraction() {}

  static List<ArticleClaims> extract(List<Article> articles, int threads) {
    int n = Math.max(1, Math.min(threads, articles.size()));
    if (n == 1) {
      ClaimExtractor extractor = new ClaimExtractor();
      return articles.stream().map(extractor::extract).toList();
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
        futures.add(pool.submit(() -> extractors.get().extract(a)));
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
}
