package org.corroborate.check;

import java.util.List;
import java.util.Objects;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Corpus;

/**
 * A corpus with its claims already extracted: read and extracted now, or loaded from an index.
 *
 * @param name the corpus's name
 * @param corpus the articles, diagnostics and declared origins
 * @param extracted one entry per article, in the corpus's order
 */
public record ExtractedCorpus(String name, Corpus corpus, List<ArticleClaims> extracted) {
  public ExtractedCorpus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(corpus, "corpus");
    extracted = List.copyOf(extracted);
    if (extracted.size() != corpus.articles().size()) {
      throw new IllegalArgumentException("corpus " + name + " has " + corpus.articles().size() + " articles but "
          + extracted.size() + " extracted");
    }
  }

  /** This corpus without the articles of these outlets (itself when none is left out). */
  public ExtractedCorpus without(java.util.Set<String> outlets) {
    if (outlets.isEmpty()) return this;
    List<ArticleClaims> kept = extracted.stream().filter(ac -> !outlets.contains(ac.article().source())).toList();
    if (kept.size() == extracted.size()) return this;
    return new ExtractedCorpus(name, new Corpus(kept.stream().map(ArticleClaims::article).toList(), corpus.diagnostics(),
        corpus.declaredOrigins()), kept);
  }

  /** Runs the claims stage on every article of a corpus just read. */
  public static ExtractedCorpus extract(String name, Corpus corpus) {
    ClaimExtractor extractor = new ClaimExtractor();
    return new ExtractedCorpus(name, corpus, corpus.articles().stream().map(extractor::extract).toList());
  }
}
