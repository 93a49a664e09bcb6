package org.corroborate.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.corroborate.cluster.TermStats;
import org.corroborate.model.Contradiction;

/**
 * A corpus analysed on its own ({@link CorpusAnalysis}) as a check reads it: the corpus-wide counts
 * at once, and the stored clusters and contradictions only of the claims near a draft's, so that
 * opening a large index does not read its whole analysis. Implemented in memory ({@link
 * MemoryAnalysis}) and over a stored index. Implementations are thread safe.
 */
public interface StoredAnalysis {

  /** The number of the corpus's articles. */
  int articleCount();

  /** Whether the corpus has an article with this id. */
  boolean hasArticle(String articleId);

  /** The stem counts of the corpus's claims. */
  TermStats terms();

  /** The stored clusters of these claims, by claim id; claims the corpus lacks are left out. */
  Map<String, CorpusAnalysis.StoredCluster> clustersOf(Collection<String> claimIds);

  /**
   * The stored contradictions of every member of these clusters, by claim id, each claim's in the
   * analysis's order; a claim without any is left out.
   */
  Map<String, List<Contradiction>> contradictionsOf(Collection<CorpusAnalysis.StoredCluster> clusters);

  /** The whole analysis (reads all of it). */
  CorpusAnalysis whole();
}
