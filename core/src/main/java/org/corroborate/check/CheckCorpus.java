package org.corroborate.check;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.Diagnostic;

/**
 * A corpus ready for checks: its stored analysis and its searchable claims, from an index or built
 * in memory from a corpus just read. Closing it closes the claims.
 *
 * @param name the corpus's name
 * @param diagnostics problems with the corpus's files
 * @param analysis the corpus analysed on its own, read as a check needs it
 * @param claims its claims, to search and load
 */
public record CheckCorpus(String name, List<Diagnostic> diagnostics, StoredAnalysis analysis, CorpusClaims claims) implements AutoCloseable {
  public CheckCorpus {
    Objects.requireNonNull(name, "name");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(analysis, "analysis of " + name);
    Objects.requireNonNull(claims, "claims of " + name);
  }

  /** Analyses a corpus whose claims were just extracted and indexes its claims in memory. */
  public static CheckCorpus inMemory(ExtractedCorpus corpus) {
    return new CheckCorpus(corpus.name(), corpus.corpus().diagnostics(), new MemoryAnalysis(CorpusAnalysis.of(corpus)), new MemoryClaims(corpus.extracted()));
  }

  @Override
  public void close() {
    claims.close();
  }
}
