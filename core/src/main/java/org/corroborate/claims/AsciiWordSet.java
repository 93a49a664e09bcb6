package org.corroborate.claims;

/**
 * Words of lower-case ASCII letters (and full stops), and whether a text contains one of them as a word,
 * compared ASCII case insensitively: the filter for a regex {@code (?i)\b(w1|w2|...)} followed by
 * {@code \b} or {@code \s}. Case is folded as the regex engine folds it without {@code UNICODE_CASE}
 * (only A-Z to a-z; {@code "\u017f"} is no "s", {@code "\u212a"} no "k"). "As a word" is loose, so the
 * answer is yes wherever such a regex can match: an occurrence counts unless an ASCII letter, digit or
 * underscore is right before it or right after it, where the regex's {@code \b} or {@code \s} could not
 * match whatever its definition of a word char (each counts those chars as word chars).
 *
 * <p>A text is scanned once, testing each pair of adjacent chars against a bit set of the words' first
 * two letters; only a pair that starts a word is compared further. A first version that compared each
 * char against each word's first letter, and took substrings ("someone" for "one"), cost more than the
 * regexes it spared (20 of 445 samples of a profile of the claims stage on the seeds). Immutable and
 * thread safe.
 */
final class AsciiWordSet {
  private final String[] words;
  /** Bit {@code a << 7 | b} is set when a word starts with the letters a, b. */
  private final long[] firstPairs = new long[128 * 128 / 64];

  AsciiWordSet(String... words) {
    this.words = words.clone();
    for (String w : words) {
      if (w.length() < 2 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '.')) {
        throw new IllegalArgumentException("not two or more lower-case ASCII letters or full stops: " + w);
      }
      int key = w.charAt(0) << 7 | w.charAt(1);
      firstPairs[key >>> 6] |= 1L << key;
    }
  }

  /**
   * Whether one of the words occurs in the text, compared ASCII case insensitively, with no ASCII letter,
   * digit or underscore right before or after it.
   */
  boolean occursAsWordIn(CharSequence text) {
    return indexAsWordIn(text) >= 0;
  }

  /** Where the first occurrence {@link #occursAsWordIn} counts starts, or -1 when there is none. */
  int indexAsWordIn(CharSequence text) {
    int n = text.length();
    boolean afterWordChar = false;
    for (int i = 0; i + 1 < n; i++) {
      char c = text.charAt(i);
      if (!afterWordChar) { // only where an occurrence may start
        char a = LiteralScan.lower(c);
        char b = LiteralScan.lower(text.charAt(i + 1));
        if (a < 128 && b < 128) {
          int key = a << 7 | b;
          if ((firstPairs[key >>> 6] & 1L << key) != 0 && startsAt(text, i)) {
            return i;
          }
        }
      }
      afterWordChar = LiteralScan.isAsciiWordChar(c);
    }
    return -1;
  }

  /** Whether a word starts at the index and ends before a char that is not an ASCII word char. */
  private boolean startsAt(CharSequence text, int at) {
    for (String w : words) {
      int end = at + w.length();
      if (end <= text.length() && LiteralScan.spellsAt(text, at, w)
          && (end == text.length() || !LiteralScan.isAsciiWordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

}
