package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;

/** Groups claims that state one proposition. PLACEHOLDER: every claim alone. */
public final class ClaimClusterer {

  public Clustering cluster(List<Claim> claims) {
    List<Cluster> clusters = new ArrayList<>();
    for (Claim c : claims) {
      clusters.add(new Cluster("c" + (clusters.size() + 1), c.id(), List.of(c.id())));
    }
    return new Clustering(clusters, List.of());
  }
}
