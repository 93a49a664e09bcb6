package org.corroborate.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.sources.SourceCounter;
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

/**
 * The stages after claims on a generated corpus ({@code -Dbench.generated=N} articles, default
 * 1000): {@code cluster} is {@code ClaimClusterer.cluster} (index, candidate retrieval, pair scoring
 * and linking, together until the stage exposes them apart); {@code sources} is
 * {@code SourceCounter.count} (copy detection and origin counting) on a clustering made once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StagesBenchmark {
  private Corpus corpus;
  private List<Claim> claims;
  private Clustering clustering;

  @Setup
  public void setUp() {
    corpus = BenchData.generated();
    claims = BenchData.claims(corpus);
    clustering = new ClaimClusterer().cluster(claims);
  }

  @Benchmark
  public Clustering cluster() {
    return new ClaimClusterer().cluster(claims);
  }

  @Benchmark
  public List<ClusterSources> sources() {
    return new SourceCounter().count(corpus, claims, clustering);
  }
}
