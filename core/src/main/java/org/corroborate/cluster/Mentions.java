package org.corroborate.cluster;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light normalisation of the things two claims must agree on: amounts ("$200 million" and "200
 * million dollars" both become {@code 200000000 usd}), percentages, clock times, weekdays, months
 * and years. It rewrites the text into canonical words for the index and collects the values as
 * agreement keys ("usd=200000000", "weekday=friday"). Used when the claims stage did not fill
 * {@code Claim.numbers()} / {@code Claim.dates()}. Stateless and thread safe.
 */
final class Mentions {

  /**
   * A claim's text with its mentions in canonical form.
   *
   * @param text the text with amounts, times and dates rewritten
   * @param numbers "unit=value" keys ("usd=200000000", "percent=0.11", "=3" for a bare count)
   * @param dates "kind=value" keys ("weekday=friday", "time=17:00", "month=february", "year=2026")
   */
  record Extracted(String text, SortedSet<String> numbers, SortedSet<String> dates) {}

  private static final String WORD_NUMBER =
      "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred";
  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + WORD_NUMBER + ")";
  private static final String SCALE_WORD = "thousand|million|billion|trillion|mln|bn";
  private static final String SCALE_GLUED = "m|b|k";
  private static final String CURRENCY_SUFFIX =
      "us dollars|dollars|dollar|usd|pounds sterling|pounds|pound|gbp|euros|euro|eur|yen|yuan";
  /** Currency codes written before an amount (after a word boundary). */
  private static final String CURRENCY_CODES = "usd|eur|gbp";
  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

  static final Pattern MENTION = Pattern.compile(
      "(?<time>\\b\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b\\.?)"
          + "|(?<curpre>(?:us\\$|\\$|£|€|\\b(?:" + CURRENCY_CODES + ")\\s?))(?<cnum>" + NUM + ")"
          + "(?:\\s?(?<cscale>" + SCALE_WORD + ")\\b|(?<cglued>" + SCALE_GLUED + ")\\b)?"
          + "|\\b(?<pnum>" + NUM + ")\\s?(?:%|\\s(?:percent|per cent|pct)\\b)"
          + "|\\b(?<num>" + NUM + ")\\b(?:\\s(?<scale>" + SCALE_WORD + ")\\b)?"
          + "(?:\\s(?<cursuf>" + CURRENCY_SUFFIX + ")\\b)?"
          + "|\\b(?<weekday>" + WEEKDAYS + ")s?\\b"
          + "|\\b(?<month>" + MONTHS + ")\\b\\.?(?:\\s(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern NEGATION = Pattern.compile(
      "\\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot)\\b|n['’]t\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Map<String, String> WORD_VALUES = Map.ofEntries(
      Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
      Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
      Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
      Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
      Map.entry("fifty", "50"), Map.entry("hundred", "100"));

  private static final Map<String, String> MONTH_NAMES = Map.ofEntries(
      Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
      Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"),
      Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"),
      Map.entry("oct", "october"), Map.entry("nov", "november"), Map.entry("dec", "december"));

  private Mentions() {}

  /** Whether the text contains a negating word ("not", "never", "n't", ...). */
  static boolean hasNegation(String text) {
    return NEGATION.matcher(text).find();
  }

  static Extracted extract(String text) {
    SortedSet<String> numbers = new TreeSet<>();
    SortedSet<String> dates = new TreeSet<>();
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher m = MENTION.matcher(text);
    int last = 0;
    while (findNext(m, text, last)) {
      String replacement = replacement(m, numbers, dates);
      out.append(text, last, m.start());
      out.append(replacement == null ? m.group() : " " + replacement + " ");
      last = m.end();
    }
    out.append(text, last, text.length());
    return new Extracted(out.toString(), Collections.unmodifiableSortedSet(numbers),
        Collections.unmodifiableSortedSet(dates));
  }

  /**
   * Finds the next mention at or after {@code from}, as {@code m.find()} would from there: the same
   * match, tried only where one can start. {@code find()} tries the whole pattern at every position,
   * a dozen case-insensitive alternatives at each character of every claim of a check or a scan;
   * here a position is tried only when its character can open a mention ({@link #mayOpen}). The
   * matcher's region starts at the position tried, with transparent bounds, so that {@code \b}
   * sees the character before it as {@code find()} does.
   */
  static boolean findNext(Matcher m, String text, int from) {
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    for (int i = from; i < text.length(); i++) {
      if (mayOpen(text, i)) {
        m.region(i, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a mention may start at {@code i}: false only where none can. Every alternative of
   * {@link #MENTION} consumes its first character at its start: an ASCII digit, a currency sign, or
   * (ignoring case) one of the letters opening "us$", a currency code, a number word, a weekday or
   * a month. All but "us$" open with {@code \b}, which cannot hold between two ASCII word
   * characters. A character outside ASCII may match a letter ignoring case: it is always tried.
   */
  static boolean mayOpen(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x80 || c == '$') {
      return true;
    }
    boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    char lower = (char) (c | 0x20);
    if (letter && lower == 'u') {
      return true; // "us$" opens without a word boundary
    }
    boolean opens = c >= '0' && c <= '9' || letter && OPENING_LETTERS.indexOf(lower) >= 0;
    return opens && (i == 0 || !asciiWord(text.charAt(i - 1)));
  }

  /** The letters (lower case) that open a number word, a weekday, a month or a currency code. */
  private static final String OPENING_LETTERS = openingLetters(WORD_NUMBER, WEEKDAYS, MONTHS, CURRENCY_CODES);

  private static String openingLetters(String... alternations) {
    StringBuilder out = new StringBuilder();
    for (String words : alternations) {
      for (String w : words.split("\\|")) {
        if (out.indexOf(w.substring(0, 1)) < 0) {
          out.append(w.charAt(0));
        }
      }
    }
    return out.toString();
  }

  private static boolean asciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** The canonical words for one match, recording its keys; null keeps the text as written. */
  private static String replacement(Matcher m, SortedSet<String> numbers, SortedSet<String> dates) {
    if (m.group("time") != null) {
      String t = m.group("time").toLowerCase(Locale.ROOT).replaceAll("[^0-9:ap]", "");
      boolean pm = t.contains("p");
      String[] hm = t.replaceAll("[ap]", "").split(":");
      int hour = Integer.parseInt(hm[0]);
      if (hour > 12) {
        return null;
      }
      int minute = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
      hour = hour % 12 + (pm ? 12 : 0);
      String key = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
      dates.add("time=" + key);
      return String.format(Locale.ROOT, "%02dh%02d", hour, minute);
    }
    if (m.group("curpre") != null) {
      String unit = currency(m.group("curpre"));
      String scale = m.group("cscale") != null ? m.group("cscale") : m.group("cglued");
      return amount(m.group("cnum"), scale, unit, numbers);
    }
    if (m.group("pnum") != null) {
      return amount(m.group("pnum"), null, "percent", numbers);
    }
    if (m.group("num") != null) {
      String num = m.group("num");
      String scale = m.group("scale");
      String cursuf = m.group("cursuf");
      if (scale == null && cursuf == null && num.matches("(1[89]|20)\\d{2}")) {
        dates.add("year=" + num);
        return num;
      }
      return amount(num, scale, cursuf == null ? "" : currency(cursuf), numbers);
    }
    if (m.group("weekday") != null) {
      String day = m.group("weekday").toLowerCase(Locale.ROOT);
      dates.add("weekday=" + day);
      return day;
    }
    String written = m.group("month");
    String day = m.group("day");
    String lower = written.toLowerCase(Locale.ROOT);
    boolean ambiguous = lower.equals("may") || lower.equals("mar") || lower.equals("march")
        || lower.equals("dec") || lower.equals("jan") || lower.equals("sep") || lower.equals("oct");
    if (ambiguous && day == null && !Character.isUpperCase(written.charAt(0))) {
      return null;
    }
    if (lower.equals("may") && day == null) {
      return null; // "May" opening a sentence is as likely the verb
    }
    String month = MONTH_NAMES.getOrDefault(lower, lower);
    dates.add("month=" + month);
    if (day != null) {
      dates.add("day=" + month + " " + Integer.parseInt(day));
      return month + " " + Integer.parseInt(day);
    }
    return month;
  }

  private static String amount(String num, String scale, String unit, SortedSet<String> numbers) {
    String lower = num.toLowerCase(Locale.ROOT);
    BigDecimal value = new BigDecimal(WORD_VALUES.getOrDefault(lower, lower.replace(",", "")));
    if (scale != null) {
      value = value.multiply(BigDecimal.valueOf(multiplier(scale.toLowerCase(Locale.ROOT))));
    }
    String v = value.stripTrailingZeros().toPlainString();
    numbers.add(unit + "=" + v);
    return unit.isEmpty() ? v : v + " " + unit;
  }

  private static long multiplier(String scale) {
    return switch (scale) {
      case "thousand", "k" -> 1_000L;
      case "million", "mln", "m" -> 1_000_000L;
      case "billion", "bn", "b" -> 1_000_000_000L;
      case "trillion" -> 1_000_000_000_000L;
      default -> 1L;
    };
  }

  private static String currency(String written) {
    String c = written.trim().toLowerCase(Locale.ROOT);
    if (c.contains("$") || c.contains("dollar") || c.equals("usd")) {
      return "usd";
    }
    if (c.contains("£") || c.contains("pound") || c.equals("gbp")) {
      return "gbp";
    }
    if (c.contains("€") || c.startsWith("eur")) {
      return "eur";
    }
    return c;
  }
}
