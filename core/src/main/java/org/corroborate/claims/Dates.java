package org.corroborate.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.DateMention;

/**
 * Dates and times in a claim's text: weekdays ("5 p.m. Friday"), months with or without day and
 * year, years, "today"/"yesterday". Resolved against the article's publication date when known.
 * Immutable and thread safe.
 */
final class Dates {
  private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
  private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  private static final String TIME = "(\\d{1,2})(?::(\\d\\d))?\\s*([ap])\\.?\\s?m\\.?(?:\\s*(?:ET|EST|EDT|PT|GMT|UTC))?";
  private static final Pattern P = Pattern.compile(
      "(?:(?<time1>" + TIME + ")\\s+(?:on\\s+)?)?\\b(?<day>" + DAYS + ")\\b(?:\\s+(?<dayp>morning|afternoon|evening|night))?"
          + "(?:,?\\s+(?<mon1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?:,\\s*(?<y1>\\d{4}))?)?"
          + "|\\b(?<mon>" + MONTHS + ")\\s+(?:(?<d>\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s*(?<y>(?:19|20)\\d\\d))?"
          + "|\\b(?<time2>" + TIME + ")"
          + "|\\b(?<rel>today|yesterday|tomorrow|tonight)\\b"
          + "|\\b(?:in|since|by|until|of|from|during)\\s+(?<year>(?:19|20)\\d\\d)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_P = Pattern.compile(TIME, Pattern.CASE_INSENSITIVE);
  /**
   * Words one of which every match of {@link #P} without a digit contains, compared ASCII case
   * insensitively as {@link #P} compares: the branch {@code day} contains one of {@link #DAYS}, the
   * branch {@code mon} one of {@link #MONTHS} (the alternatives written out; {@code Sept?\.} is "sep."
   * or "sept."), the branch {@code rel} one of its four words, each after a {@code \b} and before a {@code \b} or
   * {@code \s}, as {@link AsciiWordSet} scans for them; the branches {@code time2} and
   * {@code year} need a digit. Whole words, where the regex this replaced tried stems ("day", "mar",
   * "dec") that also pass "holiday", "market" and "decision", so {@link #P} ran on most claims.
   */
  private static final AsciiWordSet CUE_WORDS = new AsciiWordSet("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan.", "feb.", "aug.", "sep.", "sept.", "oct.", "nov.",
      "dec.", "today", "yesterday", "tomorrow", "tonight");

  private final LocalDate published;

  Dates(String published) {
    this.published = parse(published);
  }

  static LocalDate parse(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    try {
      return published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(published).toLocalDate();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  List<DateMention> find(String text) {
    int from = earliestStart(text);
    return from < 0 ? List.of() : find(text, from);
  }

  /**
   * Whether {@link #P} can match in the text: it has a digit or one of {@link #CUE_WORDS}. Scanned, where
   * the regex {@code (?i)day|jan|...|\d|tonight|tomorrow} that was the filter before, tried at every
   * position, was 12 of 422 samples of a profile of the claims stage.
   */
  static boolean mayHaveDate(String text) {
    return earliestStart(text) >= 0;
  }

  /**
   * An index no match of {@link #P} starts before, or -1 when it has none: 0 when the text has a digit;
   * else where the first of {@link #CUE_WORDS} starts, as a match without a digit starts at one of them
   * (the branches {@code day}, {@code mon} and {@code rel} start with their word when {@code time1},
   * which has a digit, is absent).
   */
  static int earliestStart(String text) {
    return LiteralScan.hasDigit(text) ? 0 : CUE_WORDS.indexAsWordIn(text);
  }

  /** Whether {@link #P} finds a match in the text, for tests that {@link #mayHaveDate} is exact. */
  static boolean matchesUnfiltered(String text) {
    return P.matcher(text).find();
  }

  /** The dates {@link #P} finds in the text, with no filter first. */
  List<DateMention> findUnfiltered(String text) {
    return find(text, 0);
  }

  /**
   * The dates {@link #P} finds in the text, searched from an index no match starts before: the matcher's
   * bounds are transparent, so the {@code \b} at that index sees the char before it, and the matches are
   * those of a search from the text's start.
   */
  private List<DateMention> find(String text, int from) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = P.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      String norm = normalize(m);
      if (norm != null) {
        out.add(new DateMention(m.group().strip(), norm));
      }
    }
    return out;
  }

  private String normalize(Matcher m) {
    if (m.group("day") != null) {
      if (m.group("day").charAt(0) != Character.toUpperCase(m.group("day").charAt(0))) {
        return null;
      }
      DayOfWeek dow = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
      String time = time(m.group("time1"));
      String date;
      if (m.group("mon1") != null) {
        date = monthDay(m.group("mon1"), m.group("d1"), m.group("y1"));
      } else if (published != null) {
        date = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow))
            .toString();
      } else {
        date = dow.name().toLowerCase(Locale.ROOT);
      }
      return time == null ? date : date + " " + time;
    }
    if (m.group("mon") != null) {
      String mon = m.group("mon");
      if (mon.equalsIgnoreCase("may") && m.group("d") == null && m.group("y") == null
          || !Character.isUpperCase(mon.charAt(0))) {
        return null;
      }
      if (m.group("d") == null && m.group("y") == null && published == null) {
        return month(mon);
      }
      return monthDay(mon, m.group("d"), m.group("y"));
    }
    if (m.group("time2") != null) {
      return time(m.group("time2"));
    }
    if (m.group("rel") != null) {
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      if (published == null) {
        return rel;
      }
      return switch (rel) {
        case "yesterday" -> published.minusDays(1).toString();
        case "tomorrow" -> published.plusDays(1).toString();
        default -> published.toString();
      };
    }
    return m.group("year");
  }

  private String monthDay(String mon, String day, String year) {
    String mm = month(mon);
    String y = year != null ? year : published != null ? Integer.toString(published.getYear()) : null;
    String md = day == null ? mm : mm + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
    return y == null ? "--" + md : y + "-" + md;
  }

  private static String month(String mon) {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    String p = mon.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(p)) {
        return String.format(Locale.ROOT, "%02d", i + 1);
      }
    }
    return p;
  }

  private static String time(String t) {
    if (t == null) {
      return null;
    }
    Matcher m = TIME_P.matcher(t);
    if (!m.find()) {
      return null;
    }
    int h = Integer.parseInt(m.group(1)) % 12;
    if (m.group(3).equalsIgnoreCase("p")) {
      h += 12;
    }
    String min = m.group(2) == null ? "00" : m.group(2);
    return String.format(Locale.ROOT, "%02d:%s", h, min);
  }
}
