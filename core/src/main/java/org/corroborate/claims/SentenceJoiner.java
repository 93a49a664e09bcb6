package org.corroborate.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence break found by the statistical detector is really a break, or falls after
 * an abbreviation inside one sentence ("by 5 p.m. Friday", "Sen. Warren", "the U.S. military"). Works on
 * the text around the break only. Stateless and thread safe.
 */
final class SentenceJoiner {
  /** Titles written before a name: they never end a sentence. */
  private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.",
      "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "cmdr.", "rev.", "st.", "pres.", "supt.", "atty.",
      "no.", "vs.", "v.", "approx.", "fig.");
  /** Words that continue a sentence after a time or place abbreviation but rarely start one. */
  private static final Set<String> CONTINUATIONS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
      "oct.", "nov.", "dec.", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "gmt", "utc", "bst",
      "cet", "local", "eastern", "pacific", "central", "mountain", "time");
  /** A single letter ("O."), or letters each followed by a period ("p.m.", "U.S.", "D.C."). */
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  /** What the joiner needs to know about the piece after the break, when the text alone cannot tell. */
  interface Fragment {
    /** Whether the piece has a finite verb of its own, that is could stand as a sentence. */
    boolean standsAlone();
  }

  /**
   * Whether the piece after a break continues the sentence before it.
   *
   * @param before the last word (whitespace-delimited) of the sentence before the break
   * @param after the piece after the break, trimmed
   * @param next tells whether that piece could stand alone; asked only for dotted abbreviations
   */
  boolean continues(String before, String after, Fragment next) {
    if (after.isEmpty()) {
      return false;
    }
    char c = after.charAt(0);
    if (Character.isLowerCase(c) || c == ',' || c == ';' || c == ')') {
      return true;
    }
    String last = stripClosing(before).toLowerCase(Locale.ROOT);
    if (INITIAL.matcher(stripClosing(before)).matches() || TITLES.contains(last)) {
      return true;
    }
    if (!DOTTED.matcher(last).matches() || last.length() < 4) {
      return false; // "p.m.", "u.s.", "d.c." and longer; a plain word ending a sentence is a real end
    }
    String first = firstWord(after).toLowerCase(Locale.ROOT);
    if (CONTINUATIONS.contains(first) || Character.isDigit(c)) {
      return true;
    }
    return !next.standsAlone();
  }

  private static String stripClosing(String w) {
    int e = w.length();
    while (e > 0 && (w.charAt(e - 1) == '"' || w.charAt(e - 1) == '\u201d' || w.charAt(e - 1) == ')')) {
      e--;
    }
    return w.substring(0, e);
  }

  private static String firstWord(String s) {
    int e = 0;
    while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ',') {
      e++;
    }
    return s.substring(0, e);
  }
}
