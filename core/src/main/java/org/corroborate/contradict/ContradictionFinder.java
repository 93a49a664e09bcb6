package org.corroborate.contradict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.stories.StoryNames;

/**
 * Finds pairs of claims that cannot both hold, typed after de Marneffe, Rafferty and Manning
 * ("Finding Contradictions in Text", ACL 2008): denial, negation, antonym, numeric, date,
 * exclusivity.
 *
 * <p>Candidates are never all pairs: claims of one cluster, pairs the clustering stage kept apart
 * as {@link ClaimLink.Kind#CONFLICT}, claims that share content words found through an inverted
 * index with a cap per word, and neighbouring claims of one article said by different speakers.
 * Two claims of one article are only paired when their speakers differ; two of different articles only
 * when the articles may be about one story ({@link StoryNames}). Results are sorted by the
 * pair's claim ids and numbered "x1", "x2", ...
 *
 * <p>Thread safe: holds only immutable settings; WordNet is shared, loaded once and read-only.
 */
public final class ContradictionFinder {
  private final ContradictionOptions options;

  /** A finder with {@link ContradictionOptions#defaults()}. */
  public ContradictionFinder() {
    this(ContradictionOptions.defaults());
  }

  public ContradictionFinder(ContradictionOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The contradictions among {@code claims}.
   *
   * @param claims every claim of the corpus (claims with a repeated id are read once)
   * @param clustering the clustering stage's clusters and links over those claims
   * @return the contradictions, sorted by their pair of claim ids, numbered "x1", "x2", ...; of
   *     several of one type between the same two sentences only the first is kept
   */
  public List<Contradiction> find(List<Claim> claims, Clustering clustering) {
    return find(claims, clustering, null);
  }

  /**
   * As {@link #find(List, Clustering)}, judging only the candidate pairs with at least one side in
   * {@code involving} (a draft's claims checked against their corpus neighbours), or every pair
   * when it is null.
   */
  public List<Contradiction> find(List<Claim> claims, Clustering clustering, Set<String> involving) {
    return find(prepare(claims, involving), clustering, involving);
  }

  /**
   * What the stage reads of the claims alone, before any clustering: each claim's features, the
   * claims' order within their articles, the anaphoras' antecedents, the stories, and the candidate
   * pairs that do not come from the clustering (shared content words, neighbouring sentences). A
   * caller that has the claims before their clustering can prepare them on another thread meanwhile
   * and then call {@link #find(Prepared, Clustering, Set)}; the result is that of {@link
   * #find(List, Clustering, Set)}. Immutable once made.
   */
  public static final class Prepared {
    private final Lexicon lexicon;
    private final Positions positions;
    private final ArticleOrder order;
    private final StoryNames stories;
    private final Set<String>[] antecedents;
    /** The claims the pairs must involve, as given to {@link #prepare(List, Set)}; null: every claim. */
    private final Set<String> involving;
    /** The candidate pairs by shared content and by neighbouring sentences ({@link PairKeys}' packing). */
    private final long[] contentPairs;

    private Prepared(Lexicon lexicon, Positions positions, ArticleOrder order, StoryNames stories, Set<String>[] antecedents,
        Set<String> involving, long[] contentPairs) {
      this.lexicon = lexicon;
      this.positions = positions;
      this.order = order;
      this.stories = stories;
      this.antecedents = antecedents;
      this.involving = involving;
      this.contentPairs = contentPairs;
    }
  }

  /**
   * Prepares these claims (claims with a repeated id are read once) for {@link #find(Prepared,
   * Clustering, Set)} of every pair.
   */
  public Prepared prepare(List<Claim> claims) {
    return prepare(claims, null);
  }

  /**
   * Prepares these claims (claims with a repeated id are read once) for {@link #find(Prepared,
   * Clustering, Set)} of the pairs with a side in {@code involving} (null: every pair).
   */
  public Prepared prepare(List<Claim> claims, Set<String> involving) {
    Set<String> only = involving == null ? null : Set.copyOf(involving);
    Lexicon lexicon = Lexicon.shared();
    Positions positions = features(claims, lexicon);
    ClaimFeatures[] features = positions.features();
    ArticleOrder order = new ArticleOrder(claims);
    StoryNames stories = new StoryNames(claims);
    // the content an anaphora of each claim borrows from an earlier claim, by position (null: none)
    @SuppressWarnings("unchecked")
    Set<String>[] antecedents = (Set<String>[]) new Set<?>[features.length];
    for (int i = 0; i < features.length; i++) {
      Set<String> ante = order.antecedent(features[i], positions);
      antecedents[i] = ante.isEmpty() ? null : ante;
    }
    PairKeys content = new PairKeys(positions, only);
    contentCandidates(features, antecedents, order, only, content);
    return new Prepared(lexicon, positions, order, stories, antecedents, only, content.sortedUnique());
  }

  /**
   * As {@link #find(List, Clustering, Set)}, of claims prepared beforehand ({@link #prepare}) and
   * their clustering.
   */
  public List<Contradiction> find(Prepared prepared, Clustering clustering, Set<String> involving) {
    if (!Objects.equals(prepared.involving, involving == null ? null : Set.copyOf(involving))) {
      throw new IllegalArgumentException("the claims were prepared for pairs involving " + prepared.involving + ", not " + involving);
    }
    Positions positions = prepared.positions;
    ClaimFeatures[] features = positions.features();
    ArticleOrder order = prepared.order;
    StoryNames stories = prepared.stories;
    Set<String>[] antecedents = prepared.antecedents;
    PairJudge judge = new PairJudge(prepared.lexicon);
    List<Contradiction> out = new ArrayList<>();
    // one dispute per pair of sentences and type: two claims split from one sentence ("..., which
    // soured the relationship" / "..., which led to the impasse") against one denial are one dispute
    Set<SentencePair> sentencePairs = new java.util.HashSet<>();
    for (long pair : candidates(clustering, positions, prepared.contentPairs, prepared.involving)) {
      int pa = (int) (pair >>> 32);
      int pb = (int) pair;
      ClaimFeatures a = features[pa];
      ClaimFeatures b = features[pb];
      if (!eligible(a, b)
          || !stories.mayShareStory(a.claim.articleId(), b.claim.articleId())) {
        continue;
      }
      Set<String> antA = antecedents[pa] == null ? Set.of() : antecedents[pa];
      Set<String> antB = antecedents[pb] == null ? Set.of() : antecedents[pb];
      Optional<Finding> f = judge.judge(a, b, antA, antB, order.neighbours(a.claim, b.claim, options.neighbourSentences()));
      if (f.isPresent() && sentencePairs.add(new SentencePair(f.get().type(), a.claim.articleId(), a.claim.sentenceStart(),
          b.claim.articleId(), b.claim.sentenceStart()))) {
        Finding x = f.get();
        out.add(new Contradiction("x" + (out.size() + 1), x.type(), x.summary(), x.severity(),
            List.of(a.claim.id(), b.claim.id()), List.of(a.claim.source(), b.claim.source())));
      }
    }
    return out;
  }

  /**
   * The features of the claims with distinct ids (the first claim of a repeated id), sorted by id;
   * equal words and word strings are one shared copy, kept only while the features are built.
   */
  private static Positions features(List<Claim> claims, Lexicon lexicon) {
    Map<String, Claim> byId = new TreeMap<>();
    for (Claim c : claims) {
      byId.putIfAbsent(c.id(), c);
    }
    String[] ids = byId.keySet().toArray(new String[0]);
    Interner intern = new Interner();
    ClaimFeatures[] features = new ClaimFeatures[ids.length];
    int n = 0;
    for (Claim c : byId.values()) {
      features[n++] = new ClaimFeatures(c, lexicon, intern);
    }
    return new Positions(ids, features);
  }

  /** The position of a claim id among the sorted distinct ids (binary search: no map per claim). */
  private record Positions(String[] ids, ClaimFeatures[] features) {
    /** The position of {@code id}, or -1 when no claim has it. */
    int of(String id) {
      int at = Arrays.binarySearch(ids, id);
      return at < 0 ? -1 : at;
    }

    /** The features of the claim with {@code id}, or null. */
    ClaimFeatures features(String id) {
      int at = of(id);
      return at < 0 ? null : features[at];
    }
  }

  /**
   * A type of dispute between two sentences (each an article and where the sentence starts): one
   * record of the claims' own strings, not a new string per contradiction found (about 90,000 at 10k
   * generated articles).
   */
  private record SentencePair(ContradictionType type, String articleA, int startA, String articleB, int startB) {}

  /** Claims of different articles, or of one article said by different speakers. */
  private static boolean eligible(ClaimFeatures a, ClaimFeatures b) {
    if (!a.claim.articleId().equals(b.claim.articleId())) {
      return true;
    }
    return a.differentSpeaker(b) && !overlapping(a.claim, b.claim);
  }

  private static boolean overlapping(Claim a, Claim b) {
    return a.start() < b.end() && b.start() < a.end() && a.sentenceStart() == b.sentenceStart()
        && a.text().equals(b.text());
  }

  /**
   * Candidate pairs of the claims with features, each packed as the positions of its two ids in the
   * sorted {@code ids} (smaller first, so the pairs sort as their ids do), sorted, without repeats: the
   * clustering's (members of one cluster, CONFLICT links) and the prepared ones. At 10k generated
   * articles a sorted set of id lists held about a million pairs at the stage's peak.
   */
  private long[] candidates(Clustering clustering, Positions positions, long[] contentPairs, Set<String> involving) {
    PairKeys pairs = new PairKeys(positions, involving);
    for (Cluster cluster : clustering.clusters()) {
      List<String> members = cluster.claimIds().subList(0, Math.min(options.maxClusterMembers(), cluster.claimIds().size()));
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          pairs.add(members.get(i), members.get(j));
        }
      }
    }
    for (ClaimLink link : clustering.links()) {
      if (link.kind() == ClaimLink.Kind.CONFLICT) {
        pairs.add(link.a(), link.b());
      }
    }
    for (long pair : contentPairs) {
      pairs.add((int) (pair >>> 32), (int) pair);
    }
    return pairs.sortedUnique();
  }

  /**
   * Adds the candidate pairs that do not depend on the clustering: claims that share enough content
   * keys (an inverted index with a cap per key), and neighbouring claims of one article.
   */
  private void contentCandidates(ClaimFeatures[] features, Set<String>[] antecedents, ArticleOrder order,
      Set<String> involving, PairKeys pairs) {
    // the claims of each key (positions, increasing), as growable int arrays: no list of boxed ids
    Map<String, int[]> postings = new HashMap<>();
    for (int i = 0; i < features.length; i++) {
      for (String key : keys(features[i], antecedents[i])) {
        int[] list = postings.get(key);
        if (list == null) {
          list = new int[3];
          postings.put(key, list);
        } else if (list[0] + 1 == list.length) {
          list = Arrays.copyOf(list, list.length + (list.length >> 1) + 1);
          postings.put(key, list);
        }
        list[++list[0]] = i;
      }
    }
    // keys shared with each later claim, counted in one array reused for every claim
    int[] shared = new int[features.length];
    int[] touched = new int[features.length];
    for (int i = 0; i < features.length; i++) {
      String id = features[i].claim.id();
      boolean involved = involving == null || involving.contains(id);
      int usable = 0;
      int count = 0;
      for (String key : keys(features[i], antecedents[i])) {
        int[] withKey = postings.get(key);
        if (withKey == null || withKey[0] > options.maxPostingsPerKey()) {
          continue;
        }
        usable++;
        for (int x = 1; x <= withKey[0]; x++) {
          int other = withKey[x];
          if (other > i && (involved || involving.contains(features[other].claim.id()))) {
            if (shared[other]++ == 0) {
              touched[count++] = other;
            }
          }
        }
      }
      for (int t = 0; t < count; t++) {
        int other = touched[t];
        if (shared[other] >= Math.min(options.minSharedKeys(), usable)) {
          pairs.add(i, other);
        }
        shared[other] = 0;
      }
    }
    postings = null;
    order.neighbourPairs(options.neighbourSentences(), pairs::add);
  }

  /** A claim's candidate keys: its content keys, then its antecedent's (without repeats). */
  private static Set<String> keys(ClaimFeatures f, Set<String> antecedent) {
    if (antecedent == null) {
      return f.content;
    }
    Set<String> k = new LinkedHashSet<>(f.content);
    k.addAll(antecedent);
    return k;
  }

  /**
   * Candidate pairs as packed positions: a pair is kept unless it is one claim twice, a side has no
   * features, or no side is in {@code involving} (when not null).
   */
  private static final class PairKeys {
    private final Positions positions;
    private final Set<String> involving;
    private long[] keys = new long[1024];
    private int size;

    PairKeys(Positions positions, Set<String> involving) {
      this.positions = positions;
      this.involving = involving;
    }

    void add(String a, String b) {
      if (involving != null && !involving.contains(a) && !involving.contains(b)) {
        return;
      }
      int pa = positions.of(a);
      int pb = positions.of(b);
      if (pa >= 0 && pb >= 0) {
        add(pa, pb);
      }
    }

    /** Adds the pair of two positions whose sides were checked against {@code involving} already. */
    void add(int pa, int pb) {
      if (pa == pb) {
        return;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size + (size >> 1));
      }
      keys[size++] = ((long) Math.min(pa, pb) << 32) | Math.max(pa, pb);
    }

    long[] sortedUnique() {
      long[] out = Arrays.copyOf(keys, size);
      Arrays.sort(out);
      int n = 0;
      for (int i = 0; i < out.length; i++) {
        if (n == 0 || out[i] != out[n - 1]) {
          out[n++] = out[i];
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  /** Claims of each article in order of position, for neighbours and anaphora. */
  private static final class ArticleOrder {
    private final Map<String, List<Claim>> byArticle = new TreeMap<>();
    private final Map<String, Integer> sentenceIndex = new HashMap<>();

    ArticleOrder(List<Claim> claims) {
      for (Claim c : claims) {
        byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
      }
      for (List<Claim> list : byArticle.values()) {
        list.sort(Comparator.comparingInt(Claim::sentenceStart).thenComparingInt(Claim::start).thenComparing(Claim::id));
        int index = -1;
        int lastStart = Integer.MIN_VALUE;
        for (Claim c : list) {
          if (c.sentenceStart() != lastStart) {
            index++;
            lastStart = c.sentenceStart();
          }
          sentenceIndex.putIfAbsent(c.id(), index);
        }
      }
    }

    boolean neighbours(Claim a, Claim b, int maxApart) {
      if (!a.articleId().equals(b.articleId())) {
        return false;
      }
      Integer ia = sentenceIndex.get(a.id());
      Integer ib = sentenceIndex.get(b.id());
      return ia != null && ib != null && Math.abs(ia - ib) <= maxApart;
    }

    /** Hands every pair of claims of one article at most {@code maxApart} sentences apart to {@code to}. */
    void neighbourPairs(int maxApart, java.util.function.BiConsumer<String, String> to) {
      for (List<Claim> list : byArticle.values()) {
        for (int i = 0; i < list.size(); i++) {
          for (int j = i + 1; j < list.size(); j++) {
            Claim a = list.get(i);
            Claim b = list.get(j);
            if (sentenceIndex.get(b.id()) - sentenceIndex.get(a.id()) > maxApart) {
              break;
            }
            to.accept(a.id(), b.id());
          }
        }
      }
    }

    /**
     * The content of the earlier claim that an anaphoric noun phrase of {@code f} ("any such
     * concerns", "those reports") refers to: the nearest claim before it in its article that
     * contains the noun. Empty when there is none.
     */
    Set<String> antecedent(ClaimFeatures f, Positions features) {
      List<ClaimFeatures.Word> words = f.words;
      for (int i = 0; i < words.size(); i++) {
        String s = words.get(i).surface();
        if (!s.equals("such") && !s.equals("those") && !s.equals("these")) {
          continue;
        }
        for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
          ClaimFeatures.Word noun = words.get(j);
          if (!noun.content()) {
            continue;
          }
          List<Claim> list = byArticle.getOrDefault(f.claim.articleId(), List.of());
          int at = list.indexOf(f.claim);
          for (int k = at - 1; k >= 0; k--) {
            ClaimFeatures prior = features.features(list.get(k).id());
            if (prior != null && prior.content.contains(noun.key())) {
              return prior.content;
            }
          }
          return Set.of();
        }
      }
      return Set.of();
    }
  }
}
