package org.corroborate.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to cluster a few claims of a larger corpus together with some new claims (a draft's claims
 * with their corpus neighbours), so that the work grows with the new claims, not the corpus: word
 * rarity comes from the corpus's counts; only the new claims search for BM25 candidates; and
 * claims the corpus's own clustering put together are candidates of each other, so the new claims
 * can join the corpus's clusters as they stand. Only the new claims' clusters are worked out in
 * full: a group none of whose claims is a candidate of a new claim is not scored, and only links
 * with a new claim on one side are listed. Immutable.
 *
 * @param stats the corpus's stem counts
 * @param seeds the ids of the new claims: the only ones that search for candidates
 * @param groups ids of corpus claims the corpus's clustering put in one cluster
 */
public record Neighbourhood(TermStats stats, Set<String> seeds, List<List<String>> groups) {
  public Neighbourhood {
    Objects.requireNonNull(stats, "stats");
    seeds = Set.copyOf(seeds);
    groups = groups.stream().map(List::copyOf).toList();
  }
}
