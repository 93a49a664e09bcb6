package org.corroborate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.cluster.TermStats;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Origin;
import org.corroborate.model.Report;

/**
 * What checking a draft needs to know about a corpus on its own, computed once (at {@code index}
 * time, or once per {@code check --against}): the engine's clusters of the corpus's claims with
 * their independent origins, the corpus's contradictions, and the corpus-wide stem counts the
 * cluster stage weighs words by. A draft claim is then attached to it ({@link Attachment}) instead
 * of the whole corpus being analysed again with the draft. Immutable.
 *
 * @param articleIds the corpus's article ids, in its order
 * @param clusters every cluster of the corpus's claims; each claim is in exactly one
 * @param contradictions the contradictions among the corpus's claims
 * @param terms the stem counts of the corpus's claims
 */
public record CorpusAnalysis(List<String> articleIds, List<StoredCluster> clusters, List<Contradiction> contradictions, TermStats terms) {
  public CorpusAnalysis {
    articleIds = List.copyOf(articleIds);
    clusters = List.copyOf(clusters);
    contradictions = List.copyOf(contradictions);
    Objects.requireNonNull(terms, "terms");
  }

  /**
   * One cluster of corpus claims.
   *
   * @param id the engine's cluster id
   * @param claimIds its member claims, sorted
   * @param origins its independent origins (each with the supporting claims that trace back to it)
   */
  public record StoredCluster(String id, List<String> claimIds, List<Origin> origins) {
    public StoredCluster {
      Objects.requireNonNull(id, "cluster id");
      claimIds = List.copyOf(claimIds);
      origins = List.copyOf(origins);
      if (claimIds.isEmpty()) {
        throw new IllegalArgumentException("cluster " + id + " has no claims");
      }
    }
  }

  /** Runs the engine's stages on the corpus alone and keeps what checks need. */
  public static CorpusAnalysis of(ExtractedCorpus corpus) {
    List<Claim> claims = new ArrayList<>();
    for (ArticleClaims ac : corpus.extracted()) {
      claims.addAll(ac.claims());
    }
    Report report = new Corroborate().analyzeExtracted(corpus.name(), corpus.corpus(), corpus.extracted());
    List<StoredCluster> clusters = new ArrayList<>();
    for (ClusterReport c : report.clusters()) {
      clusters.add(new StoredCluster(c.id(), c.claims().stream().map(ClaimReport::claim).map(Claim::id).sorted().toList(), c.origins()));
    }
    List<String> articles = corpus.corpus().articles().stream().map(a -> a.id()).toList();
    return new CorpusAnalysis(articles, clusters, report.contradictions(), TermStats.of(claims));
  }
}
