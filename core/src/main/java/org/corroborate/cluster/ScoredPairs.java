package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.corroborate.model.Claim;
import org.corroborate.stories.StoryNames;

/**
 * The scored pairs of one clustering run: the BM25 candidates of every claim, scored by the pair
 * model, and any other pair scored on demand when a merge needs it. Items are positions in the
 * id-sorted claim list; a pair key packs the smaller position first. Each pair keeps only what
 * grouping asks (similarity, same, conflict, compatible, which side is stated within the other) in
 * a {@link PairTable}; the full features behind a reported link are scored again ({@link #detail}).
 * Not thread safe (candidate pairs are scored on every core inside {@link #of}).
 */
final class ScoredPairs implements AverageLinkGrouping.Pairs {

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
  }

  /**
   * A pair of claims of two stories: never one claim, nor one cluster through a third claim (its names
   * differ, so it is incompatible), nor a conflict (the contradictions stage asks the same rule). Not
   * scored: its features would be worked out only to be ignored.
   */
  private static final Scored OTHER_STORIES = new Scored(0,
      new PairFeatures(new double[PairFeatures.NAMES.size()], List.of(), List.of(), null, true), Containment.Cover.NONE,
      false, false);

  /** Flags kept per scored pair. */
  private static final byte SAME = 1;
  private static final byte CONFLICT = 2;
  private static final byte COMPATIBLE = 4;
  private static final byte FIRST_STATED_WITHIN = 8;
  private static final byte SECOND_STATED_WITHIN = 16;

  private final List<ClaimProfile> profiles;
  private final TermWeights idf;
  private final NameAssociations names;
  private final StoryNames stories;
  private final Containment containment;
  private final ClusterOptions options;
  private final PairModel model;
  /**
   * The candidate pairs (BM25, and a neighbourhood's groups), as numbers only: similarity and flags;
   * its {@link #candidateCount} entries are all candidates. Pairs scored later are in {@link #extra}.
   * A pair's features are worked out again for the few CONFLICT links reported ({@link #detail}).
   */
  private final PairTable table = new PairTable();
  private int candidateCount;
  private boolean built;
  /**
   * Pairs scored on demand by grouping after the candidates, kept for asking again until there are
   * {@link #extraLimit} of them, then let go all at once (a pair asked again is scored again, to the
   * same numbers). Grouping asks about every pair across two groups it considers, and keeping them all
   * was about 4.8 million pairs (160 MB with the table's growth) for 72,000 claims at 10k generated
   * articles, the largest cost of the stage. What grouping decides does not depend on what is kept:
   * a kept pair only lets it refuse sooner.
   */
  private PairTable extra;
  private final int extraLimit;
  /** The table of the entry {@link #entry} returned last. */
  private PairTable at;

  private ScoredPairs(List<ClaimProfile> profiles, TermWeights idf, ClusterOptions options, PairModel model) {
    this.profiles = profiles;
    this.idf = idf;
    this.names = new NameAssociations(profiles);
    this.stories = new StoryNames(profiles.stream().map(ClaimProfile::claim).toList());
    this.containment = new Containment(idf, names, options.synonyms());
    this.options = options;
    this.model = model;
    this.extraLimit = Math.max(EXTRA_PER_CLAIM_MIN, EXTRA_PER_CLAIM * profiles.size());
  }

  /** On-demand pairs kept per claim ({@link #extra}), and at least this many in all. */
  static final int EXTRA_PER_CLAIM = 8;
  static final int EXTRA_PER_CLAIM_MIN = 1 << 16;

  static ScoredPairs of(List<Claim> sortedClaims, ClusterOptions options, PairModel model) {
    return of(sortedClaims, options, model, null);
  }

  /**
   * As {@link #of(List, ClusterOptions, PairModel)}; within a {@link Neighbourhood} (when not
   * null) with its corpus's term weights, only its seeds searching for candidates, and its groups'
   * pairs as candidates.
   */
  static ScoredPairs of(List<Claim> sortedClaims, ClusterOptions options, PairModel model, Neighbourhood within) {
    return of(sortedClaims, options, model, within, phase -> {});
  }

  /** As {@link #of(List, ClusterOptions, PairModel, Neighbourhood)}, telling {@code phases} when each phase starts. */
  static ScoredPairs of(List<Claim> sortedClaims, ClusterOptions options, PairModel model, Neighbourhood within,
      Consumer<String> phases) {
    phases.accept("profiles");
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      // profiles on every core: a profile is a function of its claim alone (the analyzer is thread
      // safe and shares equal terms through a concurrent map); the index texts live only until the
      // index is built (below CandidateIndex.ON_DISK_FROM it keeps a copy, for its Lucene fallback),
      // profiles do not keep them
      ClaimProfile[] built = new ClaimProfile[sortedClaims.size()];
      String[] texts = new String[sortedClaims.size()];
      Map<Object, Object> sharedValues = new java.util.concurrent.ConcurrentHashMap<>();
      IntStream.range(0, sortedClaims.size()).parallel().forEach(i -> {
        Claim c = sortedClaims.get(i);
        Mentions.Extracted mentions = Mentions.extract(c.text());
        // equal sets and term lists of different claims are one copy (the map goes with this pass)
        built[i] = ClaimProfile.of(c, analyzer, mentions).sharing(sharedValues);
        texts[i] = ClaimProfile.indexText(c, mentions);
      });
      sharedValues.clear();
      List<ClaimProfile> profiles = Arrays.asList(built);
      phases.accept("names");
      // the candidate index reads only the index texts and the names only the profiles: the index
      // is built on the pool while this thread works out the names (on one core, by this thread
      // when it asks for it)
      ForkJoinTask<CandidateIndex> indexing = ForkJoinPool.commonPool().submit(() -> new CandidateIndex(analyzer, Arrays.asList(texts)));
      TermWeights idf;
      ScoredPairs pairs;
      try {
        idf = within == null ? TermWeights.of(profiles) : TermWeights.of(within.stats());
        pairs = new ScoredPairs(profiles, idf, options, model);
      } catch (RuntimeException | Error e) {
        closeWhenBuilt(indexing, e);
        throw e;
      }
      phases.accept("index");
      CandidateIndex candidates = indexing.join();
      Arrays.fill(texts, null);
      try (CandidateIndex index = candidates) {
        int[][] near = new int[Math.min(RETRIEVAL_BLOCK, profiles.size())][];
        for (int from = 0; from < profiles.size(); from += RETRIEVAL_BLOCK) {
          int start = from;
          int end = Math.min(profiles.size(), from + RETRIEVAL_BLOCK);
          // the searches are independent and the index is read only: run them on every core, then
          // take their answers in claim order, as one thread would; within a neighbourhood only its
          // seeds search
          phases.accept("retrieval");
          IntStream.range(start, end).parallel()
              .forEach(i -> near[i - start] = within != null && !within.seeds().contains(profiles.get(i).claim().id())
                  ? new int[0] : neighbours(index, i, profiles.get(i), idf, options));
          phases.accept("scoring");
          pairs.addScored(start, end, near);
        }
      }
      if (within != null) {
        // a group's claims can only reach a new claim's cluster through a candidate pair with a new
        // claim (corpus claims search for no candidates): the groups none of whose claims is such a
        // candidate cannot change any new claim's cluster, and their pairs are not scored
        boolean[] reached = new boolean[profiles.size()];
        for (int e = 0; e < pairs.table.size(); e++) {
          reached[first(pairs.table.key(e))] = true;
          reached[second(pairs.table.key(e))] = true;
        }
        pairs.addGroups(sortedClaims, within.groups(), reached);
      }
      pairs.candidateCount = pairs.table.size();
      pairs.table.freeze(profiles.size()); // complete: pairs scored later go to the on-demand table
      pairs.built = true;
      return pairs;
    }
  }

  /** Closes the index once built, after a failure elsewhere (kept, with any failure of the index's). */
  private static void closeWhenBuilt(ForkJoinTask<CandidateIndex> indexing, Throwable failure) {
    try {
      indexing.join().close();
    } catch (RuntimeException | Error e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Adds the candidate pairs of claims {@code start..end} (their neighbours in {@code near}), as
   * {@link #entry} would one by one in claim order, but scored on every core: scoring is a pure
   * function of the two profiles, and the table receives the pairs in the same order, so the result
   * is the same as on one thread.
   */
  private void addScored(int start, int end, int[][] near) {
    java.util.LinkedHashSet<Long> fresh = new java.util.LinkedHashSet<>();
    for (int i = start; i < end; i++) {
      for (int j : near[i - start]) {
        long key = key(i, j);
        if (table.find(key) < 0) {
          fresh.add(key);
        }
      }
    }
    addAll(fresh);
  }

  /** Scores these pairs, none in the table yet, on every core and adds them in their order. */
  private void addAll(java.util.LinkedHashSet<Long> fresh) {
    long[] keys = fresh.stream().mapToLong(Long::longValue).toArray();
    double[] similarity = new double[keys.length];
    byte[] flags = new byte[keys.length];
    IntStream.range(0, keys.length).parallel().forEach(x -> {
      Scored s = detail(first(keys[x]), second(keys[x]));
      similarity[x] = s.similarity();
      flags[x] = flags(keys[x], s);
    });
    for (int x = 0; x < keys.length; x++) {
      table.add(keys[x], similarity[x], flags[x]);
    }
  }

  /** Makes every pair of a group's claims present here a candidate, for the groups with a reached claim. */
  private void addGroups(List<Claim> sortedClaims, List<List<String>> groups, boolean[] reached) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < sortedClaims.size(); i++) {
      position.put(sortedClaims.get(i).id(), i);
    }
    java.util.LinkedHashSet<Long> fresh = new java.util.LinkedHashSet<>();
    for (List<String> g : groups) {
      List<Integer> at = g.stream().map(position::get).filter(java.util.Objects::nonNull).sorted().toList();
      if (at.stream().noneMatch(i -> reached[i])) {
        continue;
      }
      for (int x = 0; x < at.size(); x++) {
        for (int y = x + 1; y < at.size(); y++) {
          long key = key(at.get(x), at.get(y));
          if (table.find(key) < 0) {
            fresh.add(key);
          }
        }
      }
    }
    // scored on every core and put in the table in the order one thread would have put them
    addAll(fresh);
  }

  /** Claims whose candidates are retrieved at once (in parallel) before their pairs are scored. */
  static final int RETRIEVAL_BLOCK = 4096;

  /** A claim's BM25 candidates: its nearest claims, then its nearest with its actor left out of the query. */
  private static int[] neighbours(CandidateIndex index, int i, ClaimProfile profile, TermWeights idf,
      ClusterOptions options) {
    List<Integer> near = new ArrayList<>(index.nearest(i, profile, idf, options.candidates()));
    if (!profile.actor().isEmpty()) {
      near.addAll(index.nearestIgnoring(i, profile, idf, options.candidates() / 2, profile.actor()));
    }
    return near.stream().mapToInt(Integer::intValue).toArray();
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

  static int first(long key) {
    return (int) (key >>> 32);
  }

  static int second(long key) {
    return (int) key;
  }

  /** The scored candidate keys that may merge, best first (ties: smaller positions first). */
  long[] mergeCandidates() {
    int n = 0;
    for (int e = 0; e < candidateCount; e++) {
      if ((table.flags(e) & SAME) != 0) {
        n++;
      }
    }
    int[] order = new int[n];
    n = 0;
    for (int e = 0; e < candidateCount; e++) {
      if ((table.flags(e) & SAME) != 0) {
        order[n++] = e;
      }
    }
    // entry numbers sorted as primitives: boxing them was 16 bytes a merge candidate (about a
    // million at 10k generated articles)
    sort(order, new int[n], 0, n);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = table.key(order[i]);
    }
    return out;
  }

  /** Whether entry {@code x} sorts before entry {@code y}: higher similarity first, then smaller key. */
  private boolean before(int x, int y) {
    int bySimilarity = Double.compare(table.similarity(y), table.similarity(x));
    return bySimilarity != 0 ? bySimilarity < 0 : table.keyBefore(x, y);
  }

  /** Merge sort of {@code a[from, to)} by {@link #before} (keys are distinct: the order is total). */
  private void sort(int[] a, int[] tmp, int from, int to) {
    if (to - from < 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && before(x, a[j])) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, tmp, from, mid);
    sort(a, tmp, mid, to);
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && !before(tmp[j], tmp[i]))) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** The keys of the BM25 candidate pairs, in increasing order. */
  long[] candidateKeys() {
    long[] out = new long[candidateCount];
    for (int e = 0; e < candidateCount; e++) {
      out[e] = table.key(e);
    }
    Arrays.sort(out);
    return out;
  }

  /** The similarity used for merging, or 0 when the pair disagrees or names differ. */
  @Override
  public double linkage(int a, int b) {
    int e = entry(a, b);
    return (at.flags(e) & COMPATIBLE) != 0 ? at.similarity(e) : 0;
  }

  /** The similarity of a pair scored already, as {@link #linkage}; -1 when it was never scored. */
  @Override
  public double knownLinkage(int a, int b) {
    int e = find(key(a, b));
    if (e < 0) {
      return -1;
    }
    return (at.flags(e) & COMPATIBLE) != 0 ? at.similarity(e) : 0;
  }

  /** Whether the pair was scored already and found incompatible ({@link #compatible}). */
  @Override
  public boolean knownIncompatible(int a, int b) {
    int e = find(key(a, b));
    return e >= 0 && (at.flags(e) & COMPATIBLE) == 0;
  }

  /** Whether claim {@code inner} is stated within the compatible claim {@code outer} ({@link Containment}). */
  @Override
  public boolean statedWithin(int inner, int outer) {
    int e = entry(inner, outer);
    return (at.flags(e) & (inner < outer ? FIRST_STATED_WITHIN : SECOND_STATED_WITHIN)) != 0;
  }

  /** Whether two claims may be in one cluster at all: nothing disagrees, no different actors. */
  @Override
  public boolean compatible(int a, int b) {
    int e = entry(a, b);
    return (at.flags(e) & COMPATIBLE) != 0;
  }

  /** The similarity used for merging ({@link Scored#similarity}), whether the pair is compatible or not. */
  double similarity(int a, int b) {
    int e = entry(a, b);
    return at.similarity(e);
  }

  /** Whether the pair is a merge link: compatible and similar enough. */
  boolean same(int a, int b) {
    int e = entry(a, b);
    return (at.flags(e) & SAME) != 0;
  }

  /** Whether the pair is a conflict: about one thing, and something disagrees. */
  boolean conflict(int a, int b) {
    int e = entry(a, b);
    return (at.flags(e) & CONFLICT) != 0;
  }

  /** How many pairs are kept: candidates and pairs scored on demand since the last let-go. */
  int scoredCount() {
    return table.size() + (extra == null ? 0 : extra.size());
  }

  /** The entry of a kept pair (its table in {@link #at}), or -1. */
  private int find(long key) {
    int e = table.find(key);
    if (e >= 0) {
      at = table;
      return e;
    }
    if (extra != null) {
      e = extra.find(key);
      at = extra;
    }
    return e;
  }

  /** The pair's entry in the table, scored now when it was not yet. */
  private int entry(int a, int b) {
    long key = key(a, b);
    int e = find(key);
    if (e >= 0) {
      return e;
    }
    Scored s = detail(first(key), second(key));
    byte f = flags(key, s);
    if (!built) {
      at = table;
    } else {
      if (extra == null || extra.size() >= extraLimit) {
        extra = new PairTable();
      }
      at = extra;
    }
    return at.add(key, s.similarity(), f);
  }

  /** The flags kept for a scored pair. */
  private byte flags(long key, Scored s) {
    byte f = 0;
    if (s.same()) {
      f |= SAME;
    }
    if (s.conflict()) {
      f |= CONFLICT;
    }
    if (s.features().disagreement() == null && !s.features().namesDiffer()) {
      f |= COMPATIBLE;
      if (s.contained()) {
        String covered = s.cover().covered();
        if (covered.equals(profiles.get(first(key)).claim().id())) {
          f |= FIRST_STATED_WITHIN;
        }
        if (covered.equals(profiles.get(second(key)).claim().id())) {
          f |= SECOND_STATED_WITHIN;
        }
      }
    }
    return f;
  }

  /**
   * A pair scored in full, with its features and containment, for a link's reason. Not kept:
   * worked out again on each call (the same numbers each time).
   */
  Scored detail(int a, int b) {
    ClaimProfile pa = profiles.get(Math.min(a, b));
    ClaimProfile pb = profiles.get(Math.max(a, b));
    double bar = Math.min(options.memberFloor(), options.conflictThreshold());
    if (!stories.mayShareStory(pa.claim().articleId(), pb.claim().articleId())) {
      return OTHER_STORIES;
    }
    PairFeatures f = PairFeatures.of(pa, pb, idf, names, options.synonyms(), model, bar);
    double p = model.probability(f.values());
    boolean agree = f.disagreement() == null;
    Containment.Cover cover = agree && !f.namesDiffer() ? containment.cover(pa, pb) : Containment.Cover.NONE;
    Scored draft = new Scored(p, f, cover, false, false);
    boolean same = agree && !f.namesDiffer() && draft.similarity() >= options.linkThreshold();
    return new Scored(p, f, cover, same, !agree && p >= options.conflictThreshold());
  }
}
