package org.corroborate.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.cluster.TermStats;
import org.corroborate.model.Contradiction;

/** A {@link CorpusAnalysis} held in memory, looked up by claim. Immutable; thread safe. */
public final class MemoryAnalysis implements StoredAnalysis {
  private final CorpusAnalysis analysis;
  private final Set<String> articles;
  private final Map<String, CorpusAnalysis.StoredCluster> clusterOf = new HashMap<>();
  private final Map<String, List<Contradiction>> contradictionsOf = new HashMap<>();

  public MemoryAnalysis(CorpusAnalysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.articles = Set.copyOf(analysis.articleIds());
    for (CorpusAnalysis.StoredCluster c : analysis.clusters()) {
      c.claimIds().forEach(id -> clusterOf.put(id, c));
    }
    for (Contradiction x : analysis.contradictions()) {
      new HashSet<>(x.claimIds()).forEach(id -> contradictionsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(x));
    }
  }

  @Override
  public int articleCount() {
    return analysis.articleIds().size();
  }

  @Override
  public boolean hasArticle(String articleId) {
    return articles.contains(articleId);
  }

  @Override
  public TermStats terms() {
    return analysis.terms();
  }

  @Override
  public Map<String, CorpusAnalysis.StoredCluster> clustersOf(Collection<String> claimIds) {
    Map<String, CorpusAnalysis.StoredCluster> out = new HashMap<>();
    for (String id : claimIds) {
      CorpusAnalysis.StoredCluster c = clusterOf.get(id);
      if (c != null) out.put(id, c);
    }
    return out;
  }

  @Override
  public Map<String, List<Contradiction>> contradictionsOf(Collection<CorpusAnalysis.StoredCluster> clusters) {
    Map<String, List<Contradiction>> out = new HashMap<>();
    for (CorpusAnalysis.StoredCluster c : clusters) {
      for (String id : c.claimIds()) {
        List<Contradiction> xs = contradictionsOf.get(id);
        if (xs != null) out.put(id, List.copyOf(xs));
      }
    }
    return out;
  }

  @Override
  public CorpusAnalysis whole() {
    return analysis;
  }
}
