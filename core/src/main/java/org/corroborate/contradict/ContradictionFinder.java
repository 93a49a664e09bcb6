package org.corroborate.contradict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    for (List<String> pair : candidates(clustering, features, antecedents, order, involving)) {
      ClaimFeatures a = features.get(pair.get(0));
      ClaimFeatures b = features.get(pair.get(1));
      if (a == null || b == null || !eligible(a, b)
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

  /** Candidate pairs, each as its two ids in sorted order, sorted, without repeats. */
  private Set<List<String>> candidates(Clustering clustering, Map<String, ClaimFeatures> features,
      Map<String, Set<String>> antecedents, ArticleOrder order, Set<String> involving) {
    Set<List<String>> pairs = new TreeSet<>(Comparator.<List<String>, String>comparing(p -> p.get(0))
        .thenComparing(p -> p.get(1)));
    for (Cluster cluster : clustering.clusters()) {
      List<String> members = cluster.claimIds().subList(0, Math.min(options.maxClusterMembers(), cluster.claimIds().size()));
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          addPair(pairs, involving, members.get(i), members.get(j));
        }
      }
    }
    for (ClaimLink link : clustering.links()) {
      if (link.kind() == ClaimLink.Kind.CONFLICT) {
        addPair(pairs, involving, link.a(), link.b());
      }
    }
    Map<String, List<String>> postings = new TreeMap<>();
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
      Map<String, Integer> shared = new TreeMap<>();
      int usable = 0;
      for (String key : keys.get(f.claim.id())) {
        List<String> ids = postings.get(key);
        if (ids == null || ids.size() > options.maxPostingsPerKey()) {
          continue;
        }
        usable++;
        boolean involved = involving == null || involving.contains(f.claim.id());
        for (String other : ids) {
          if (other.compareTo(f.claim.id()) > 0 && (involved || involving.contains(other))) {
            shared.merge(other, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<String, Integer> e : shared.entrySet()) {
        if (e.getValue() >= Math.min(options.minSharedKeys(), usable)) {
          addPair(pairs, involving, f.claim.id(), e.getKey());
        }
      }
    }
    for (List<String> near : order.neighbourPairs(options.neighbourSentences())) {
      addPair(pairs, involving, near.get(0), near.get(1));
    }
    for (List<String> p : new ArrayList<>(pairs)) {
      if (!features.containsKey(p.get(0)) || !features.containsKey(p.get(1))) {
        pairs.remove(p);
      }
    }
    return pairs;
  }

  /** Adds a pair unless it is one claim twice or has no side in {@code involving} (when not null). */
  private static void addPair(Set<List<String>> pairs, Set<String> involving, String a, String b) {
    if (!a.equals(b) && (involving == null || involving.contains(a) || involving.contains(b))) {
      pairs.add(PairJudge.ordered(a, b));
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
