package org.corroborate.stories;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.corroborate.wordnet.WordNet;

/**
 * Whether a word is a common word of English: WordNet lists it (or its base form) in lower case in one of
 * its senses. "fire" and "smoke" are; "eastmont" is not, nor is "pentagon", which WordNet knows only as
 * a name. Without the dictionary every word counts as common (the cautious answer). Answers are cached;
 * thread safe.
 */
final class CommonWords {
  private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

  private CommonWords() {}

  /** Whether the lower-case word is a common word. */
  static boolean isCommon(String word) {
    Boolean known = CACHE.get(word);
    return known != null ? known : CACHE.computeIfAbsent(word, CommonWords::lookUp);
  }

  private static boolean lookUp(String word) {
    Dictionary dictionary = WordNet.dictionary();
    if (dictionary == null || !word.chars().allMatch(Character::isLetter)) {
      return true;
    }
    synchronized (dictionary) {
      try {
        for (IndexWord w : dictionary.lookupAllIndexWords(word).getIndexWordCollection()) {
          for (Synset sense : w.getSenses()) {
            for (Word member : sense.getWords()) {
              String lemma = member.getLemma();
              if (lemma.equalsIgnoreCase(w.getLemma()) && Character.isLowerCase(lemma.charAt(0))) {
                return true;
              }
            }
          }
        }
      } catch (JWNLException e) {
        return true;
      }
    }
    return false;
  }
}
