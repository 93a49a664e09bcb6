package org.corroborate.model;

import java.util.List;

/** The clustering stage's output: the clusters and the scored links behind them. */
public record Clustering(List<Cluster> clusters, List<ClaimLink> links) {
  public Clustering {
    clusters = List.copyOf(clusters);
    links = List.copyOf(links);
  }
}
