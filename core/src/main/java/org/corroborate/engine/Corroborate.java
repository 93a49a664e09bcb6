package org.corroborate.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.contradict.ContradictionFinder;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Corpus;
import org.corroborate.model.Report;
import org.corroborate.report.ReportBuilder;
import org.corroborate.sources.SourceCounter;

/**
 * The engine's entry point: the pipeline as a short list of stages. Thread safe: every call builds
 * its own stage instances.
 */
public final class Corroborate {
  private final EngineOptions options;

  public Corroborate() {
    this(EngineOptions.DEFAULTS);
  }

  public Corroborate(EngineOptions options) {
    this.options = options;
  }

  /** Reads a folder and runs every stage on it. */
  public Report scan(Path folder) throws IOException {
    options.progress().stage("ingest");
    Corpus corpus = new CorpusReader(options.ingest()).read(folder);
    options.progress().articlesRead(corpus.articles().size());
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return analyze(name == null ? folder.toString() : name.toString(), corpus);
  }

  /** Runs every stage after ingest on an already-read corpus. */
  public Report analyze(String corpusName, Corpus corpus) {
    ProgressListener progress = options.progress();
    progress.stage("claims");
    return analyzeExtracted(corpusName, corpus, ParallelExtraction.extract(corpus.articles(), options.threads(), progress));
  }

  /** Runs the stages after claim extraction, on claims extracted earlier (for example, from an index). */
  public Report analyzeExtracted(String corpusName, Corpus corpus, List<ArticleClaims> extracted) {
    ProgressListener progress = options.progress();
    List<Claim> claims = extracted.stream().flatMap(a -> a.claims().stream()).toList();
    progress.stage("cluster");
    Clustering clustering = new ClaimClusterer().cluster(claims);
    progress.clustered(clustering.clusters().size());
    progress.stage("sources");
    List<ClusterSources> sources = new SourceCounter().count(corpus, claims, clustering);
    progress.stage("contradictions");
    List<Contradiction> contradictions = new ContradictionFinder().find(claims, clustering);
    progress.stage("report");
    Report report = new ReportBuilder().build(corpusName, corpus, extracted, clustering, sources, contradictions);
    progress.finished();
    return report;
  }
}
