package org.corroborate.sources;

import org.corroborate.outlets.OutletNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a claim's sentence, the upstream report it is credited to, with general patterns of
 * news attribution rather than a list of outlets: "according to a/an X report", "reported by X",
 * "X has learned", "X reported", "told X", "sources tell X", "citing X", "in an interview with X".
 *
 * <p>Patterns that name a report ("an X report", "X has learned", "reported by X") credit X
 * whatever it is. Patterns that a person could equally fill ("told X", "X reported", "citing X")
 * credit X only when X is an outlet the corpus knows, a wire agency, a name that reads as a news
 * outlet (its last word is one of {@link #MEDIA_WORDS}, such as "Times" or "News"), or, for "told
 * X", when the teller is a source rather than a named person ("a Defense official told Axios",
 * not "Hegseth told Amodei"). Thread safe.
 */
final class UpstreamCredits {
  /** Last words that mark a capitalised name as a news outlet ("Financial Times", "Fox News"). */
  static final Set<String> MEDIA_WORDS = Set.of(
      "times", "post", "journal", "news", "press", "herald", "tribune", "guardian", "telegraph", "gazette",
      "magazine", "daily", "radio", "television", "tv", "network", "wire", "media", "agency", "broadcasting",
      "chronicle", "observer", "independent", "review", "reporter", "insider", "examiner", "bulletin",
      "courier", "mirror", "express", "standard", "monitor", "dispatch", "register", "weekly", "newsweek",
      "newspaper", "channel", "podcast");

  /** Nouns naming someone who passes information to a reporter. */
  private static final String SOURCE_NOUNS =
      "officials?|sources?|spokes(?:person|man|woman)|persons?|people|aides?|insiders?|executives?|diplomats?"
          + "|officers?|advisers?|advisors?|staffers?|employees?|lawmakers?|representatives?";

  private static final String NAME =
      "(?<name>(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{N}&'\u2019.\\-]*(?:\\s+(?:(?:of|and|for|de|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}&'\u2019.\\-]*){0,5})";
  private static final String FRESH = "(?:(?:new|recent|exclusive|earlier|latest|separate)\\s+)?";
  private static final String REPORT_NOUN =
      "(?:report|reports|story|article|investigation|analysis|reporting|interview|exclusive|piece|poll|survey)\\b";

  /**
   * A pattern and the literal words it cannot match without: a sentence that contains none of its
   * cues is not searched with it (cheaper than the search, and the same result).
   */
  private record Rule(Pattern pattern, boolean alwaysCredits, List<String> cues) {
    boolean cued(String sentence) {
      for (String cue : cues) {
        if (sentence.contains(cue)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("\\b[Aa]ccording to\\s+(?:an?\\s+|the\\s+)?" + FRESH + NAME + "(?:'s|\u2019s)?\\s+" + REPORT_NOUN), true,
          List.of("ccording to")),
      new Rule(Pattern.compile("\\b(?:[Aa]n?)\\s+" + FRESH + NAME + "\\s+(?:report|investigation|exclusive)\\b"), true,
          List.of("report", "investigation", "exclusive")),
      new Rule(Pattern.compile("\\b(?:first\\s+)?(?:reported|revealed|broken|published|obtained)\\s+(?:first\\s+)?by\\s+" + NAME), true,
          List.of("reported", "revealed", "broken", "published", "obtained")),
      new Rule(Pattern.compile(NAME + "\\s+(?:has\\s+|have\\s+|had\\s+)?learned\\b"), true, List.of("learned")),
      new Rule(Pattern.compile(NAME + "\\s+(?:has\\s+|have\\s+|had\\s+|first\\s+)?(?:reported|reports|revealed)\\b"), false,
          List.of("report", "revealed")),
      new Rule(Pattern.compile("\\b[Aa]ccording to\\s+" + NAME), false, List.of("ccording to")),
      new Rule(Pattern.compile("\\b(?:[Cc]iting|[Pp]er|[Vv]ia)\\s+(?:an?\\s+)?" + NAME), false,
          List.of("iting", "Per", "per", "Via", "via")),
      new Rule(Pattern.compile("\\b[Ii]n an interview with\\s+" + NAME), false, List.of("n an interview with")),
      new Rule(Pattern.compile("\\b(?:told|tells|tell|telling)\\s+" + NAME), false, List.of("told", "tell")));

  private static final Pattern SOURCE_TELLER =
      Pattern.compile("\\b(?i:" + SOURCE_NOUNS + ")(?:\\s+\\p{Ll}[\\p{L}\\-]*){0,4}?\\s*,?\\s*$");
  private static final Pattern TELL = Pattern.compile("^(?:told|tells|tell|telling)\\b");

  private final OutletRegistry registry;

  UpstreamCredits(OutletRegistry registry) {
    this.registry = registry;
  }

  /** The first upstream credit in the sentence, in order of position, if any. */
  Optional<Credit> find(String sentence) {
    return find(sentence, true);
  }

  /** {@link #find} with every rule searched, cued or not: what the cues must never change. */
  Optional<Credit> findWithEveryRule(String sentence) {
    return find(sentence, false);
  }

  /** How many rules there are, for tests. */
  static int ruleCount() {
    return RULES.size();
  }

  /** Whether rule {@code r} matches somewhere in the sentence, and whether the sentence has one of its cues. */
  static boolean[] matchedAndCued(int r, String sentence) {
    Rule rule = RULES.get(r);
    return new boolean[] {rule.pattern().matcher(sentence).find(), rule.cued(sentence)};
  }

  private Optional<Credit> find(String sentence, boolean cuesFirst) {
    Credit best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Rule rule : RULES) {
      if (cuesFirst && !rule.cued(sentence)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        String name = trimName(m.group("name"));
        if (name.isEmpty() || m.start() >= bestAt) {
          continue;
        }
        if (rule.alwaysCredits() || credible(name, sentence, m)) {
          best = new Credit(name, trimCue(sentence.substring(m.start(), m.end())));
          bestAt = m.start();
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean credible(String name, String sentence, Matcher m) {
    if (registry.isKnown(name) || readsAsOutlet(name)) {
      return true;
    }
    String matched = sentence.substring(m.start(), m.end());
    return TELL.matcher(matched).find() && SOURCE_TELLER.matcher(sentence.substring(0, m.start())).find();
  }

  static boolean readsAsOutlet(String name) {
    String key = OutletNames.key(name);
    int space = key.lastIndexOf(' ');
    return MEDIA_WORDS.contains(space < 0 ? key : key.substring(space + 1));
  }

  private static String trimCue(String raw) {
    String s = raw.strip();
    while (!s.isEmpty() && ".,;:-".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String trimName(String raw) {
    String s = raw.strip();
    while (s.endsWith(".") || s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.equals("the") || lower.isEmpty() ? "" : s;
  }
}
