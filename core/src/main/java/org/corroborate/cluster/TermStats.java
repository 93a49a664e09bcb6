package org.corroborate.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.corroborate.model.Claim;

/**
 * How many claims of a corpus each analysed stem occurs in, and how many claims there are: what
 * the cluster stage's term weights ({@code TermWeights}) are computed from. Stored with a corpus so
 * that a small set of claims drawn from it (a draft and its neighbours) can be clustered with the
 * corpus's word rarity rather than the small set's. Immutable; thread safe.
 *
 * @param documentFrequencies stem to the number of claims that contain it (sorted by stem)
 * @param claims the number of claims counted
 */
public record TermStats(Map<String, Integer> documentFrequencies, int claims) {
  public TermStats {
    documentFrequencies = java.util.Collections.unmodifiableMap(new TreeMap<>(documentFrequencies));
    if (claims < 0) {
      throw new IllegalArgumentException("claims must be at least 0: " + claims);
    }
  }

  /** The stem counts of these claims, analysed as the cluster stage analyses them. */
  public static TermStats of(List<Claim> claims) {
    Objects.requireNonNull(claims, "claims");
    Map<String, Integer> df = new HashMap<>();
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      for (Claim c : claims) {
        for (String s : ClaimProfile.of(c, analyzer).stems()) {
          df.merge(s, 1, Integer::sum);
        }
      }
    }
    return new TermStats(df, claims.size());
  }
}
