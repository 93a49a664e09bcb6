package org.corroborate.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything a renderer needs, as plain values. Clusters are sorted: most independent sources
 * first, then by id; contradictions by id.
 */
public record Report(
    int schemaVersion,
    String corpus,
    List<Diagnostic> diagnostics,
    List<ArticleReport> articles,
    List<ClusterReport> clusters,
    List<Contradiction> contradictions) {
  public static final int SCHEMA_VERSION = 1;

  public Report {
    diagnostics = List.copyOf(diagnostics);
    articles = List.copyOf(articles);
    clusters = List.copyOf(clusters);
    contradictions = List.copyOf(contradictions);
  }

  public Optional<ClaimReport> claim(String claimId) {
    return clusters.stream().flatMap(c -> c.claims().stream()).filter(c -> c.claim().id().equals(claimId)).findFirst();
  }

  public long claimCount() {
    return clusters.stream().mapToLong(c -> c.claims().size()).sum();
  }
}
