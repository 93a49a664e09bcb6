package org.corroborate.claims;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;

/**
 * An article's claims and its derived propositions: statements each entailed by a claim of the same
 * sentence ("X said P" beside P; a clause without its trailing adjuncts), numbered "&lt;article id&gt;#d&lt;n&gt;".
 * The engine clusters and counts {@code claims} only.
 */
public record Propositions(ArticleClaims claims, List<Claim> derived) {
  public Propositions {
    Objects.requireNonNull(claims, "claims");
    derived = List.copyOf(derived);
  }
}
