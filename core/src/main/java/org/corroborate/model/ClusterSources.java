package org.corroborate.model;

import java.util.List;

/**
 * The sources stage's verdict on one cluster.
 *
 * @param clusterId the cluster
 * @param outlets every outlet with a claim in the cluster, sorted
 * @param origins the independent origins of its supporting claims; their number is N
 */
public record ClusterSources(String clusterId, List<String> outlets, List<Origin> origins) {
  public ClusterSources {
    Checks.nonBlank(clusterId, "clusterId");
    outlets = List.copyOf(outlets);
    origins = List.copyOf(origins);
  }

  /** N, the number of independent sources that back the cluster's claim. */
  public int independentSources() {
    return origins.size();
  }
}
