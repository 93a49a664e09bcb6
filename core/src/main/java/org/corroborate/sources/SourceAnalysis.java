package org.corroborate.sources;

import java.util.List;
import org.corroborate.model.ClusterSources;

/**
 * The sources stage's full output: one verdict per cluster, the copy evidence behind them, and
 * what copy detection cost.
 *
 * @param clusters one per cluster, in the order of the clustering
 * @param copies every near-identical passage judged, by claim id then other article
 * @param stats the work copy detection did
 */
public record SourceAnalysis(List<ClusterSources> clusters, List<CopyEvidence> copies, CopyStats stats) {
  public SourceAnalysis {
    clusters = List.copyOf(clusters);
    copies = List.copyOf(copies);
  }
}
