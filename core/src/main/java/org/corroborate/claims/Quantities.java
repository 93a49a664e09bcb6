package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Quantity;

/**
 * Money, percentages, counts and ordinals in a claim's text, normalised ("$200 million" and "200
 * million dollars" are both 200000000 USD; "the fourth quarter" and "the 4th quarter" are both the
 * ordinal 4 of "quarter"). Patterns are compiled once; texts without a digit or number word skip
 * them. Stateless and thread safe.
 */
final class Quantities {
  private static final Map<String, Double> SCALE = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
      "trillion", 1e12, "k", 1e3, "m", 1e6, "bn", 1e9);
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("hundred", 100),
      Map.entry("dozen", 12));
  private static final Map<String, String> CURRENCY = Map.of("$", "USD", "€", "EUR", "£", "GBP", "dollars", "USD",
      "dollar", "USD", "euros", "EUR", "pounds", "GBP", "yen", "JPY");
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
      + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|dozen)";
  private static final String SCALE_RE = "(?:\\s*(thousand|million|billion|trillion|bn|k|m)\\b)?";
  private static final Pattern Q = Pattern.compile(
      "(?i)(at least|more than|over|at most|up to|less than|fewer than|about|approximately|around|nearly|roughly|"
          + "some|almost|an estimated)?\\s*([$€£])?\\s*" + NUM + SCALE_RE
          + "(?:\\s*(%|percent\\b|per cent\\b|dollars\\b|dollar\\b|euros\\b|pounds\\b|yen\\b))?"
          + "(?:\\s+([a-z][a-z-]+))?");
  private static final Pattern HAS_NUMBER = Pattern.compile(
      "(?i)\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|dozen)\\b");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Map<String, Integer> ORDINAL_WORDS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
      "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
  /**
   * An ordinal after a determiner, ranking the noun after it ("the third quarter", "its 2nd round"):
   * after a determiner it modifies that noun, where a bare "first" is often an adverb ("first
   * reported").
   */
  private static final Pattern ORDINAL_PHRASE = Pattern.compile(
      "(?i)\\b(?:the|its|their|his|her|our|a|an|this|that)\\s+"
          + "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+([a-z][a-z-]+)");
  private static final Pattern HAS_ORDINAL = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(st|nd|rd|th))\\b");

  /** The words of {@link #HAS_NUMBER}'s second branch. */
  private static final AsciiWordSet NUMBER_WORDS = new AsciiWordSet("one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "hundred", "dozen");
  /** The words of {@link #HAS_ORDINAL}'s word branch. */
  private static final AsciiWordSet ORDINAL_WORD_LIST = new AsciiWordSet("first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

  List<Quantity> find(String text) {
    List<Quantity> out = new ArrayList<>();
    if (hasNumber(text)) {
      counts(text, out);
    }
    if (hasOrdinal(text)) {
      ordinals(text, out);
    }
    return out.isEmpty() ? List.of() : out;
  }

  /**
   * Whether {@link #HAS_NUMBER} finds a match, running it only where it may. A digit is a match of its
   * first branch {@code \d}; without one, a match is of its second branch, a number word compared ASCII
   * case insensitively between {@code \b}s, so the text contains that word as {@link AsciiWordSet} scans
   * for it (the regex then settles the {@code \b}s). A profile
   * of the claims stage had the regex tried at every position of every claim at 6 of 422 samples.
   */
  static boolean hasNumber(String text) {
    return LiteralScan.hasDigit(text)
        || NUMBER_WORDS.occursAsWordIn(text) && HAS_NUMBER.matcher(text).find();
  }

  /**
   * Whether {@link #HAS_ORDINAL} finds a match, running it only where it may: a match is an ordinal word
   * compared ASCII case insensitively between {@code \b}s, which the text then contains as
   * {@link AsciiWordSet} scans for it, or {@code \d{1,3}(st|nd|rd|th)},
   * whose last digit is directly followed by an s, n, r or t in either case.
   */
  static boolean hasOrdinal(String text) {
    return (LiteralScan.digitFollowedByIgnoreAsciiCase(text, "snrt")
        || ORDINAL_WORD_LIST.occursAsWordIn(text)) && HAS_ORDINAL.matcher(text).find();
  }

  /** {@link #hasNumber} by the regex alone, for tests that the filter is exact. */
  static boolean hasNumberUnfiltered(String text) {
    return HAS_NUMBER.matcher(text).find();
  }

  /** {@link #hasOrdinal} by the regex alone, for tests that the filter is exact. */
  static boolean hasOrdinalUnfiltered(String text) {
    return HAS_ORDINAL.matcher(text).find();
  }

  /** Ordinals that rank a noun: value, unit {@link Quantity#ORDINAL}, and the noun as {@code counted}. */
  private static void ordinals(String text, List<Quantity> out) {
    Matcher m = ORDINAL_PHRASE.matcher(text);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      String noun = noun(m.group(2));
      if (noun.isEmpty()) {
        continue;
      }
      Integer value = ORDINAL_WORDS.get(word);
      int rank = value != null ? value : Integer.parseInt(word.substring(0, word.length() - 2));
      out.add(new Quantity(text.substring(m.start(1), m.end(2)), rank, Quantity.ORDINAL, "exact", noun));
    }
  }

  private static void counts(String text, List<Quantity> out) {
    Matcher m = Q.matcher(text);
    while (m.find()) {
      String num = m.group(3);
      if (num == null) {
        continue;
      }
      int numStart = m.start(3);
      if (numStart > 0 && Character.isLetterOrDigit(text.charAt(numStart - 1))
          || m.end(3) < text.length() && Character.isLetter(text.charAt(m.end(3))) && Character.isDigit(num.charAt(0))
              && m.group(4) == null && m.group(5) == null) {
        continue;
      }
      String cur = m.group(2);
      String scale = m.group(4);
      String unitWord = m.group(5);
      if (cur == null && scale == null && unitWord == null && YEAR.matcher(num).matches()) {
        continue; // a year is a date, not a quantity
      }
      if (numStart > 0 && text.charAt(numStart - 1) == ':' || m.end(3) < text.length() && text.charAt(m.end(3)) == ':') {
        continue; // a time of day
      }
      double value = value(num);
      if (Double.isNaN(value)) {
        continue;
      }
      if (scale != null) {
        value *= SCALE.get(scale.toLowerCase(Locale.ROOT));
      }
      String unit = "";
      if (cur != null) {
        unit = CURRENCY.get(cur);
      } else if (unitWord != null) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        unit = u.startsWith("%") || u.startsWith("per") ? "percent" : CURRENCY.getOrDefault(u, "");
      }
      String counted = unit.isEmpty() && unitWord == null ? noun(m.group(6)) : "";
      String bound = bound(m.group(1));
      int start = m.group(1) != null ? m.start(1) : m.group(2) != null ? m.start(2) : numStart;
      int end = unitWord != null ? m.end(5) : scale != null ? m.end(4) : m.end(3);
      if (!counted.isEmpty()) {
        end = m.end(6);
      }
      if (Character.isLetter(num.charAt(0)) && counted.isEmpty() && unit.isEmpty()) {
        continue; // "one" alone is rarely a count
      }
      out.add(new Quantity(text.substring(start, end).strip(), value, unit, bound, counted));
    }
  }

  private static String noun(String w) {
    if (w == null) {
      return "";
    }
    String l = w.toLowerCase(Locale.ROOT);
    if (l.equals("and") || l.equals("or") || l.equals("of") || l.equals("to") || l.equals("the") || l.equals("a")
        || l.equals("in") || l.equals("on") || l.equals("at") || l.equals("for") || l.equals("with")
        || l.equals("by") || l.equals("from") || l.equals("is") || l.equals("are") || l.equals("was")
        || l.equals("were")) {
      return "";
    }
    return l;
  }

  private static String bound(String b) {
    if (b == null) {
      return "exact";
    }
    String l = b.toLowerCase(Locale.ROOT);
    return switch (l) {
      case "at least", "more than", "over" -> "at-least";
      case "at most", "up to", "less than", "fewer than" -> "at-most";
      default -> "about";
    };
  }

  private static double value(String num) {
    Integer w = WORDS.get(num.toLowerCase(Locale.ROOT));
    if (w != null) {
      return w;
    }
    try {
      return Double.parseDouble(num.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
