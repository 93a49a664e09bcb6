package org.corroborate.model;

import java.util.List;

/**
 * The articles read from a folder, in sorted order of id, the files that could not be read, and
 * the editor's declared outlet origins ({@code origins.csv}), if any.
 */
public record Corpus(List<Article> articles, List<Diagnostic> diagnostics, List<OutletOrigin> declaredOrigins) {
  public Corpus {
    articles = List.copyOf(articles);
    diagnostics = List.copyOf(diagnostics);
    declaredOrigins = List.copyOf(declaredOrigins);
  }

  /** This corpus with every article's header only (see {@link Article#withoutText()}). */
  public Corpus withoutArticleTexts() {
    return new Corpus(articles.stream().map(Article::withoutText).toList(), diagnostics, declaredOrigins);
  }

  public Corpus(List<Article> articles, List<Diagnostic> diagnostics) {
    this(articles, diagnostics, List.of());
  }
}
