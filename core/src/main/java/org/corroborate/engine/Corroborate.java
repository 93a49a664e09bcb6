package org.corroborate.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.contradict.ContradictionFinder;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Corpus;
import org.corroborate.model.Report;
import org.corroborate.report.ReportBuilder;
import org.corroborate.sources.SourceCounter;

/** The engine's entry point: the pipeline as a short list of stages. */
public final class Corroborate {

  /** Reads a folder and runs every stage on it. */
  public Report scan(Path folder) throws IOException {
    Corpus corpus = new CorpusReader().read(folder);
    return analyze(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(), corpus);
  }

  /** Runs every stage after ingest on an already-read corpus. */
  public Report analyze(String corpusName, Corpus corpus) {
    return analyzeExtracted(corpusName, corpus, extractClaims(corpus.articles()));
  }

  /**
   * Runs the stages after claim extraction on claims already extracted from the corpus's articles
   * (one {@link ArticleClaims} per article, in the corpus's order), e.g. read back from an index.
   */
  public Report analyzeExtracted(String corpusName, Corpus corpus, List<ArticleClaims> extracted) {
    List<Claim> claims = extracted.stream().flatMap(a -> a.claims().stream()).toList();
    Clustering clustering = new ClaimClusterer().cluster(claims);
    List<ClusterSources> sources = new SourceCounter().count(corpus, claims, clustering);
    List<Contradiction> contradictions = new ContradictionFinder().find(claims, clustering);
    return new ReportBuilder().build(corpusName, corpus, extracted, clustering, sources, contradictions);
  }

  private static List<ArticleClaims> extractClaims(List<Article> articles) {
    ClaimExtractor extractor = new ClaimExtractor();
    List<ArticleClaims> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(extractor.extract(a));
    }
    return out;
  }
}
