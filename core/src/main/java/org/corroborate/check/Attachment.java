package org.corroborate.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.contradict.ContradictionFinder;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Origin;
import org.corroborate.report.ClaimIds;

/**
 * Attaches draft claims to a corpus analysed on its own ({@link CorpusAnalysis}) instead of
 * analysing the corpus again with the drafts. In order:
 *
 * <ol>
 *   <li>each draft claim's BM25 neighbours in the corpus, as the cluster stage picks candidates
 *       ({@link CorpusClaims#nearest}, k = the cluster stage's candidates);
 *   <li>widened to the other members of the neighbours' stored clusters (at most {@link
 *       #MAX_CLUSTER_MEMBERS} of each, in id order), so a draft claim can join a whole cluster;
 *   <li>the cluster stage and the contradictions stage on those corpus claims and the drafts' claims
 *       together, with the corpus's term weights;
 *   <li>a draft claim's fate: the corpus claims of its local cluster lead to their stored origins;
 *       N is the number of distinct origins, by name, that hold one of them. Origins are named
 *       after an outlet, a wire agency or a cited report (see {@code SourceCounter}), so one name is
 *       one independent source even when the local cluster spans two stored clusters.
 *       It is contradicted by a corpus claim outside its local cluster when the local
 *       contradictions stage pairs the draft claim with it, or when the corpus's own contradictions
 *       pair a corpus claim of the local cluster with it (as {@link Verdicts} reads a joint run).
 * </ol>
 *
 * <p>The work grows with the drafts' claims, not the corpus. Not thread safe (one per check).
 */
final class Attachment {
  /** At most this many members of one stored cluster join the local clustering. */
  static final int MAX_CLUSTER_MEMBERS = 30;

  private final CorpusAnalysis analysis;
  private final CorpusClaims corpus;
  private final Map<String, CorpusAnalysis.StoredCluster> clusterOf = new HashMap<>();
  private final Map<String, List<Contradiction>> storedContradictionsOf = new HashMap<>();

  Attachment(CorpusAnalysis analysis, CorpusClaims corpus) {
    this.analysis = analysis;
    this.corpus = corpus;
    for (CorpusAnalysis.StoredCluster c : analysis.clusters()) {
      c.claimIds().forEach(id -> clusterOf.put(id, c));
    }
    for (Contradiction x : analysis.contradictions()) {
      x.claimIds().forEach(id -> storedContradictionsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(x));
    }
  }

  /** The fate of every draft claim, by claim id. */
  Map<String, Verdicts.Fate> fates(List<Claim> draftClaims, int minSources) {
    ClaimClusterer clusterer = new ClaimClusterer();
    int k = clusterer.options().candidates();
    Set<String> wanted = new TreeSet<>();
    for (Claim d : draftClaims) {
      for (String id : corpus.nearest(d, analysis.terms(), k)) {
        wanted.add(id);
        CorpusAnalysis.StoredCluster c = clusterOf.get(id);
        if (c != null) {
          wanted.addAll(c.claimIds().subList(0, Math.min(MAX_CLUSTER_MEMBERS, c.claimIds().size())));
        }
      }
    }
    Map<String, Claim> local = new HashMap<>(corpus.load(wanted));
    List<Claim> all = new ArrayList<>(local.values());
    all.addAll(draftClaims);
    Clustering clustering = clusterer.cluster(all, analysis.terms());
    List<Contradiction> found = new ContradictionFinder().find(all, clustering);

    Set<String> drafts = new HashSet<>();
    draftClaims.forEach(c -> drafts.add(c.id()));
    Map<String, List<Contradiction>> localContradictionsOf = new HashMap<>();
    for (Contradiction x : found) {
      // corpus against corpus is the stored analysis's say, made with the whole corpus at hand
      if (drafts.contains(x.claimIds().get(0)) == drafts.contains(x.claimIds().get(1))) continue;
      x.claimIds().forEach(id -> localContradictionsOf.computeIfAbsent(id, key -> new ArrayList<>()).add(x));
    }
    Map<String, Cluster> localClusterOf = new HashMap<>();
    for (Cluster c : clustering.clusters()) {
      c.claimIds().forEach(id -> localClusterOf.put(id, c));
    }

    // the opposing claims of the stored contradictions may lie outside the neighbourhood: load them once
    Set<String> missing = new TreeSet<>();
    for (String id : local.keySet()) {
      for (Contradiction x : storedContradictionsOf.getOrDefault(id, List.of())) {
        x.claimIds().stream().filter(o -> !local.containsKey(o)).forEach(missing::add);
      }
    }
    local.putAll(corpus.load(missing));

    Map<String, Verdicts.Fate> out = new LinkedHashMap<>();
    for (Claim d : draftClaims) {
      out.put(d.id(), fate(d.id(), localClusterOf.get(d.id()), local, localContradictionsOf, minSources));
    }
    return out;
  }

  private Verdicts.Fate fate(String draftId, Cluster cluster, Map<String, Claim> local,
      Map<String, List<Contradiction>> localContradictionsOf, int minSources) {
    Set<String> members = new TreeSet<>(cluster.claimIds());
    TreeSet<String> sources = new TreeSet<>();
    Map<String, CorpusClaim> support = new TreeMap<>(ClaimIds.ORDER);
    for (String m : members) {
      if (!local.containsKey(m)) continue;
      CorpusAnalysis.StoredCluster stored = clusterOf.get(m);
      if (stored == null) continue;
      for (Origin o : stored.origins()) {
        if (o.claimIds().contains(m)) {
          sources.add(o.name());
          support.put(m, ref(local.get(m)));
        }
      }
    }
    Map<String, Opposition> against = new LinkedHashMap<>();
    for (String member : members) {
      List<Contradiction> xs;
      if (member.equals(draftId)) {
        xs = localContradictionsOf.getOrDefault(member, List.of());
      } else if (local.containsKey(member)) {
        xs = storedContradictionsOf.getOrDefault(member, List.of());
      } else {
        continue;
      }
      for (Contradiction x : xs) {
        for (String other : x.claimIds()) {
          if (members.contains(other) || !local.containsKey(other)) continue;
          against.putIfAbsent(other, new Opposition(ref(local.get(other)), x.type().label(), x.summary(), x.severity().label()));
        }
      }
    }
    List<Opposition> oppositions = new ArrayList<>(against.values());
    oppositions.sort((a, b) -> ClaimIds.ORDER.compare(a.claim().id(), b.claim().id()));
    int n = sources.size();
    Verdict verdict;
    if (!oppositions.isEmpty()) {
      verdict = Verdict.CONTRADICTED;
    } else if (n == 0) {
      verdict = Verdict.UNSUPPORTED;
    } else if (n < minSources) {
      verdict = Verdict.SINGLE_SOURCE;
    } else {
      verdict = Verdict.SUPPORTED;
    }
    return new Verdicts.Fate(verdict, n, List.copyOf(sources), List.copyOf(support.values()), oppositions);
  }

  private static CorpusClaim ref(Claim c) {
    return new CorpusClaim(c.id(), c.articleId(), c.source(), c.text());
  }
}
