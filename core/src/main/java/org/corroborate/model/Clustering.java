package org.corroborate.model;

import java.util.List;

/**
 * The clustering stage's output: the clusters and the scored links behind them. Links given as
 * {@link ClaimLinks} (immutable, packed) are kept as they are.
 */
public record Clustering(List<Cluster> clusters, List<ClaimLink> links) {
  public Clustering {
    clusters = List.copyOf(clusters);
    links = links instanceof ClaimLinks packed ? packed : List.copyOf(links);
  }
}
