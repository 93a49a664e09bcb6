package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimLinks;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;

/**
 * Groups claims that state one proposition, across articles and in other words.
 *
 * <p>The stage, in order: each claim is analysed (English chain, amounts and dates normalised,
 * see {@link ClaimAnalyzer} and {@link Mentions}); an in-memory Lucene index gives each claim its
 * BM25 top-k candidates; each candidate pair is scored by a logistic model over shared rare words,
 * WordNet synonyms and name agreement ({@link PairFeatures}, {@link PairModel}); pairs that agree
 * become merge links and pairs about one thing that disagree on a number, a date, polarity or
 * stance become {@code CONFLICT} links for the contradictions stage; merge links are grouped best
 * first by average link without chaining ({@link AverageLinkGrouping}). The work grows with claims
 * times candidates.
 *
 * <p>Deterministic: the claims are sorted by id before anything order-dependent, so the result
 * does not depend on the input order. Cluster ids are "c1", "c2", ... in order of the
 * representative's (article, position); the representative is the member with the highest total
 * similarity to the others (ties: the smallest id), in a large cluster over its candidate pairs only
 * ({@link Representatives}). Every claim is in exactly one cluster.
 *
 * <p>Thread safe: an instance holds only its immutable options; each call builds its own index.
 * Candidate retrieval runs its searches on the common fork-join pool (every core); the candidates
 * are taken in claim order, so the result is the same on any number of cores.
 */
public final class ClaimClusterer {
  private final ClusterOptions options;
  private final PairModel model;

  /** A clusterer with {@link ClusterOptions#defaults()}. */
  public ClaimClusterer() {
    this(ClusterOptions.defaults());
  }

  public ClaimClusterer(ClusterOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = PairModel.committed(options.synonyms());
  }

  ClaimClusterer(ClusterOptions options, PairModel model) {
    this.options = options;
    this.model = model;
  }

  public ClusterOptions options() {
    return options;
  }

  public Clustering cluster(List<Claim> claims) {
    return cluster(claims, null);
  }

  /**
   * Clusters new claims with a few claims of a larger corpus (see {@link Neighbourhood}): a
   * draft's claims with their neighbours from a stored corpus.
   *
   * @param within the corpus's word counts, the new claims and the corpus's groups; null to cluster
   *     the claims on their own
   * @return the clusters and links; within a neighbourhood, what decides the new claims' clusters
   *     is worked out as on their own, but a corpus group none of whose claims is a candidate of a
   *     new claim is left unscored (its claims stay single), and only links with a new claim on
   *     one side are listed
   */
  public Clustering cluster(List<Claim> claims, Neighbourhood within) {
    return cluster(claims, within, phase -> {});
  }

  /**
   * As {@link #cluster(List, Neighbourhood)}, telling {@code phases} when each phase of the work
   * starts ("profiles", "names", "index", "retrieval", "scoring", "grouping", "clusters", "links"; retrieval and
   * scoring alternate block by block), for measuring where the time goes.
   */
  public Clustering cluster(List<Claim> claims, Neighbourhood within, Consumer<String> phases) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(Claim::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("duplicate claim id " + sorted.get(i).id());
      }
    }
    if (sorted.isEmpty()) {
      return new Clustering(List.of(), List.of());
    }
    ScoredPairs pairs = ScoredPairs.of(sorted, options, model, within, phases);
    phases.accept("grouping");
    AverageLinkGrouping grouping = new AverageLinkGrouping(
        sorted.size(), pairs, options.linkThreshold(), options.memberFloor());
    for (long key : pairs.mergeCandidates()) {
      grouping.offer(ScoredPairs.first(key), ScoredPairs.second(key));
    }
    List<List<Integer>> groups = grouping.groups();
    phases.accept("clusters");
    boolean[] reported = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      reported[i] = within == null || within.seeds().contains(sorted.get(i).id());
    }
    List<Cluster> clusters = clusters(sorted, groups, pairs);
    phases.accept("links");
    return new Clustering(clusters, links(sorted, groups, pairs, reported));
  }

  private static List<Cluster> clusters(List<Claim> sorted, List<List<Integer>> groups, ScoredPairs pairs) {
    record Draft(Claim representative, List<String> ids) {}
    List<Draft> drafts = new ArrayList<>();
    int[] representatives = Representatives.of(groups, pairs.candidateKeys(), pairs, sorted.size());
    for (int i = 0; i < groups.size(); i++) {
      List<Integer> g = groups.get(i);
      int best = representatives[i];
      List<String> ids = new ArrayList<>();
      for (int x : g) {
        ids.add(sorted.get(x).id());
      }
      drafts.add(new Draft(sorted.get(best), ids));
    }
    drafts.sort(Comparator.comparing((Draft d) -> d.representative().articleId())
        .thenComparingInt(d -> d.representative().start())
        .thenComparing(d -> d.representative().id()));
    List<Cluster> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(new Cluster("c" + (out.size() + 1), d.representative().id(), d.ids()));
    }
    return out;
  }

  /**
   * The CONFLICT links and the SAME links inside one cluster among the candidate pairs with a
   * {@code reported} claim on one side, packed ({@link ClaimLinks}). Candidate keys come in
   * increasing order of positions, which is the order of ids: the links are sorted by (a, b) as they
   * are added.
   */
  private static List<ClaimLink> links(List<Claim> sorted, List<List<Integer>> groups, ScoredPairs pairs, boolean[] reported) {
    int[] groupOf = new int[sorted.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int x : groups.get(g)) {
        groupOf[x] = g;
      }
    }
    ClaimLinks.Builder out = new ClaimLinks.Builder(sorted.stream().map(Claim::id).toList());
    for (long key : pairs.candidateKeys()) {
      int a = ScoredPairs.first(key);
      int b = ScoredPairs.second(key);
      if (!reported[a] && !reported[b]) {
        continue;
      }
      if (pairs.conflict(a, b)) {
        ScoredPairs.Scored s = pairs.detail(a, b);
        out.add(a, b, s.probability(), ClaimLink.Kind.CONFLICT, s.features().disagreement());
      } else if (pairs.same(a, b) && groupOf[a] == groupOf[b]) {
        // no reason kept: nothing reports why two members of one cluster were linked, and at 10k
        // generated articles these were 0.9 million strings held to the end of the scan
        out.add(a, b, pairs.similarity(a, b), ClaimLink.Kind.SAME, "");
      }
    }
    return out.build();
  }
}
