package org.corroborate.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.cluster.ClusterOptions;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;

/**
 * The engine as a black box, converted as {@code corroborate eval sts} converts a split: every pair
 * becomes two one-sentence articles from two different outlets ({@code pair-NNNNN-a.txt} from
 * {@code outlet-a}, {@code pair-NNNNN-b.txt} from {@code outlet-b}), all pairs of the split go into
 * one corpus, the claims and cluster stages run on it, and a pair is "same" when any claim of one
 * side shares a cluster with any claim of the other.
 *
 * <p>Not thread safe (holds one {@link ClaimExtractor}).
 */
public final class EngineJudge {
  private final ClaimExtractor extractor = new ClaimExtractor();
  private final ClusterOptions options;

  public EngineJudge(ClusterOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The engine's verdict on each pair, in order. */
  public boolean[] judge(List<StsPair> pairs) {
    List<List<Claim>> first = new ArrayList<>();
    List<List<Claim>> second = new ArrayList<>();
    List<Claim> all = new ArrayList<>();
    for (StsPair p : pairs) {
      List<Claim> a = extractor.extract(article(p, "a", p.first())).claims();
      List<Claim> b = extractor.extract(article(p, "b", p.second())).claims();
      first.add(a);
      second.add(b);
      all.addAll(a);
      all.addAll(b);
    }
    Clustering clustering = new ClaimClusterer(options).cluster(all);
    Map<String, String> clusterOf = new HashMap<>();
    for (Cluster c : clustering.clusters()) {
      for (String id : c.claimIds()) {
        clusterOf.put(id, c.id());
      }
    }
    boolean[] said = new boolean[pairs.size()];
    for (int i = 0; i < said.length; i++) {
      Set<String> clustersA = new HashSet<>();
      for (Claim c : first.get(i)) {
        clustersA.add(clusterOf.get(c.id()));
      }
      said[i] = second.get(i).stream().anyMatch(c -> clustersA.contains(clusterOf.get(c.id())));
    }
    return said;
  }

  private static Article article(StsPair p, String side, String sentence) {
    String id = String.format(Locale.ROOT, "pair-%05d-%s.txt", p.number(), side);
    return new Article(id, "outlet-" + side, "", null, null, sentence, List.of());
  }
}
