package org.corroborate.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.model.Origin;

/** Counts independent sources per cluster. PLACEHOLDER: one origin per outlet. */
public final class SourceCounter {

  public List<ClusterSources> count(Corpus corpus, List<Claim> claims, Clustering clustering) {
    Map<String, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    List<ClusterSources> out = new ArrayList<>();
    for (Cluster cluster : clustering.clusters()) {
      TreeSet<String> outlets = new TreeSet<>();
      Map<String, List<String>> byOutlet = new TreeMap<>();
      for (String id : cluster.claimIds()) {
        Claim c = byId.get(id);
        outlets.add(c.source());
        if (c.supports()) {
          byOutlet.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(id);
        }
      }
      List<Origin> origins = new ArrayList<>();
      byOutlet.forEach((outlet, ids) -> origins.add(new Origin(outlet, List.of(outlet), ids, "independent report")));
      out.add(new ClusterSources(cluster.id(), List.copyOf(outlets), origins));
    }
    return out;
  }
}
