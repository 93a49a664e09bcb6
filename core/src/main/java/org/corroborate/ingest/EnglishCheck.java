package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a text looks like English, by the share of its words that are common English
 * function words (about 40-50% in running English prose, near 0 in other languages). Thread safe.
 */
final class EnglishCheck {
  /** Below this share of function words a text of at least {@link #MIN_WORDS} words is not English. */
  static final double MIN_FUNCTION_WORD_SHARE = 0.12;
  /** Shorter texts are not judged. */
  static final int MIN_WORDS = 40;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "been", "that", "this", "it",
      "for", "on", "with", "as", "by", "at", "from", "has", "have", "had", "not", "but", "its", "their", "they", "he",
      "she", "his", "her", "which", "who", "will", "would", "said", "than", "we", "you", "i", "our");

  /** Empty when the text is English or too short to judge; else why it is not. */
  Optional<String> problem(String text) {
    int words = 0;
    int function = 0;
    int letters = 0;
    int latin = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x250) latin++;
        word.append(Character.toLowerCase(c));
      } else if (c == '\'' && !word.isEmpty()) {
        word.append(c);
      } else if (!word.isEmpty()) {
        words++;
        if (FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) function++;
        word.setLength(0);
      }
    }
    if (letters > 200 && latin * 2 < letters) {
      return Optional.of("not English: most letters are outside the Latin script");
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    double share = (double) function / words;
    if (share < MIN_FUNCTION_WORD_SHARE) {
      return Optional.of(String.format(Locale.ROOT, "does not look like English (%.0f%% common English words, expected over %.0f%%)", share * 100, MIN_FUNCTION_WORD_SHARE * 100));
    }
    return Optional.empty();
  }
}
