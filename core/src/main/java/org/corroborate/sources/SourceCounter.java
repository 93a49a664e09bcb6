package org.corroborate.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.model.Origin;
import org.corroborate.sources.Attribution.Kind;

/**
 * Counts the independent sources behind each cluster: its asserting claims grouped by origin, N
 * being the number of groups. Denials and refusals to comment never count; hedged claims count and
 * their origin's reason says "(hedged)" when all of that outlet's claims in it are hedged.
 *
 * <p>Outlets fold into one origin when a claim's passage is copied from an earlier article, when the
 * claim credits an upstream report, when it repeats an anonymous source's quote that another article
 * credits to an outlet ({@link QuoteCredits}), when its article runs a wire story, when spellings name one
 * outlet, or when origins.csv declares them one origin; see {@link ClaimOrigins} for the rules.
 * Every origin says why. Output is deterministic: origins sort by name, lists sort.
 *
 * <p>Stateless: each call builds its own index, so one instance may serve several threads.
 */
public final class SourceCounter {

  /** One {@link ClusterSources} per cluster, in the order of {@code clustering.clusters()}. */
  public List<ClusterSources> count(Corpus corpus, List<Claim> claims, Clustering clustering) {
    // the same counts without keeping the copy evidence or the pair count, which nothing here returns
    return analyze(corpus, claims, clustering, false).clusters();
  }

  /** The counts with the copy evidence behind them and the cost of finding it. */
  public SourceAnalysis analyze(Corpus corpus, List<Claim> claims, Clustering clustering) {
    return analyze(corpus, claims, clustering, true);
  }

  private SourceAnalysis analyze(Corpus corpus, List<Claim> claims, Clustering clustering, boolean keepEvidence) {
    Map<String, Claim> byId = new HashMap<>();
    for (Claim c : claims) {
      byId.putIfAbsent(c.id(), c);
    }
    ClaimOrigins origins = new ClaimOrigins(corpus, claims, keepEvidence);
    List<ClusterSources> out = new ArrayList<>();
    for (Cluster cluster : clustering.clusters()) {
      TreeSet<String> outlets = new TreeSet<>();
      Map<String, List<Claim>> byOrigin = new TreeMap<>();
      Map<String, Attribution> attributions = new HashMap<>();
      List<Claim> supporting = new ArrayList<>();
      for (String id : new TreeSet<>(cluster.claimIds())) {
        Claim c = byId.get(id);
        if (c == null) {
          continue;
        }
        outlets.add(origins.registry().resolve(c.source()).display());
        if (c.supports()) {
          attributions.put(id, origins.of(c));
          supporting.add(c);
        }
      }
      QuoteCredits.fold(supporting, attributions, origins);
      for (Claim c : supporting) {
        byOrigin.computeIfAbsent(attributions.get(c.id()).key(), k -> new ArrayList<>()).add(c);
      }
      List<Origin> list = new ArrayList<>();
      byOrigin.forEach((key, members) -> list.add(origin(members, attributions, origins.registry())));
      list.sort(Comparator.comparing(Origin::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Origin::name));
      out.add(new ClusterSources(cluster.id(), List.copyOf(outlets), list));
    }
    return new SourceAnalysis(out, origins.evidence(), origins.stats());
  }

  private static Origin origin(List<Claim> members, Map<String, Attribution> attributions, OutletRegistry registry) {
    String name = attributions.get(members.get(0).id()).name();
    TreeSet<String> outlets = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    // outlet -> reason -> whether every claim with that reason is hedged
    Map<String, Map<String, Boolean>> reasons = new TreeMap<>();
    for (Claim c : members) {
      String outlet = registry.resolve(c.source()).display();
      outlets.add(outlet);
      ids.add(c.id());
      reasons.computeIfAbsent(outlet, k -> new TreeMap<>()).merge(attributions.get(c.id()).reason(), c.hedged(), Boolean::logicalAnd);
    }
    ids.sort(Comparator.naturalOrder());
    boolean allWire = members.stream().allMatch(c -> attributions.get(c.id()).kind() == Kind.WIRE);
    Map<String, String> perOutlet = new LinkedHashMap<>();
    reasons.forEach((outlet, byReason) -> {
      List<String> parts = new ArrayList<>();
      byReason.forEach((reason, hedged) -> {
        String r = allWire && outlets.size() > 1 ? "same " + reason : reason;
        parts.add(hedged ? r + " (hedged)" : r);
      });
      perOutlet.put(outlet, String.join(", ", parts));
    });
    String reason = new TreeSet<>(perOutlet.values()).size() == 1
        ? perOutlet.values().iterator().next()
        : String.join("; ", perOutlet.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    return new Origin(name, List.copyOf(outlets), ids, reason);
  }
}
