package org.corroborate.claims;

import java.util.regex.Pattern;

/**
 * Whether a line speaks in the first or second person ("I", "my", "you're"): the regex {@link #REGEX},
 * run only on lines where a scan finds one of its words standing alone. The claims stage asks this of
 * every paragraph in the second half of an article (comment sections), and the regex, whose
 * lookbehind is tried at every position, was 4 of 430 samples of a profile of the stage on the seeds;
 * most lines of news prose have none of the words. Stateless and thread safe.
 */
final class ReaderAddress {
  static final Pattern REGEX = Pattern.compile(
      "(?i)(?<![\\w'\u2019])(i|i'm|i\u2019m|i've|i\u2019ve|i'd|i\u2019d|my|me|you|your|you're|you\u2019re)(?![\\w'\u2019])");
  /** The regex's alternatives, in lower case. */
  private static final String[] WORDS = {"i", "i'm", "i\u2019m", "i've", "i\u2019ve", "i'd", "i\u2019d", "my", "me",
      "you", "your", "you're", "you\u2019re"};

  private ReaderAddress() {}

  /** Whether {@link #REGEX} finds a match in the text. */
  static boolean in(String t) {
    return mayMatch(t) && REGEX.matcher(t).find();
  }

  /**
   * Whether {@link #REGEX} can match: whether one of its alternatives occurs, compared ASCII case
   * insensitively as {@code (?i)} compares, with neither side next to a char of {@code [\w'\u2019]}
   * ({@code \w} is {@code [a-zA-Z_0-9]} without {@code UNICODE_CHARACTER_CLASS}), which is what the
   * lookbehind and lookahead around the alternatives ask. The alternatives start with i, m or y, so only
   * those chars are tried.
   */
  static boolean mayMatch(String t) {
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = LiteralScan.lower(t.charAt(i));
      if (c != 'i' && c != 'm' && c != 'y' || i > 0 && isWordOrApostrophe(t.charAt(i - 1))) {
        continue;
      }
      for (String w : WORDS) {
        int end = i + w.length();
        if (w.charAt(0) == c && end <= n && LiteralScan.spellsAt(t, i, w) && (end == n || !isWordOrApostrophe(t.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWordOrApostrophe(char c) {
    return LiteralScan.isAsciiWordChar(c) || c == '\'' || c == '\u2019';
  }
}
