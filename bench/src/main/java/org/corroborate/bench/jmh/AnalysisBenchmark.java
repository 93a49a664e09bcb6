package org.corroborate.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.corroborate.model.Claim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lucene analysis of every claim of the seed articles with Lucene's stock {@link EnglishAnalyzer}
 * (standard tokenizer, lower case, stop words, Porter stemming): the per-claim cost of the cluster
 * stage's indexing and querying. When the cluster stage exposes its own analyzer, benchmark that one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AnalysisBenchmark {
  private List<Claim> claims;
  private Analyzer analyzer;

  @Setup
  public void setUp() {
    claims = BenchData.claims(BenchData.seeds());
    analyzer = new EnglishAnalyzer();
  }

  @TearDown
  public void tearDown() {
    analyzer.close();
  }

  @Benchmark
  public void analyzeClaims(Blackhole bh) {
    try {
      for (Claim c : claims) {
        try (TokenStream ts = analyzer.tokenStream("text", c.text())) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) bh.consume(term.length());
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
