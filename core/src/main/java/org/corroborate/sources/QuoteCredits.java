package org.corroborate.sources;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Claim;
import org.corroborate.sources.Attribution.Kind;

/**
 * Folds the repeats of an anonymous source's quote into the outlet the quote was given to. When one
 * article credits a quotation by an unnamed speaker ("a Defense official", "a source") to an outlet
 * ("told Axios", "Axios has learned", "according to Axios"), the same quote carried by other
 * articles of the cluster without a credit of their own exists only because that outlet obtained
 * it: they count under that outlet's origin, whatever the length of the quote (the copy detector
 * of {@link ClaimOrigins} needs a long enough shared passage; a short quote is just as exclusive).
 * A named speaker's statement is public and stays independent wherever it is quoted; a repeat
 * published before the article that credits the quote (both times known) is not folded.
 *
 * <p>Works on one cluster at a time. Stateless and thread safe.
 */
final class QuoteCredits {
  /** The claim of a cluster that credits an anonymous quote to an outlet, and the outlet. */
  private record Given(Claim claim, OutletRegistry.Named outlet, String cue) {}

  private QuoteCredits() {}

  /**
   * The attributions of the cluster's supporting claims with the uncredited repeats of a credited
   * anonymous quote moved to the outlet the quote was given to; the others unchanged.
   *
   * @param supporting the cluster's supporting claims, sorted by id
   * @param attributions the origin of each of them, by claim id; replaced in place
   */
  static void fold(List<Claim> supporting, Map<String, Attribution> attributions, ClaimOrigins origins) {
    Given given = null;
    for (Claim c : supporting) {
      Optional<Given> g = givenTo(c, origins);
      if (g.isPresent() && (given == null || g.get().outlet().key().compareTo(given.outlet().key()) < 0)) {
        given = g.get();
      }
    }
    if (given == null) {
      return;
    }
    Map<String, Attribution> moved = new HashMap<>();
    for (Claim c : supporting) {
      Attribution at = attributions.get(c.id());
      if (!c.quote() || !unnamed(c) || at.key().equals(given.outlet().key())
          || at.kind() != Kind.OWN && at.kind() != Kind.DECLARED || givenTo(c, origins).isPresent()
          || earlier(origins.published(c), origins.published(given.claim()))) {
        continue; // a repeat published before the credit cannot have taken the quote from it
      }
      String reason = "quote first given to " + given.outlet().display() + " ("
          + (given.cue() == null ? "credited" : "\"" + given.cue() + "\"") + " in " + given.claim().articleId()
          + "), repeated without credit";
      moved.put(c.id(), new Attribution(Kind.QUOTED, given.outlet().key(), given.outlet().display(), reason,
          given.outlet().agency() == null ? "" : given.outlet().agency().code()));
    }
    attributions.putAll(moved);
  }

  private static boolean earlier(Instant a, Instant b) {
    return a != null && b != null && a.isBefore(b);
  }

  /** The outlet a quotation by an unnamed speaker is credited to in its claim, if any. */
  private static Optional<Given> givenTo(Claim c, ClaimOrigins origins) {
    if (!c.quote() || c.speaker() == null || !QuoteRules.anonymous(c.speaker())) {
      return Optional.empty();
    }
    Optional<Credit> credit = origins.credit(c);
    return credit.map(cr -> new Given(c, origins.outletOrigin(cr.name()), cr.cue()));
  }

  /** Whether the claim names no one as its speaker: none at all, or an anonymous source. */
  private static boolean unnamed(Claim c) {
    return c.speaker() == null || QuoteRules.anonymous(c.speaker());
  }
}
