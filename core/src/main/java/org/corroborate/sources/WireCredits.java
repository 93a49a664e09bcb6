package org.corroborate.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the credit that makes a whole article someone else's copy: a wire dateline at the start
 * of a paragraph ("WASHINGTON (AP) —", "LONDON, Feb 24 (Reuters) -"), a byline or a credit line naming a wire agency ("By Jane Doe, Associated Press",
 * "— Reuters", "Copyright 2026 The Associated Press"), or a republication line naming any outlet
 * ("via The Guardian", "This story originally appeared in Wired"; picture credits such as "via
 * Getty Images" are not). Only datelines, bylines and
 * short credit lines count: an agency named in a sentence of the story ("told the Associated
 * Press") is a claim's citation, not the article's origin, and a line saying an agency "contributed
 * to this report" does not make the article its copy. Thread safe.
 */
final class WireCredits {
  /** Longest line, in words, read as a byline or credit line rather than as a sentence of the story. */
  static final int MAX_CREDIT_LINE_WORDS = 12;
  /** Longest place-and-date text before a parenthesised agency in a dateline ("LONDON, Feb 24 (Reuters) -"). */
  static final int DATELINE_REACH = 60;

  private static final String AGENCY_ALIASES = WireAgency.MAJOR.stream()
      .flatMap(a -> a.aliases().stream())
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(Pattern::quote)
      .collect(Collectors.joining("|"));

  private static final Pattern DATELINE = Pattern.compile(
      "^[\\p{Lu}][\\p{L}\\p{N} .,'\u2019/\\-]{0," + DATELINE_REACH + "}?\\(\\s*(?<name>" + AGENCY_ALIASES
          + ")\\s*\\)\\s*[-\u2013\u2014:]|^\\(\\s*(?<name2>" + AGENCY_ALIASES + ")\\s*\\)\\s*[-\u2013\u2014:]");
  private static final Pattern BYLINE = Pattern.compile(
      "^(?i:by|from)\\s+(?:.*?[\\s,;/|]+)?(?:(?i:the)\\s+)?(?<name>" + AGENCY_ALIASES + ")\\b");
  private static final Pattern AGENCY_ALONE = Pattern.compile(
      "^[\\s\\-\u2013\u2014(\u00a9]*(?:(?i:copyright)\\s*)?(?:\u00a9\\s*)?(?:\\d{4}\\s*)?(?:(?i:the)\\s+)?(?<name>"
          + AGENCY_ALIASES + ")(?:\\s*[.)])?(?:\\s+(?i:all rights reserved)\\.?)?\\s*$");
  private static final Pattern REPUBLISHED = Pattern.compile(
      "^[\\s\\-\u2013\u2014(]*(?i:via|courtesy of|originally published (?:by|in|on)|first published (?:by|in|on)"
          + "|this (?:story|article) (?:was )?(?:originally |first )?(?:appeared|published) (?:in|on|by))\\s+(?<name>[^()]+?)[\\s.)]*$");
  private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)\\b(?:images?|photos?|pictures?|graphics?|videos?|illustrations?)\\b");
  private static final Pattern CONTRIBUTED = Pattern.compile("(?i)\\bcontributed\\b");

  private WireCredits() {}

  /** The credit that makes the article another outlet's copy, from its first such line, if any. */
  static Optional<Credit> find(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || CONTRIBUTED.matcher(line).find()) {
        continue;
      }
      Matcher dateline = DATELINE.matcher(line);
      if (dateline.find()) {
        String name = dateline.group("name") != null ? dateline.group("name") : dateline.group("name2");
        return Optional.of(new Credit(name, dateline.group().strip()));
      }
      if (line.split("\\s+").length > MAX_CREDIT_LINE_WORDS) {
        continue;
      }
      for (Pattern p : List.of(BYLINE, AGENCY_ALONE, REPUBLISHED)) {
        Matcher m = p.matcher(line);
        if (m.find() && !PICTURE_CREDIT.matcher(line).find()) {
          return Optional.of(new Credit(m.group("name").strip(), line));
        }
      }
    }
    return Optional.empty();
  }
}
