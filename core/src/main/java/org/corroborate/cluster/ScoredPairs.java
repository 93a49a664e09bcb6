package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;

/**
 * The scored pairs of one clustering run: the BM25 candidates of every claim, scored by the pair
 * model, and any other pair scored on demand when a merge needs it. Items are positions in the
 * id-sorted claim list; a pair key packs the smaller position first. Not thread safe.
 */
final class ScoredPairs {

  /**
   * The share of the shorter claim's content (by rarity) the longer claim must match for the two to
   * be one claim whatever the longer one adds.
   */
  static final double CONTAINMENT_THRESHOLD = 0.8;

  /** One scored pair. */
  record Scored(double probability, PairFeatures features, Containment.Cover cover, boolean same, boolean conflict) {

    /** Whether the shorter claim is stated within the longer one ({@link Containment}). */
    boolean contained() {
      return cover.units() >= Containment.MIN_UNITS && cover.share() >= CONTAINMENT_THRESHOLD;
    }

    /** The similarity used for merging: the better of the pair model and containment. */
    double similarity() {
      return contained() ? Math.max(probability, cover.share()) : probability;
    }

    String reason() {
      StringBuilder r = new StringBuilder();
      if (contained() && cover.share() > probability) {
        r.append(String.format(java.util.Locale.ROOT, "stated within the other (%.0f%% of its content); ",
            100 * cover.share()));
      }
      r.append("shared: ");
      r.append(String.join(", ", features.shared().subList(0, Math.min(5, features.shared().size()))));
      if (!features.synonymPairs().isEmpty()) {
        r.append("; synonyms: ").append(String.join(", ", features.synonymPairs()));
      }
      return r.toString();
    }
  }

  private final List<ClaimProfile> profiles;
  private final TermWeights idf;
  private final NameAssociations names;
  private final Containment containment;
  private final ClusterOptions options;
  private final PairModel model;
  private final Map<Long, Scored> scored = new HashMap<>();
  private final List<Long> candidates = new ArrayList<>();

  private ScoredPairs(List<ClaimProfile> profiles, TermWeights idf, ClusterOptions options, PairModel model) {
    this.profiles = profiles;
    this.idf = idf;
    this.names = new NameAssociations(profiles);
    this.containment = new Containment(idf, names, options.synonyms());
    this.options = options;
    this.model = model;
  }

  static ScoredPairs of(List<Claim> sortedClaims, ClusterOptions options, PairModel model) {
    return of(sortedClaims, options, model, null);
  }

  /**
   * As {@link #of(List, ClusterOptions, PairModel)}; within a {@link Neighbourhood} (when not
   * null) with its corpus's term weights, only its seeds searching for candidates, and its groups'
   * pairs as candidates.
   */
  static ScoredPairs of(List<Claim> sortedClaims, ClusterOptions options, PairModel model, Neighbourhood within) {
    List<ClaimProfile> profiles = new ArrayList<>(sortedClaims.size());
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      for (Claim c : sortedClaims) {
        profiles.add(ClaimProfile.of(c, analyzer));
      }
      TermWeights idf = within == null ? TermWeights.of(profiles) : TermWeights.of(within.stats());
      ScoredPairs pairs = new ScoredPairs(profiles, idf, options, model);
      try (CandidateIndex index = new CandidateIndex(profiles, analyzer)) {
        for (int i = 0; i < profiles.size(); i++) {
          if (within != null && !within.seeds().contains(profiles.get(i).claim().id())) continue;
          List<Integer> near = new ArrayList<>(index.nearest(i, profiles.get(i), idf, options.candidates()));
          if (!profiles.get(i).actor().isEmpty()) {
            near.addAll(index.nearestIgnoring(i, profiles.get(i), idf, options.candidates() / 2,
                profiles.get(i).actor()));
          }
          for (int j : near) {
            long key = key(i, j);
            if (!pairs.scored.containsKey(slot(key))) {
              pairs.scored(Math.min(i, j), Math.max(i, j));
              pairs.candidates.add(key);
            }
          }
        }
      }
      if (within != null) {
        pairs.addGroups(sortedClaims, within.groups());
      }
      return pairs;
    }
  }

  /** Makes every pair of a group's claims present here a candidate. */
  private void addGroups(List<Claim> sortedClaims, List<List<String>> groups) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < sortedClaims.size(); i++) {
      position.put(sortedClaims.get(i).id(), i);
    }
    for (List<String> g : groups) {
      List<Integer> at = g.stream().map(position::get).filter(java.util.Objects::nonNull).sorted().toList();
      for (int x = 0; x < at.size(); x++) {
        for (int y = x + 1; y < at.size(); y++) {
          long key = key(at.get(x), at.get(y));
          if (!scored.containsKey(slot(key))) {
            scored(at.get(x), at.get(y));
            candidates.add(key);
          }
        }
      }
    }
  }

  /** The profiles of claims already sorted by id (for training: no index, no candidates). */
  static List<ClaimProfile> profiles(List<Claim> sortedClaims) {
    List<ClaimProfile> profiles = new ArrayList<>(sortedClaims.size());
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      for (Claim c : sortedClaims) {
        profiles.add(ClaimProfile.of(c, analyzer));
      }
    }
    return profiles;
  }

  static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | hi;
  }

  /**
   * The map slot of a pair key: the key times an odd constant, a one-to-one mix, because a packed
   * key's own hash ({@code lo ^ hi}) puts many pairs in one bucket.
   */
  private static long slot(long key) {
    return key * 0x9E3779B97F4A7C15L;
  }

  static int first(long key) {
    return (int) (key >>> 32);
  }

  static int second(long key) {
    return (int) key;
  }

  /** The scored candidate keys that may merge, best first (ties: smaller positions first). */
  List<Long> mergeCandidates() {
    List<Long> out = new ArrayList<>();
    for (long k : candidates) {
      if (scored.get(slot(k)).same()) {
        out.add(k);
      }
    }
    out.sort(Comparator.comparingDouble((Long k) -> -scored.get(slot(k)).similarity()).thenComparingLong(k -> k));
    return out;
  }

  Collection<Long> keys() {
    return candidates;
  }

  /** The similarity used for merging, or 0 when the pair disagrees or names differ. */
  double linkage(int a, int b) {
    Scored s = scored(a, b);
    return compatible(a, b) ? s.similarity() : 0;
  }

  /** Whether claim {@code inner} is stated within the compatible claim {@code outer} ({@link Containment}). */
  boolean statedWithin(int inner, int outer) {
    Scored s = scored(inner, outer);
    return compatible(inner, outer) && s.contained() && s.cover().covered().equals(profiles.get(inner).claim().id());
  }

  /** Whether two claims may be in one cluster at all: nothing disagrees, no different actors. */
  boolean compatible(int a, int b) {
    PairFeatures f = scored(a, b).features();
    return f.disagreement() == null && !f.namesDiffer();
  }

  Scored scored(int a, int b) {
    long key = key(a, b);
    Scored s = scored.get(slot(key));
    if (s == null) {
      double bar = Math.min(options.memberFloor(), options.conflictThreshold());
      PairFeatures f = PairFeatures.of(
          profiles.get(first(key)), profiles.get(second(key)), idf, names, options.synonyms(), model, bar);
      double p = model.probability(f.values());
      boolean agree = f.disagreement() == null;
      Containment.Cover cover = agree && !f.namesDiffer()
          ? containment.cover(profiles.get(first(key)), profiles.get(second(key)))
          : Containment.Cover.NONE;
      Scored draft = new Scored(p, f, cover, false, false);
      boolean same = agree && !f.namesDiffer() && draft.similarity() >= options.linkThreshold();
      s = new Scored(p, f, cover, same, !agree && p >= options.conflictThreshold());
      scored.put(slot(key), s);
    }
    return s;
  }
}
