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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.cluster.Neighbourhood;
import org.corroborate.cluster.TermStats;
import org.corroborate.contradict.ContradictionFinder;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Origin;
import org.corroborate.report.ClaimIds;

/**
 * Attaches draft claims to a corpus analysed on its own ({@link StoredAnalysis}) instead of
 * analysing the corpus again with the drafts. In order:
 *
 * <ol>
 *   <li>each draft claim's BM25 neighbours in the corpus, as the cluster stage picks candidates
 *       ({@link CorpusClaims#nearest}, k = the cluster stage's candidates);
 *   <li>widened to other members of the neighbours' stored clusters ({@link #widening}: one claim
 *       of each origin first, at most {@link #MAX_CLUSTER_MEMBERS}), so a draft claim can join a
 *       cluster as the corpus has it;
 *   <li>the cluster stage on those corpus claims and the drafts' claims together, within a {@link
 *       Neighbourhood}: the corpus's term weights, only the draft claims searching for candidates,
 *       the stored clusters' members candidates of each other; then the contradictions stage on
 *       the same claims, judging only pairs with a draft claim on one side;
 *   <li>a draft claim's fate. Its local cluster's corpus claims lead to their stored clusters and
 *       origins; N is the number of distinct origins, by name, that hold one of them. Origins are
 *       named after an outlet, a wire agency or a cited report (see {@code SourceCounter}), so one
 *       name is one independent source even when the local cluster spans two stored clusters. A
 *       stored cluster larger than the cap counts whole (every origin) when the local cluster took
 *       every member loaded of it. It is contradicted by a corpus claim outside its local cluster
 *       when the local contradictions stage pairs the draft claim with it, or when the corpus's
 *       own contradictions pair a corpus claim of the local cluster (or of a stored cluster that
 *       counts whole) with it, as a joint run of the corpus and the drafts would read them (the tests compare the two).
 * </ol>
 *
 * <p>The work grows with the drafts' claims, not the corpus. What does not depend on the local
 * clustering (the contradictions stage's preparation of the claims, the stored contradictions and
 * their opposing claims) is made on a helper thread of each call while the clustering runs. Not
 * thread safe (one per check).
 */
final class Attachment {
  /**
   * At most this many members of one stored cluster join the local clustering: one claim of each
   * of its origins first (so that N can reach every origin of a cluster of up to this many), then
   * the others in id order. Scoring grows with the square of this.
   */
  static final int MAX_CLUSTER_MEMBERS = 12;

  private final StoredAnalysis analysis;
  private final CorpusClaims corpus;
  /** The stored clusters read so far, by each of their members' ids. */
  private final Map<String, CorpusAnalysis.StoredCluster> clusterOf = new HashMap<>();
  /** The stored contradictions of the members of the clusters touched, by claim id. */
  private Map<String, List<Contradiction>> storedContradictionsOf = Map.of();
  private final PhaseClock clock;

  Attachment(StoredAnalysis analysis, CorpusClaims corpus) {
    this(analysis, corpus, PhaseClock.NONE);
  }

  Attachment(StoredAnalysis analysis, CorpusClaims corpus, PhaseClock clock) {
    this.analysis = analysis;
    this.corpus = corpus;
    this.clock = clock;
  }

  /** The fate of every draft claim, by claim id. */
  Map<String, Fate> fates(List<Claim> draftClaims, int minSources) {
    ClaimClusterer clusterer = new ClaimClusterer();
    int k = clusterer.options().candidates();
    TermStats terms = analysis.terms();
    // the searches are independent: on every core, their answers taken in the drafts' order
    List<List<String>> nearest = draftClaims.parallelStream().map(d -> corpus.nearest(d, terms, k)).toList();
    clock.lap("BM25 neighbours found");
    Set<String> near = new HashSet<>();
    nearest.forEach(near::addAll);
    analysis.clustersOf(near).values().forEach(c -> c.claimIds().forEach(id -> clusterOf.put(id, c)));
    Set<String> wanted = new TreeSet<>();
    for (List<String> ids : nearest) {
      for (String id : ids) {
        wanted.add(id);
        CorpusAnalysis.StoredCluster c = clusterOf.get(id);
        if (c != null) {
          wanted.addAll(widening(c));
        }
      }
    }
    clock.lap("stored clusters mapped");
    Map<String, Claim> local = new HashMap<>(corpus.load(wanted));
    clock.lap("neighbourhood loaded (" + local.size() + " corpus claims)");
    List<Claim> all = new ArrayList<>(local.values());
    all.addAll(draftClaims);
    List<List<String>> groups = new ArrayList<>();
    Set<CorpusAnalysis.StoredCluster> seen = new HashSet<>();
    for (String id : local.keySet()) {
      CorpusAnalysis.StoredCluster c = clusterOf.get(id);
      if (c != null && c.claimIds().size() > 1 && seen.add(c)) {
        groups.add(c.claimIds().stream().filter(local::containsKey).toList());
      }
    }
    Set<String> draftIds = new HashSet<>();
    draftClaims.forEach(c -> draftIds.add(c.id()));
    // neither what the contradictions stage reads of the claims alone nor what the fates read from
    // the index besides the neighbourhood depends on the clustering: both are made on another
    // thread, in the order they are needed, while the clustering runs
    ContradictionFinder finder = new ContradictionFinder();
    FutureTask<ContradictionFinder.Prepared> prepared = new FutureTask<>(() -> {
      ContradictionFinder.Prepared p = finder.prepare(all, draftIds);
      clock.lap("claims prepared for the local contradictions");
      return p;
    });
    Set<CorpusAnalysis.StoredCluster> touched = new HashSet<>();
    local.keySet().forEach(id -> touched.add(clusterOf.get(id)));
    touched.remove(null);
    FutureTask<StoredOpposition> opposition = new FutureTask<>(() -> storedOpposition(touched, local.keySet()));
    Thread.ofPlatform().daemon().name("corroborate-attach").start(() -> {
      prepared.run();
      opposition.run();
    });
    // each of the clustering's phases laps as it ends ("local clustering: profiles", ...: see ClaimClusterer)
    String[] clusterPhase = {"local clustering: set up"};
    Clustering clustering = clusterer.cluster(all, new Neighbourhood(terms, draftIds, groups), next -> {
      clock.lap(clusterPhase[0]);
      clusterPhase[0] = "local clustering: " + next;
    });
    clock.lap(clusterPhase[0]);
    List<Contradiction> found = finder.find(await(prepared), clustering, draftIds);
    clock.lap("local contradictions");

    Map<String, List<Contradiction>> localContradictionsOf = new HashMap<>();
    for (Contradiction x : found) {
      // corpus against corpus is the stored analysis's say, made with the whole corpus at hand
      if (draftIds.contains(x.claimIds().get(0)) == draftIds.contains(x.claimIds().get(1))) continue;
      x.claimIds().forEach(id -> localContradictionsOf.computeIfAbsent(id, key -> new ArrayList<>()).add(x));
    }
    Map<String, Cluster> localClusterOf = new HashMap<>();
    for (Cluster c : clustering.clusters()) {
      c.claimIds().forEach(id -> localClusterOf.put(id, c));
    }

    StoredOpposition stored = await(opposition);
    storedContradictionsOf = stored.contradictionsOf();
    Set<String> clustered = Set.copyOf(local.keySet());
    // by identity, as the stored clusters are mapped (one instance per stored cluster read)
    Map<CorpusAnalysis.StoredCluster, Integer> clusteredOf = new java.util.IdentityHashMap<>();
    for (String id : clustered) {
      CorpusAnalysis.StoredCluster c = clusterOf.get(id);
      if (c != null) clusteredOf.merge(c, 1, Integer::sum);
    }
    local.putAll(stored.opposing());

    Map<String, Fate> out = new LinkedHashMap<>();
    for (Claim d : draftClaims) {
      out.put(d.id(), fate(d.id(), localClusterOf.get(d.id()), local, clustered, clusteredOf, localContradictionsOf, minSources));
    }
    clock.lap("fates");
    return out;
  }

  /**
   * The stored contradictions of every member of the touched stored clusters, by claim id, and the
   * opposing claims of those contradictions outside the neighbourhood (they may lie outside it: of
   * every member of a stored cluster that may count whole, see {@link #fate}), by id.
   */
  private record StoredOpposition(Map<String, List<Contradiction>> contradictionsOf, Map<String, Claim> opposing) {}

  /** Reads the {@link StoredOpposition} of these touched clusters, the neighbourhood being {@code loaded}. */
  private StoredOpposition storedOpposition(Set<CorpusAnalysis.StoredCluster> touched, Set<String> loaded) {
    Map<String, List<Contradiction>> contradictions = analysis.contradictionsOf(touched);
    Set<String> missing = new TreeSet<>();
    for (CorpusAnalysis.StoredCluster c : touched) {
      for (String id : c.claimIds()) {
        for (Contradiction x : contradictions.getOrDefault(id, List.of())) {
          x.claimIds().stream().filter(o -> !loaded.contains(o)).forEach(missing::add);
        }
      }
    }
    StoredOpposition out = new StoredOpposition(contradictions, corpus.load(missing));
    clock.lap("stored contradictions read (" + missing.size() + " opposing claims outside the neighbourhood)");
    return out;
  }

  private static <T> T await(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while attaching the draft claims", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("attaching the draft claims failed", e.getCause());
    }
  }

  /** The members of a stored cluster that join the local clustering (see {@link #MAX_CLUSTER_MEMBERS}). */
  static Set<String> widening(CorpusAnalysis.StoredCluster c) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Origin o : c.origins()) {
      if (out.size() >= MAX_CLUSTER_MEMBERS) return out;
      if (!o.claimIds().isEmpty()) out.add(o.claimIds().get(0));
    }
    for (String id : c.claimIds()) {
      if (out.size() >= MAX_CLUSTER_MEMBERS) break;
      out.add(id);
    }
    return out;
  }

  /**
   * @param clustered the corpus claims of the local clustering
   * @param clusteredOf how many of them each stored cluster has
   */
  private Fate fate(String draftId, Cluster cluster, Map<String, Claim> local, Set<String> clustered,
      Map<CorpusAnalysis.StoredCluster, Integer> clusteredOf, Map<String, List<Contradiction>> localContradictionsOf, int minSources) {
    Set<String> members = new TreeSet<>(cluster.claimIds());
    TreeSet<String> sources = new TreeSet<>();
    Map<String, CorpusClaim> support = new TreeMap<>(ClaimIds.ORDER);
    Map<CorpusAnalysis.StoredCluster, List<String>> held = new LinkedHashMap<>();
    for (String m : members) {
      CorpusAnalysis.StoredCluster stored = local.containsKey(m) ? clusterOf.get(m) : null;
      if (stored != null) held.computeIfAbsent(stored, c -> new ArrayList<>()).add(m);
    }
    Set<String> side = new TreeSet<>(members);
    held.forEach((stored, ids) -> {
      // a stored cluster larger than the widening cap counts whole when the local cluster took
      // every member that was loaded of it: the draft claim agrees with the corpus's sample of it
      boolean whole = ids.size() == clusteredOf.getOrDefault(stored, 0) && stored.claimIds().size() > ids.size();
      for (Origin o : stored.origins()) {
        boolean counts = whole;
        for (String m : ids) {
          if (o.claimIds().contains(m)) {
            counts = true;
            support.put(m, ref(local.get(m)));
          }
        }
        if (counts) sources.add(o.name());
      }
      if (whole) side.addAll(stored.claimIds());
    });
    Map<String, Opposition> against = new LinkedHashMap<>();
    for (String member : side) {
      List<Contradiction> xs;
      if (member.equals(draftId)) {
        xs = localContradictionsOf.getOrDefault(member, List.of());
      } else if (clustered.contains(member) || !members.contains(member)) {
        xs = storedContradictionsOf.getOrDefault(member, List.of());
      } else {
        continue;
      }
      for (Contradiction x : xs) {
        for (String other : x.claimIds()) {
          if (side.contains(other) || !local.containsKey(other)) continue;
          against.putIfAbsent(other, new Opposition(ref(local.get(other)), x.type().label(), x.summary(), x.severity().label()));
        }
      }
    }
    List<Opposition> oppositions = new ArrayList<>(against.values());
    oppositions.sort((a, b) -> ClaimIds.ORDER.compare(a.claim().id(), b.claim().id()));
    int n = sources.size();
    Verdict verdict = Verdict.of(!oppositions.isEmpty(), n, minSources);
    return new Fate(verdict, n, List.copyOf(sources), List.copyOf(support.values()), oppositions);
  }

  private static CorpusClaim ref(Claim c) {
    return new CorpusClaim(c.id(), c.articleId(), c.source(), c.text());
  }
}
