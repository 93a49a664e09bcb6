package org.corroborate.contradict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.corroborate.wordnet.WordNet;

/**
 * WordNet (extjwnl, WordNet 3.1) behind the few questions this stage asks: a word's base form,
 * whether two words are opposites, whether two words are near-synonyms. The dictionary is loaded
 * once per JVM, lazily, on first use. Answers are cached.
 *
 * <p>Thread safe: the caches are concurrent maps, and every read of the dictionary holds the
 * dictionary's lock, as every reader of the shared {@link WordNet} does (extjwnl resolves pointers
 * lazily).
 * When WordNet cannot be loaded every question answers "no relation" and base forms fall back to
 * the lower-cased word.
 */
final class Lexicon {
  /** Senses of a word looked at per part of speech: rare senses make false opposites. */
  static final int MAX_SENSES = 3;

  private static final POS[] OPPOSABLE = {POS.ADJECTIVE, POS.VERB, POS.ADVERB};
  private static final POS[] VERBS = {POS.VERB};

  private static volatile Lexicon shared;

  private final Dictionary dictionary;
  /** The dictionary itself, which every reader of the shared dictionary locks (see {@link WordNet}). */
  private final Object lock;
  private final Map<String, String> baseForms = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> opposites = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> verbOpposites = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> nearSynonyms = new ConcurrentHashMap<>();

  private Lexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lock = dictionary != null ? dictionary : this;
  }

  /** The JVM-wide instance, loading WordNet on first call. */
  static Lexicon shared() {
    Lexicon l = shared;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = shared;
        if (l == null) {
          l = new Lexicon(WordNet.dictionary());
          shared = l;
        }
      }
    }
    return l;
  }

  /**
   * A canonical base form for matching: the shortest base form WordNet gives for the word in any
   * part of speech ("raised" -> "raise", "meetings" -> "meeting"), else the lower-cased word.
   * Compounds with a hyphen or a dot stay whole ("non-terrorism" is no form of "non").
   */
  String base(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (dictionary == null || w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.indexOf('-') >= 0
        || w.indexOf('.') >= 0) {
      return w;
    }
    return baseForms.computeIfAbsent(w, this::lookupBase);
  }

  private String lookupBase(String w) {
    synchronized (lock) {
      String best = null;
      try {
        for (POS pos : POS.getAllPOS()) {
          for (String b : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, w)) {
            if (b.indexOf(' ') < 0 && (best == null || b.length() < best.length()
                || (b.length() == best.length() && b.compareTo(best) < 0))) {
              best = b;
            }
          }
        }
      } catch (JWNLException | RuntimeException e) {
        return w;
      }
      return best == null ? w : best.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Whether {@code a} and {@code b} (base forms) are opposites: WordNet antonyms as adjectives,
   * verbs or adverbs, or an adjective against a word similar to its antonym ("hot" against
   * "tepid" is not, "warm" against "cool" is, "friendly" against "hostile" is).
   */
  boolean opposite(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    return opposites.computeIfAbsent(a, w -> lookupOpposites(w, OPPOSABLE)).contains(b);
  }

  /** Whether {@code a} and {@code b} are opposites as verbs ("rise" and "fall"). */
  boolean oppositeVerbs(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    return verbOpposites.computeIfAbsent(a, w -> lookupOpposites(w, VERBS)).contains(b);
  }

  /**
   * Whether {@code a} and {@code b} (base forms) are near-synonyms: share a synset among their
   * first senses, or one adjective is WordNet-similar to the other ("cordial" and "warm").
   */
  boolean nearSynonym(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return nearSynonyms.computeIfAbsent(a, this::lookupNearSynonyms).contains(b);
  }

  /**
   * Whether nouns {@code a} and {@code b} (base forms) are related: among their first senses they
   * share a hypernym within {@link #RELATED_HOPS} steps of each, and that hypernym is at least
   * {@link #RELATED_MIN_DEPTH} steps below the root ("concern" and "disapproval" are both feelings).
   */
  boolean relatedNoun(String a, String b) {
    synchronized (lock) {
      if (a.equals(b)) {
        return true;
      }
      Map<Synset, Integer> ha = hypernyms.computeIfAbsent(a, this::lookupHypernyms);
      Map<Synset, Integer> hb = hypernyms.computeIfAbsent(b, this::lookupHypernyms);
      for (Synset s : ha.keySet()) {
        if (hb.containsKey(s) && depth(s) >= RELATED_MIN_DEPTH) {
          return true;
        }
      }
      return false;
    }
  }

  /** Hypernym steps searched from each noun by {@link #relatedNoun}. */
  static final int RELATED_HOPS = 3;

  /** Least depth below the root of a shared hypernym, so that "entity" relates nothing. */
  static final int RELATED_MIN_DEPTH = 4;

  private final Map<String, Map<Synset, Integer>> hypernyms = new ConcurrentHashMap<>();

  private Map<Synset, Integer> lookupHypernyms(String w) {
    synchronized (lock) {
      Map<Synset, Integer> out = new java.util.HashMap<>();
      List<Synset> frontier = new ArrayList<>();
      List<Synset> senses = senses(POS.NOUN, w);
      frontier.addAll(senses.subList(0, Math.min(2, senses.size())));
      for (int hop = 0; hop <= RELATED_HOPS && !frontier.isEmpty(); hop++) {
        List<Synset> next = new ArrayList<>();
        for (Synset s : frontier) {
          if (out.putIfAbsent(s, hop) == null) {
            for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
              Synset t = targetSynset(p);
              if (t != null) {
                next.add(t);
              }
            }
          }
        }
        frontier = next;
      }
      return out;
    }
  }

  private static int depth(Synset s) {
    int d = 0;
    Synset cur = s;
    while (d < 30) {
      List<Pointer> up = cur.getPointers(PointerType.HYPERNYM);
      if (up.isEmpty()) {
        return d;
      }
      Synset t = targetSynset(up.get(0));
      if (t == null) {
        return d;
      }
      cur = t;
      d++;
    }
    return d;
  }

  private Set<String> lookupOpposites(String w, POS[] parts) {
    synchronized (lock) {
      Set<String> out = new HashSet<>();
      for (POS pos : parts) {
        for (Synset s : senses(pos, w)) {
          for (Synset head : withHeads(s)) {
            for (Pointer p : head.getPointers(PointerType.ANTONYM)) {
              Synset target = targetSynset(p);
              if (target == null) {
                continue;
              }
              addWords(target, out);
              if (pos == POS.ADJECTIVE) {
                for (Pointer sim : target.getPointers(PointerType.SIMILAR_TO)) {
                  Synset t = targetSynset(sim);
                  if (t != null) {
                    addWords(t, out);
                  }
                }
              }
            }
          }
        }
      }
      out.remove(w);
      return Collections.unmodifiableSet(out);
    }
  }

  /** Whether {@code a} and {@code b} share a verb synset among their first senses. */
  boolean nearSynonymVerb(String a, String b) {
    synchronized (lock) {
      for (Synset s : senses(POS.VERB, a)) {
        for (Word word : s.getWords()) {
          if (word.getLemma().equalsIgnoreCase(b)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private Set<String> lookupNearSynonyms(String w) {
    synchronized (lock) {
      Set<String> out = new HashSet<>();
      for (POS pos : POS.getAllPOS()) {
        for (Synset s : senses(pos, w)) {
          addWords(s, out);
          if (pos == POS.ADJECTIVE) {
            for (Pointer sim : s.getPointers(PointerType.SIMILAR_TO)) {
              Synset t = targetSynset(sim);
              if (t != null) {
                addWords(t, out);
              }
            }
          }
        }
      }
      return Collections.unmodifiableSet(out);
    }
  }

  /** A satellite adjective's synset with the head synsets it is similar to. */
  private static List<Synset> withHeads(Synset s) {
    List<Synset> out = new ArrayList<>();
    out.add(s);
    if (s.getPOS() == POS.ADJECTIVE) {
      for (Pointer sim : s.getPointers(PointerType.SIMILAR_TO)) {
        Synset t = targetSynset(sim);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private List<Synset> senses(POS pos, String w) {
    if (dictionary == null) {
      return List.of();
    }
    try {
      IndexWord iw = dictionary.getIndexWord(pos, w);
      if (iw == null) {
        return List.of();
      }
      List<Synset> all = iw.getSenses();
      return all.subList(0, Math.min(MAX_SENSES, all.size()));
    } catch (JWNLException | RuntimeException e) {
      return List.of();
    }
  }

  private static Synset targetSynset(Pointer p) {
    try {
      return p.getTargetSynset();
    } catch (JWNLException | RuntimeException e) {
      return null;
    }
  }

  private static void addWords(Synset s, Set<String> out) {
    for (Word word : s.getWords()) {
      String lemma = word.getLemma().toLowerCase(Locale.ROOT);
      if (lemma.indexOf(' ') < 0) {
        out.add(lemma);
      }
    }
  }
}
