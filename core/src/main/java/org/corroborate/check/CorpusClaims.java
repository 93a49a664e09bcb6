package org.corroborate.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.corroborate.cluster.TermStats;
import org.corroborate.model.Claim;

/**
 * A corpus's claims as a check reads them: found by their likeness to a draft claim, and loaded by
 * id, so that a check touches only the claims near the draft's. Implemented in memory ({@link
 * MemoryClaims}) and over a stored index; both search with {@link org.corroborate.cluster.ClaimSearch},
 * so they find the same neighbours. Implementations are thread safe. Close it after use.
 */
public interface CorpusClaims extends AutoCloseable {

  /** The ids of the corpus claims nearest to a claim from outside the corpus, best first. */
  List<String> nearest(Claim claim, TermStats stats, int k);

  /** The claims with these ids (with their tokens), by id; ids the corpus lacks are left out. */
  Map<String, Claim> load(Collection<String> ids);

  @Override
  void close();
}
