package org.corroborate.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.bench.FloorTagger;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The claims stage against its floor, single thread, on the seed articles: {@code extract} is
 * {@code ClaimExtractor.extract} over every seed article; {@code tagOnly} is sentence detection,
 * tokenization and POS tagging alone over the same text. The claims issue's target: extract at most
 * 3x tagOnly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ClaimsBenchmark {
  private List<Article> articles;
  private ClaimExtractor extractor;
  private FloorTagger tagger;

  @Setup
  public void setUp() {
    articles = BenchData.seeds().articles();
    extractor = new ClaimExtractor();
    tagger = new FloorTagger();
  }

  @Benchmark
  public void extract(Blackhole bh) {
    for (Article a : articles) bh.consume(extractor.extract(a));
  }

  @Benchmark
  public void tagOnly(Blackhole bh) {
    for (Article a : articles) bh.consume(tagger.tag(a.text()));
  }
}
