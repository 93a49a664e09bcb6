package org.corroborate.index;

import java.util.List;
import org.corroborate.model.Diagnostic;

/**
 * What an index update did.
 *
 * @param added articles new to the index
 * @param changed articles whose file or metadata changed
 * @param removed articles no longer in the corpus
 * @param unchanged articles kept as they were, not processed
 * @param processed the ids of the articles whose claims were extracted, sorted
 * @param diagnostics problems with the corpus's files
 */
public record IndexUpdate(int added, int changed, int removed, int unchanged, List<String> processed, List<Diagnostic> diagnostics) {
  public IndexUpdate {
    processed = List.copyOf(processed);
    diagnostics = List.copyOf(diagnostics);
  }

  /** How many articles the index holds now. */
  public int articles() {
    return added + changed + unchanged;
  }
}
