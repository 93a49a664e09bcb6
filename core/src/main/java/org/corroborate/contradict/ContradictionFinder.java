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
    Lexicon lexicon = Lexicon.shared();
    Map<String, ClaimFeatures> features = new TreeMap<>();
    for (Claim c : claims) {
      features.putIfAbsent(c.id(), new ClaimFeatures(c, lexicon));
    }
    ArticleOrder order = new ArticleOrder(claims);
    StoryNames stories = new StoryNames(claims);
    PairJudge judge = new PairJudge(lexicon);
    List<Contradiction> out = new ArrayList<>();
    // one dispute per pair of sentences and type: two claims split from one sentence ("..., which
    // soured the relationship" / "..., which led to the impasse") against one denial are one dispute
    Set<String> sentencePairs = new java.util.HashSet<>();
    Map<String, Set<String>> antecedents = new HashMap<>();
    for (ClaimFeatures f : features.values()) {
      antecedents.put(f.claim.id(), order.antecedent(f, features));
    }
    List<String> ids = new ArrayList<>(features.keySet());
    for (long pair : candidates(clustering, features, ids, antecedents, order, involving)) {
      ClaimFeatures a = features.get(ids.get((int) (pair >>> 32)));
      ClaimFeatures b = features.get(ids.get((int) pair));
      if (!eligible(a, b)
          || !stories.mayShareStory(a.claim.articleId(), b.claim.articleId())) {
        continue;
      }
      Set<String> antA = antecedents.getOrDefault(a.claim.id(), Set.of());
      Set<String> antB = antecedents.getOrDefault(b.claim.id(), Set.of());
      Optional<Finding> f = judge.judge(a, b, antA, antB, order.neighbours(a.claim, b.claim, options.neighbourSentences()));
      if (f.isPresent() && sentencePairs.add(f.get().type() + "|" + sentence(a.claim) + "|" + sentence(b.claim))) {
        Finding x = f.get();
        out.add(new Contradiction("x" + (out.size() + 1), x.type(), x.summary(), x.severity(),
            List.of(a.claim.id(), b.claim.id()), List.of(a.claim.source(), b.claim.source())));
      }
    }
    return out;
  }

  private static String sentence(Claim c) {
    return c.articleId() + "@" + c.sentenceStart();
  }

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
   * sorted {@code ids} (smaller first, so the pairs sort as their ids do), sorted, without repeats. At
   * 10k generated articles a sorted set of id lists held about a million pairs at the stage's peak.
   */
  private long[] candidates(Clustering clustering, Map<String, ClaimFeatures> features, List<String> ids,
      Map<String, Set<String>> antecedents, ArticleOrder order, Set<String> involving) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    PairKeys pairs = new PairKeys(position, involving);
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
    Map<String, List<String>> postings = new HashMap<>();
    Map<String, Set<String>> keys = new HashMap<>();
    for (ClaimFeatures f : features.values()) {
      Set<String> k = new LinkedHashSet<>(f.content);
      k.addAll(antecedents.getOrDefault(f.claim.id(), Set.of()));
      keys.put(f.claim.id(), k);
      for (String key : k) {
        postings.computeIfAbsent(key, x -> new ArrayList<>()).add(f.claim.id());
      }
    }
    for (ClaimFeatures f : features.values()) {
      Map<String, Integer> shared = new HashMap<>();
      int usable = 0;
      for (String key : keys.get(f.claim.id())) {
        List<String> withKey = postings.get(key);
        if (withKey == null || withKey.size() > options.maxPostingsPerKey()) {
          continue;
        }
        usable++;
        boolean involved = involving == null || involving.contains(f.claim.id());
        for (String other : withKey) {
          if (other.compareTo(f.claim.id()) > 0 && (involved || involving.contains(other))) {
            shared.merge(other, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<String, Integer> e : shared.entrySet()) {
        if (e.getValue() >= Math.min(options.minSharedKeys(), usable)) {
          pairs.add(f.claim.id(), e.getKey());
        }
      }
    }
    for (List<String> near : order.neighbourPairs(options.neighbourSentences())) {
      pairs.add(near.get(0), near.get(1));
    }
    return pairs.sortedUnique();
  }

  /**
   * Candidate pairs as packed positions: a pair is kept unless it is one claim twice, a side has no
   * features, or no side is in {@code involving} (when not null).
   */
  private static final class PairKeys {
    private final Map<String, Integer> position;
    private final Set<String> involving;
    private long[] keys = new long[1024];
    private int size;

    PairKeys(Map<String, Integer> position, Set<String> involving) {
      this.position = position;
      this.involving = involving;
    }

    void add(String a, String b) {
      Integer pa = position.get(a);
      Integer pb = position.get(b);
      if (pa == null || pb == null || pa.equals(pb)
          || involving != null && !involving.contains(a) && !involving.contains(b)) {
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

    List<List<String>> neighbourPairs(int maxApart) {
      List<List<String>> out = new ArrayList<>();
      for (List<Claim> list : byArticle.values()) {
        for (int i = 0; i < list.size(); i++) {
          for (int j = i + 1; j < list.size(); j++) {
            Claim a = list.get(i);
            Claim b = list.get(j);
            if (sentenceIndex.get(b.id()) - sentenceIndex.get(a.id()) > maxApart) {
              break;
            }
            out.add(PairJudge.ordered(a.id(), b.id()));
          }
        }
      }
      return out;
    }

    /**
     * The content of the earlier claim that an anaphoric noun phrase of {@code f} ("any such
     * concerns", "those reports") refers to: the nearest claim before it in its article that
     * contains the noun. Empty when there is none.
     */
    Set<String> antecedent(ClaimFeatures f, Map<String, ClaimFeatures> features) {
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
            ClaimFeatures prior = features.get(list.get(k).id());
            if (prior != null && prior.content.contains(noun.key())) {
              return new LinkedHashSet<>(prior.content);
            }
          }
          return Set.of();
        }
      }
      return Set.of();
    }
  }
}
