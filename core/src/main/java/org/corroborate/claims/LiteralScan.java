package org.corroborate.claims;

/**
 * Plain character scans that decide, exactly, whether a regex can match at all, so the claims stage runs
 * the regex only on text where it might (see also {@link AsciiWordSet}). A profile of the claims stage on
 * the seeds had case-insensitive literal alternations ({@link Dates}' cheap filter, {@link Quantities}'
 * number and ordinal filters) tried at every position of every claim's text at about 22 of 422 samples.
 *
 * <p>Case folding here is ASCII only, as {@code (?i)} / {@link java.util.regex.Pattern#CASE_INSENSITIVE}
 * without {@code UNICODE_CASE} is ({@code "\u017f"} is no "s", {@code "\u212a"} no "k"), and a digit is
 * {@code [0-9]}, as {@code \d} without {@code UNICODE_CHARACTER_CLASS} is. Stateless and thread safe.
 */
final class LiteralScan {
  private LiteralScan() {}

  /** Whether the text has a char {@code [0-9]}: where {@code \d} can match. */
  static boolean hasDigit(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text has a digit {@code [0-9]} directly followed by one of {@code next} (lower-case ASCII
   * letters), compared ASCII case-insensitively.
   */
  static boolean digitFollowedByIgnoreAsciiCase(CharSequence text, String next) {
    for (int i = 0, n = text.length() - 1; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && next.indexOf(lower(text.charAt(i + 1))) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** ASCII lower case, as the regex engine folds case without {@code UNICODE_CASE}. */
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether a char is {@code [a-zA-Z_0-9]}: {@code \w} without {@code UNICODE_CHARACTER_CLASS}. */
  static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /**
   * Whether the text from {@code at} spells {@code word} (lower case), compared ASCII case insensitively;
   * the caller makes sure the word fits in the text from there.
   */
  static boolean spellsAt(CharSequence text, int at, String word) {
    for (int j = 0; j < word.length(); j++) {
      if (lower(text.charAt(at + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
