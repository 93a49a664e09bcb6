package org.corroborate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.ArticleReport;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.Cluster;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Corpus;
import org.corroborate.model.Dropped;
import org.corroborate.model.Report;

/** Assembles the stages' outputs into the report model that renderers consume. */
public final class ReportBuilder {

  public Report build(
      String corpusName,
      Corpus corpus,
      List<ArticleClaims> extracted,
      Clustering clustering,
      List<ClusterSources> sources,
      List<Contradiction> contradictions) {
    Map<String, Claim> claimsById = new HashMap<>();
    List<ArticleReport> articles = new ArrayList<>();
    for (ArticleClaims ac : extracted) {
      ac.claims().forEach(c -> claimsById.put(c.id(), c));
      Map<String, Integer> dropped = new TreeMap<>();
      for (Dropped d : ac.dropped()) {
        dropped.merge(d.reason().label(), 1, Integer::sum);
      }
      articles.add(new ArticleReport(ac.article(), ac.claims().size(), dropped, ac.dropped()));
    }
    Map<String, ClusterSources> sourcesByCluster = new HashMap<>();
    sources.forEach(s -> sourcesByCluster.put(s.clusterId(), s));
    Map<String, List<String>> contradictionsByClaim = new HashMap<>();
    for (Contradiction x : contradictions) {
      x.claimIds().forEach(id -> contradictionsByClaim.computeIfAbsent(id, k -> new ArrayList<>()).add(x.id()));
    }

    List<ClusterReport> clusters = new ArrayList<>();
    for (Cluster cluster : clustering.clusters()) {
      ClusterSources cs = sourcesByCluster.get(cluster.id());
      if (cs == null) {
        throw new IllegalStateException("no source count for cluster " + cluster.id());
      }
      Set<String> clusterContradictions = new TreeSet<>();
      for (String id : cluster.claimIds()) {
        clusterContradictions.addAll(contradictionsByClaim.getOrDefault(id, List.of()));
      }
      int n = cs.independentSources();
      ClaimStatus uncontested = n >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
      ClaimStatus status = clusterContradictions.isEmpty() ? uncontested : ClaimStatus.CONTESTED;
      List<ClaimReport> members = new ArrayList<>();
      for (String id : cluster.claimIds().stream().sorted(ClaimIds.ORDER).toList()) {
        Claim claim = claimsById.get(id);
        if (claim == null) {
          throw new IllegalStateException("cluster " + cluster.id() + " names unknown claim " + id);
        }
        ClaimStatus own = contradictionsByClaim.containsKey(id) ? ClaimStatus.CONTESTED : uncontested;
        members.add(new ClaimReport(claim, cluster.id(), own));
      }
      clusters.add(new ClusterReport(cluster.id(), claimsById.get(cluster.representative()).text(), n,
          cs.outlets(), status, cs.origins(), members, List.copyOf(clusterContradictions)));
    }
    clusters.sort(Comparator.comparingInt(ClusterReport::independentSources).reversed()
        .thenComparing(ClusterReport::id, ClaimIds.NATURAL));
    Set<String> seen = new HashSet<>();
    for (ClusterReport c : clusters) {
      for (ClaimReport m : c.claims()) {
        if (!seen.add(m.claim().id())) {
          throw new IllegalStateException("claim " + m.claim().id() + " is in more than one cluster");
        }
      }
    }
    List<Contradiction> sortedContradictions = contradictions.stream()
        .sorted(Comparator.comparing(Contradiction::id, ClaimIds.NATURAL)).toList();
    return new Report(Report.SCHEMA_VERSION, corpusName, corpus.diagnostics(), articles, clusters, sortedContradictions);
  }
}
