package org.corroborate.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.bench.ScaleBenchmark;
import org.corroborate.bench.gen.CorpusGenerator;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Claim;
import org.corroborate.model.Corpus;

/**
 * Inputs of the JMH benchmarks: the seed articles ({@code -Dbench.seeds=DIR}, default
 * {@code seeds}) and a generated corpus ({@code -Dbench.generated=N} articles, default
 * {@value #DEFAULT_GENERATED}, cached under {@code bench/target/corpora}). Thread safe (stateless).
 */
final class BenchData {
  /** Articles in the generated corpus the cluster and sources benchmarks use. */
  static final int DEFAULT_GENERATED = 1000;

  private BenchData() {}

  static Corpus seeds() {
    try {
      return new CorpusReader().read(Path.of(System.getProperty("bench.seeds", "seeds")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Corpus generated() {
    int n = Integer.getInteger("bench.generated", DEFAULT_GENERATED);
    try {
      Path dir = Path.of(System.getProperty("bench.corpora", "bench/target/corpora"));
      Files.createDirectories(dir);
      Path folder = ScaleBenchmark.corpusFolder(dir, n, CorpusGenerator.Settings.DEFAULT_SEED, System.err);
      return new CorpusReader().read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The claims of every article, extracted on one thread. */
  static List<Claim> claims(Corpus corpus) {
    ClaimExtractor extractor = new ClaimExtractor();
    return corpus.articles().stream().flatMap(a -> extractor.extract(a).claims().stream()).toList();
  }
}
