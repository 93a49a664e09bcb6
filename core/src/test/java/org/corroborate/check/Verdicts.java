package org.corroborate.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Origin;
import org.corroborate.model.Report;

/**
 * The reference the attach path ({@link Attachment}) is tested against: a draft claim's fate read
 * from a report of the corpus and the drafts analysed together in one run. Only
 * corpus claims count: N is the number of the claim's cluster's origins that hold at least one
 * corpus claim, and a contradiction counts when one side is the claim or a member of its cluster
 * and the other side a corpus claim outside it. Thread safe (immutable after construction).
 */
final class Verdicts {
  private final Map<String, ClusterReport> clusterOf = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<String, List<Contradiction>> contradictionsOf = new HashMap<>();
  private final Set<String> draftArticles;

  /**
   * @param report the report of the corpus and the drafts together
   * @param draftArticles the article ids of the drafts
   */
  Verdicts(Report report, Set<String> draftArticles) {
    this.draftArticles = Set.copyOf(draftArticles);
    for (ClusterReport c : report.clusters()) {
      for (ClaimReport m : c.claims()) {
        clusterOf.put(m.claim().id(), c);
        claims.put(m.claim().id(), m.claim());
      }
    }
    for (Contradiction x : report.contradictions()) {
      for (String id : x.claimIds()) {
        contradictionsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(x);
      }
    }
  }

  private boolean inCorpus(String claimId) {
    Claim c = claims.get(claimId);
    return c != null && !draftArticles.contains(c.articleId());
  }

  /** The fate of the draft claim with this id. */
  Fate fate(String draftClaimId, int minSources) {
    ClusterReport cluster = clusterOf.get(draftClaimId);
    if (cluster == null) {
      throw new IllegalArgumentException("claim " + draftClaimId + " is in no cluster of the report");
    }
    TreeSet<String> sources = new TreeSet<>();
    Map<String, CorpusClaim> support = new TreeMap<>(org.corroborate.report.ClaimIds.ORDER);
    int n = 0;
    for (Origin o : cluster.origins()) {
      List<String> corpusIds = o.claimIds().stream().filter(this::inCorpus).toList();
      if (corpusIds.isEmpty()) continue;
      n++;
      sources.add(o.name());
      corpusIds.forEach(id -> support.put(id, ref(claims.get(id))));
    }
    Set<String> members = new TreeSet<>();
    cluster.claims().forEach(m -> members.add(m.claim().id()));
    members.add(draftClaimId);
    Map<String, Opposition> against = new LinkedHashMap<>();
    for (String member : members) {
      if (!member.equals(draftClaimId) && !inCorpus(member)) continue;
      for (Contradiction x : contradictionsOf.getOrDefault(member, List.of())) {
        for (String other : x.claimIds()) {
          if (members.contains(other) || !inCorpus(other)) continue;
          against.putIfAbsent(other, new Opposition(ref(claims.get(other)), x.type().label(), x.summary(), x.severity().label()));
        }
      }
    }
    List<Opposition> oppositions = new ArrayList<>(against.values());
    oppositions.sort((a, b) -> org.corroborate.report.ClaimIds.ORDER.compare(a.claim().id(), b.claim().id()));
    Verdict verdict = Verdict.of(!oppositions.isEmpty(), n, minSources);
    return new Fate(verdict, n, List.copyOf(sources), List.copyOf(support.values()), oppositions);
  }

  private static CorpusClaim ref(Claim c) {
    return new CorpusClaim(c.id(), c.articleId(), c.source(), c.text());
  }
}
