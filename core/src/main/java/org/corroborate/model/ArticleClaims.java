package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/** The claims stage's output for one article: its claims in order and the sentences it dropped. */
public record ArticleClaims(Article article, List<Claim> claims, List<Dropped> dropped) {
  public ArticleClaims {
    Objects.requireNonNull(article, "article");
    claims = List.copyOf(claims);
    dropped = List.copyOf(dropped);
  }

  /** These claims without their tokens (see {@link Claim#withoutTokens()}). */
  public ArticleClaims withoutTokens() {
    return new ArticleClaims(article, claims.stream().map(Claim::withoutTokens).toList(), dropped);
  }

  /** These claims with the article's header only (see {@link Article#withoutText()}). */
  public ArticleClaims withoutArticleText() {
    return new ArticleClaims(article.withoutText(), claims, dropped);
  }
}
