package org.corroborate.sources;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Tells a quotation of a public statement from an exclusive quote. Two outlets that quote the same
 * on-record statement (a named person, a spokesperson, a press release) are not copying each other;
 * the same quote from an anonymous source ("a Defense official told Axios", "people familiar with
 * the matter") exists only because one outlet obtained it, so whoever repeats it repeats that
 * outlet. Thread safe.
 */
final class QuoteRules {
  /** Share of a copied passage that must lie inside quotation marks for it to count as a quote. */
  static final double QUOTED_SHARE = 0.6;

  private static final Pattern ANONYMOUS = Pattern.compile(
      "\\b(?i:(?:a|an|one|another|two|three|several|some|multiple)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?"
          + "(?:officials?|sources?|persons?|people|aides?|insiders?|staffers?|employees?|diplomats?|officers?"
          + "|advisers?|advisors?|executives?|lawmakers?))\\b"
          + "|\\b(?i:sources?\\s+(?:familiar|close|with knowledge|said|say|says|told|tell))\\b"
          + "|\\b(?i:people\\s+(?:familiar|close|with knowledge|briefed))\\b"
          + "|\\b(?i:(?:on|under)\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|speaking\\s+anonymously|"
          + "not\\s+(?:authorized|authorised)\\s+to\\s+speak|(?:asked|requested)\\s+not\\s+to\\s+be\\s+(?:named|identified))\\b");

  private QuoteRules() {}

  /** Whether the text attributes something to a source it does not name. */
  static boolean anonymous(String context) {
    return ANONYMOUS.matcher(context).find();
  }

  /**
   * The characters of the text inside quotation marks: curly quotes open and close, a straight
   * double quote toggles; a line break ends any quote left open.
   */
  static BitSet quoted(String text) {
    BitSet mask = new BitSet(text.length());
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
      } else if (c == '\u201c' || c == '\u00ab' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '\u201d' || c == '\u00bb' || c == '"') && open >= 0) {
        mask.set(open, i + 1);
        open = -1;
      }
    }
    return mask;
  }
}
