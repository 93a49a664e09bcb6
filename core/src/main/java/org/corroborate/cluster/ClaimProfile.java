package org.corroborate.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Claim;
import org.corroborate.model.DateMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Stance;
import org.corroborate.model.Token;

/**
 * What the pair scorer needs to know about one claim: its analysed words, the names it mentions,
 * and the things another claim must agree with (numbers, dates, polarity, stance).
 *
 * @param claim the claim
 * @param terms distinct analysed words, first occurrence kept, in order
 * @param stems the stems of {@code terms}
 * @param names stems of the proper names it mentions, each mapped to the initials of its
 *     multi-word name ("supreme" and "court" to "sc"), or "" for a one-word name
 * @param numbers "unit=value" keys
 * @param dates "kind=value" keys
 * @param negated whether the proposition is negated
 * @param stance the speaker's stance
 * @param actor the stems of the proper name that is the claim's subject (the name run just before
 *     its first verb, or before the common noun it modifies there: "Pentagon" in "The Pentagon has
 *     threatened ..." and in "Pentagon officials are considering ..."), or empty
 * @param subjects the stems of every proper name that is the subject of one of the claim's verbs
 *     (the name run before a verb, as for {@code actor}), the actor's included
 * @param objects the stems of the proper names after the first verb, when the claim has an actor
 *     ("Anthropic" in "The Pentagon set a deadline for Anthropic")
 */
record ClaimProfile(
    Claim claim,
    List<ClaimAnalyzer.Term> terms,
    SortedSet<String> stems,
    SortedMap<String, String> names,
    SortedSet<String> numbers,
    SortedSet<String> dates,
    boolean negated,
    Stance stance,
    SortedSet<String> actor,
    SortedSet<String> subjects,
    SortedSet<String> objects) {

  /**
   * Sets and maps are kept as sorted arrays ({@link SortedStrings}, {@link SortedStringMap}; empty
   * ones are one shared instance) and their strings interned, and the index text is not kept (it is
   * only indexed once): a claim is profiled for the whole clustering run, and at 100k generated
   * articles the profiles' tree sets and maps alone were about 490 MB of a full 2 GB heap.
   */
  ClaimProfile {
    stems = compact(stems);
    names = names instanceof SortedStringMap ? names : SortedStringMap.of(interned(names));
    numbers = compact(numbers);
    dates = compact(dates);
    actor = compact(actor);
    subjects = compact(subjects);
    objects = compact(objects);
  }

  /**
   * This profile with its term list, sets and map replaced by equal ones already in {@code values}
   * (each added when new): a run profiles every claim and keeps the profiles to its end, and copied
   * or similar claims have equal stems, names, numbers and term lists. {@code values} may be shared
   * by threads when it is a concurrent map.
   */
  ClaimProfile sharing(Map<Object, Object> values) {
    return new ClaimProfile(claim, share(values, terms), share(values, stems), share(values, names),
        share(values, numbers), share(values, dates), negated, stance, share(values, actor),
        share(values, subjects), share(values, objects));
  }

  @SuppressWarnings("unchecked")
  private static <T> T share(Map<Object, Object> values, T value) {
    Object before = values.putIfAbsent(value, value);
    return before == null ? value : (T) before;
  }

  private static SortedSet<String> compact(SortedSet<String> set) {
    if (set instanceof SortedStrings) {
      return set;
    }
    String[] values = set.toArray(new String[0]);
    for (int i = 0; i < values.length; i++) {
      values[i] = values[i].intern();
    }
    return SortedStrings.ofArray(values);
  }

  private static Map<String, String> interned(Map<String, String> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.intern(), v.intern()));
    return out;
  }

  /** A share of capitalised words above which case says nothing about names (Title Case headlines). */
  static final double TITLE_CASE_SHARE = 0.6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’.&-]*");
  private static final Pattern WEEKDAY = Pattern.compile(
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday");

  static ClaimProfile of(Claim claim, ClaimAnalyzer analyzer) {
    return of(claim, analyzer, Mentions.extract(claim.text()));
  }

  /**
   * The claim's text with amounts and dates in canonical words, as indexed (worked out again on each
   * call: a run indexes it once, from {@link #of(Claim, ClaimAnalyzer, Mentions.Extracted)}'s mentions).
   */
  String indexText() {
    return indexText(claim, Mentions.extract(claim.text()));
  }

  /** The index text of a claim from its mentions: the claim's own string when nothing was rewritten. */
  static String indexText(Claim claim, Mentions.Extracted mentions) {
    return mentions.text().equals(claim.text()) ? claim.text() : mentions.text();
  }

  /** The profile of a claim whose mentions ({@link Mentions#extract}) were found already. */
  static ClaimProfile of(Claim claim, ClaimAnalyzer analyzer, Mentions.Extracted mentions) {
    Map<String, ClaimAnalyzer.Term> byStem = new LinkedHashMap<>();
    for (ClaimAnalyzer.Term t : analyzer.terms(mentions.text())) {
      byStem.putIfAbsent(t.stem(), t);
    }
    SortedSet<String> numbers = claim.numbers().isEmpty() ? mentions.numbers() : numberKeys(claim.numbers());
    SortedSet<String> dates = claim.dates().isEmpty() ? mentions.dates() : dateKeys(claim.dates());
    boolean negated = claim.negated()
        || (claim.tokens().isEmpty() && claim.cues().isEmpty() && Mentions.hasNegation(claim.text()));
    return new ClaimProfile(claim, List.copyOf(byStem.values()),
        sorted(byStem.keySet()), names(claim, analyzer), numbers, dates, negated, claim.stance(),
        actor(claim, analyzer), subjects(claim, analyzer), objects(claim, analyzer));
  }

  /** Proper names: NNP tokens when the claims stage tagged them, else capitalised words mid-sentence. */
  private static SortedSet<String> sorted(Collection<String> values) {
    return SortedStrings.of(values);
  }

  /**
   * Proper names: runs of NNP tokens when the claims stage tagged them, else runs of capitalised
   * words after the first word (nothing when the text is in Title Case, where case says nothing).
   */
  private static List<List<String>> nameRuns(Claim claim) {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    if (!claim.tokens().isEmpty()) {
      for (Token t : claim.tokens()) {
        if (t.pos() != null && t.pos().startsWith("NNP")) {
          run.add(t.text());
        } else if (!run.isEmpty()) {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
      if (!run.isEmpty()) {
        runs.add(run);
      }
      return runs;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(claim.text());
    while (m.find()) {
      words.add(m.group());
    }
    long capitalised = words.stream().filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))).count();
    long longWords = words.stream().filter(w -> w.length() > 3).count();
    if (longWords == 0 || capitalised > TITLE_CASE_SHARE * longWords) {
      return runs;
    }
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (Character.isUpperCase(w.charAt(0)) && !WEEKDAY.matcher(w.toLowerCase(Locale.ROOT)).matches()) {
        run.add(w);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static int firstVerb(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isCommonNoun(String pos) {
    return "NN".equals(pos) || "NNS".equals(pos);
  }

  /** The stems of proper names after the first verb of a claim that has an actor. */
  private static SortedSet<String> objects(Claim claim, ClaimAnalyzer analyzer) {
    List<Token> tokens = claim.tokens();
    int verb = firstVerb(tokens);
    SortedSet<String> out = new TreeSet<>();
    if (verb <= 0 || actor(claim, analyzer).isEmpty()) {
      return SortedStrings.of(out);
    }
    for (int i = verb + 1; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (pos != null && pos.startsWith("NNP")) {
        out.addAll(analyzer.stems(tokens.get(i).text()));
      }
    }
    return SortedStrings.of(out);
  }

  /** The stems of the proper-name run that ends just before the first verb, if any. */
  private static SortedSet<String> actor(Claim claim, ClaimAnalyzer analyzer) {
    return subjectOf(claim.tokens(), firstVerb(claim.tokens()), analyzer);
  }

  /** The stems of the proper-name runs that end just before any verb. */
  private static SortedSet<String> subjects(Claim claim, ClaimAnalyzer analyzer) {
    List<Token> tokens = claim.tokens();
    SortedSet<String> out = new TreeSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) {
        out.addAll(subjectOf(tokens, i, analyzer));
      }
    }
    return SortedStrings.of(out);
  }

  private static SortedSet<String> subjectOf(List<Token> tokens, int verb, ClaimAnalyzer analyzer) {
    SortedSet<String> out = new TreeSet<>();
    int end = verb - 1;
    // a common-noun head after the name: "Pentagon officials are ...", "Anthropic executives said"
    for (int heads = 0; heads < 2 && end >= 0 && isCommonNoun(tokens.get(end).pos()); heads++) {
      end--;
    }
    for (int i = end; i >= 0; i--) {
      String pos = tokens.get(i).pos();
      if (pos == null || !pos.startsWith("NNP")) {
        break;
      }
      out.addAll(analyzer.stems(tokens.get(i).text()));
    }
    return SortedStrings.of(out);
  }

  /** The stems of every name, each mapped to the initials of its run ("court" to "sc"), or "". */
  private static SortedMap<String, String> names(Claim claim, ClaimAnalyzer analyzer) {
    SortedMap<String, String> out = new TreeMap<>();
    for (List<String> run : nameRuns(claim)) {
      StringBuilder initials = new StringBuilder();
      for (String w : run) {
        initials.append(Character.toLowerCase(w.charAt(0)));
      }
      String acronym = run.size() > 1 ? initials.toString() : "";
      for (String w : run) {
        for (String stem : analyzer.stems(w)) {
          out.putIfAbsent(stem, acronym);
        }
      }
    }
    return SortedStringMap.of(interned(out));
  }

  /** Whether this claim mentions a name: by its stem, or by the initials of a multi-word name. */
  boolean mentions(String stem, String initials) {
    return stems.contains(stem) || (!initials.isEmpty() && stems.contains(initials))
        || names.containsValue(stem);
  }

  private static SortedSet<String> numberKeys(List<Quantity> quantities) {
    SortedSet<String> out = new TreeSet<>();
    for (Quantity q : quantities) {
      String v = BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString();
      // an ordinal's kind is the noun it ranks: "the first quarter" meets "the fourth quarter", not "the second round"
      String kind = q.unit().equals(Quantity.ORDINAL) ? Quantity.ORDINAL + " " + q.counted() : q.unit();
      out.add(kind.toLowerCase(Locale.ROOT) + "=" + v);
    }
    return out;
  }

  /** Splits the claims stage's normalised dates ("friday 17:00", "2026-02-27") into kinds. */
  private static SortedSet<String> dateKeys(List<DateMention> dates) {
    SortedSet<String> out = new TreeSet<>();
    for (DateMention d : dates) {
      for (String part : d.normalized().toLowerCase(Locale.ROOT).split("\\s+")) {
        String kind;
        if (WEEKDAY.matcher(part).matches()) {
          kind = "weekday";
        } else if (part.matches("\\d{1,2}:\\d{2}")) {
          kind = "time";
        } else if (part.matches("\\d{4}")) {
          kind = "year";
        } else if (part.matches("\\d{4}-\\d{2}")) {
          kind = "month";
        } else if (part.matches("\\d{4}-\\d{2}-\\d{2}")) {
          kind = "day";
        } else {
          kind = "other";
        }
        out.add(kind + "=" + part);
      }
    }
    return out;
  }
}
