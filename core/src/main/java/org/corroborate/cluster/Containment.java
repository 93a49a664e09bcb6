package org.corroborate.cluster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * How much of one claim another claim states: the share of the shorter claim's content that the
 * longer claim matches, weighted by rarity. "Hegseth threatened to label the firm a supply-chain
 * risk" is stated inside "The Pentagon has threatened to designate the company a supply chain
 * risk, a label applied to foreign adversaries": the longer claim adds a detail, and still
 * supports the shorter one. Symmetric similarity misses this, because the added detail dilutes
 * it.
 *
 * <p>Content is what is left after function words (the Snowball English stop list), adverbs and
 * support verbs ({@link #LIGHT_VERBS}); a time limit ("until Friday") states a deadline; a multi-word
 * name ("Defense Secretary Pete Hegseth") is one unit weighed by its rarest word; a unit is matched
 * in full by a shared stem or the initials of a name ("DPA"), and in part ({@link
 * PairFeatures#SYNONYM_CREDIT}) by a WordNet synonym or close relative (a direct hypernym, a
 * derivation: {@link Synonyms#related}) or, for the name that is the claim's subject, by the other
 * subject of one of its verbs when the corpus associates the two ({@link NameAssociations}: an official and the
 * body they lead; "Hegseth threatened ..." and "The Pentagon threatened ...").
 *
 * <p>Only words less specific than the contained claim's average may go unmatched ("stadium" in
 * "threatened to revoke the stadium's licence" may not: "threatened to revoke the taxi licences"
 * does not state it), and its anchor, its rarest unit other than its subject, must be matched exactly:
 * a paraphrase may swap common words, but the most specific thing a claim says must be said by the
 * other too ("Claude is used for simulation" is not stated by "Claude is used as a model").
 *
 * <p>Headlines are left to the pair model: their Title Case and telegraphic grammar defeat the
 * tagging that finds subjects and support verbs. A hypothetical ("If ..., it would ...") neither contains nor is contained: it states no fact;
 * a claim of what would or could happen meets only another such claim.
 *
 * <p>One instance per clustering run caches each claim's content in a concurrent map (a content
 * worked out twice by two threads is the same value); thread safe. WordNet lookups are cached in
 * {@link Synonyms}.
 */
final class Containment {

  /** Content units the contained claim must have, so that a bare "Anthropic said" contains nothing. */
  static final int MIN_UNITS = 3;

  private static final CharArraySet FUNCTION_WORDS = functionWords();

  /**
   * Stems of verbs that put the proposition in prospect rather than state it ("threatened to
   * invoke", "is considering invoking", "plans to"): one of them is matched by any other, or by a
   * modal ("will invoke"), so the threat and the plan to do one thing meet, while "plans to sue"
   * still needs a prospect on the other side and does not meet "sued".
   */
  static final Set<String> PROSPECT_STEMS = Set.of(
      "threaten", "consid", "plan", "intend", "weigh", "seek", "propos", "prepar", "contempl", "mull",
      "vow", "pledg", "promis", "warn", "aim");

  /** The contained claim's coverage by the containing one. */
  record Cover(double share, int units, List<String> unmatched, String covered) {

    /** No coverage at all. */
    static final Cover NONE = new Cover(0, 0, List.of(), "");
  }

  /**
   * Lemmas of verbs that name or classify something as what their complement
   * says ("designate the company a risk", "label the firm a risk", "declare it a risk", "classify it
   * as a risk"): a closed class of object-complement verbs whose content is the complement, so one
   * of them is matched by any other.
   */
  static final Set<String> NAMING_LEMMAS = Set.of(
      "designate", "label", "declare", "classify", "brand", "deem", "dub", "term");

  /** Nouns of the naming act ("a supply chain risk designation"); the noun "label" names a thing, not an act. */
  static final Set<String> NAMING_NOUNS = Set.of("designation", "classification");

  /** What one claim offers to containment, worked out once per run. */
  private record Content(List<Unit> units, double mass, boolean excluded, boolean counterfactual, boolean prospect,
      boolean timeLimit, boolean naming) {}

  private final TermWeights idf;
  private final NameAssociations names;
  private final boolean synonyms;
  private final Map<String, Content> contents = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * One copy of equal units, unit lists and contents: a word's unit is the same in every claim that
   * has it (same weight), and copied claims have equal contents; every claim's content is kept for
   * the whole run.
   */
  private final Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

  /** A containment judge for one clustering run (it caches each claim's content). */
  Containment(TermWeights idf, NameAssociations names, boolean synonyms) {
    this.idf = idf;
    this.names = names;
    this.synonyms = synonyms;
  }

  private Content content(ClaimProfile p) {
    Content known = contents.get(p.claim().id());
    if (known == null) {
      List<Unit> units = share(units(p, idf));
      known = share(new Content(units, units.stream().mapToDouble(Unit::weight).sum(),
          p.claim().headline() || hypothetical(p), counterfactual(p), inProspect(p), setsTimeLimit(p),
          !namingWords(p).isEmpty()));
      contents.put(p.claim().id(), known);
    }
    return known;
  }

  /** The copy of {@code value} kept for the run: the first equal value shared. */
  @SuppressWarnings("unchecked")
  private <T> T share(T value) {
    Object before = shared.putIfAbsent(value, value);
    return before == null ? value : (T) before;
  }

  /** The coverage of the claim with less content by the other one. */
  Cover cover(ClaimProfile a, ClaimProfile b) {
    Content ca = content(a);
    Content cb = content(b);
    if (ca.excluded() || cb.excluded() || ca.counterfactual() != cb.counterfactual()) {
      return Cover.NONE;
    }
    boolean aSmaller = ca.mass() < cb.mass() || (ca.mass() == cb.mass() && a.claim().id().compareTo(b.claim().id()) <= 0);
    return aSmaller ? cover(a, ca, b, cb) : cover(b, cb, a, ca);
  }

  private Cover cover(ClaimProfile covered, Content content, ClaimProfile other, Content otherContent) {
    String id = covered.claim().id();
    List<Unit> units = content.units();
    double mass = content.mass();
    if (units.isEmpty() || mass <= 0) {
      return Cover.NONE;
    }
    double matched = 0;
    OtherWords otherWords = synonyms ? new OtherWords(other.terms()) : null;
    List<String> unmatched = new ArrayList<>();
    Unit anchor = null;
    double anchorCredit = 0;
    double mean = mass / units.size();
    boolean specificUnmatched = false;
    for (Unit u : units) {
      double credit = credit(u, other, otherContent, otherWords);
      matched += credit * u.weight();
      if (credit == 0) {
        unmatched.add(u.word());
        specificUnmatched |= u.weight() >= mean;
      }
      if (!u.actor() && (anchor == null || u.weight() > anchor.weight()
          || (u.weight() == anchor.weight() && u.head().compareTo(anchor.head()) < 0))) {
        anchor = u;
        anchorCredit = credit;
      }
    }
    if ((anchor != null && anchorCredit < 1) || specificUnmatched) {
      return new Cover(0, units.size(), List.copyOf(unmatched), id);
    }
    return new Cover(Math.min(1, matched / mass), units.size(), List.copyOf(unmatched), id);
  }

  private double credit(Unit u, ClaimProfile other, Content otherContent, OtherWords otherWords) {
    if (u.prospect() && otherContent.prospect()) {
      return 1;
    }
    if (u.head().equals(DEADLINE_STEM) && otherContent.timeLimit()) {
      return 1;
    }
    if (u.naming() && otherContent.naming()) {
      return 1;
    }
    if (other.stems().contains(u.head()) || other.names().containsValue(u.head())) {
      return 1;
    }
    if (!u.initials().isEmpty() && other.stems().contains(u.initials())) {
      return 1;
    }
    if (u.name()) {
      if (u.actor() && !other.subjects().isEmpty() && names.sameActor(u.stems(), other.subjects(), synonyms)) {
        return PairFeatures.SYNONYM_CREDIT;
      }
      return 0;
    }
    if (synonyms && otherWords.relatedTo(u.word())) {
      return PairFeatures.SYNONYM_CREDIT;
    }
    return 0;
  }

  /**
   * The other claim's content words, whose WordNet senses and neighbours are kept on their terms
   * (looked up once per run): {@link #relatedTo} answers as {@link Synonyms#related} over the words
   * in order.
   */
  private static final class OtherWords {
    private final List<ClaimAnalyzer.Term> words = new ArrayList<>();

    OtherWords(List<ClaimAnalyzer.Term> terms) {
      for (ClaimAnalyzer.Term t : terms) {
        if (!FUNCTION_WORDS.contains(t.word())) {
          words.add(t);
        }
      }
    }

    boolean relatedTo(String word) {
      if (words.isEmpty()) {
        return false;
      }
      Synonyms wordNet = Synonyms.shared();
      Synonyms.Keys own = wordNet.senses(word);
      Synonyms.Keys ownNeighbours = wordNet.neighbours(word);
      for (ClaimAnalyzer.Term other : words) {
        if (Synonyms.related(word, own, ownNeighbours, other.word(), other.senses(), other.neighbours())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One unit of content: a word, or a whole multi-word name, matched by its head: its rarest stem
   * ("hegseth" in "Defense Secretary Pete Hegseth", so that "Defense" elsewhere does not match it).
   * {@code stems} are a name's stems, read only for names; a word's are the shared empty set (its
   * stem is its head): every claim's units are kept for the whole run.
   */
  private record Unit(String word, String head, Set<String> stems, String initials, boolean name, boolean actor,
      boolean naming, double weight) {
    boolean prospect() {
      return !name && PROSPECT_STEMS.contains(head);
    }
  }

  /** Whether a claim puts its proposition in prospect: a prospect verb, or a modal verb. */
  private static boolean inProspect(ClaimProfile p) {
    for (String stem : p.stems()) {
      if (PROSPECT_STEMS.contains(stem)) {
        return true;
      }
    }
    return p.claim().tokens().stream().anyMatch(t -> "MD".equals(t.pos()) && FUTURE.contains(lower(t.text())));
  }

  /** Modals of the future: "would", "could", "may" are hypothetical, not a prospect. */
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "’ll");

  /** Conjunctions that open a hypothetical: a claim that begins with one states no fact. */
  private static final Set<String> CONDITIONAL = Set.of("if", "unless");

  /** Whether a claim is a hypothetical ("If the Pentagon does invoke the act, it would ..."). */
  static boolean hypothetical(ClaimProfile p) {
    List<org.corroborate.model.Token> tokens = p.claim().tokens();
    String first = tokens.isEmpty() ? firstWord(p.claim().text()) : lower(tokens.get(0).text());
    return CONDITIONAL.contains(first);
  }

  /** Modals of what would or could happen rather than what happens or will. */
  private static final Set<String> COUNTERFACTUAL = Set.of("would", "could", "might");

  /**
   * Whether a claim's main clause speaks of what would or could happen ("Cutting ties would
   * require ..."): it states nothing another claim without such a modal states, and the reverse.
   * Only a modal before the first comma or relative pronoun counts.
   */
  static boolean counterfactual(ClaimProfile p) {
    for (org.corroborate.model.Token t : p.claim().tokens()) {
      String pos = t.pos() == null ? "" : t.pos();
      if (pos.startsWith("W") || t.text().equals(",") || t.text().equals(";")) {
        return false; // a modal in a relative or trailing clause ("..., which could bar it") is not the claim's
      }
      if (pos.equals("MD") && COUNTERFACTUAL.contains(lower(t.text()))) {
        return true;
      }
    }
    return false;
  }

  private static String firstWord(String text) {
    String t = text.strip();
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return lower(t.substring(0, end));
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  private List<Unit> units(ClaimProfile p, TermWeights idf) {
    Map<String, Set<String>> nameRuns = new LinkedHashMap<>();
    for (var e : p.names().entrySet()) {
      String run = e.getValue().isEmpty() ? e.getKey() : e.getValue();
      nameRuns.computeIfAbsent(run, k -> new TreeSet<>()).add(e.getKey());
    }
    List<Unit> out = new ArrayList<>();
    for (var run : nameRuns.entrySet()) {
      String head = run.getValue().stream()
          .max(java.util.Comparator.comparingDouble((String x) -> idf.of(x)).thenComparing(x -> x)).orElseThrow();
      String initials = run.getValue().size() > 1 ? run.getKey() : "";
      boolean actor = run.getValue().stream().anyMatch(p.actor()::contains);
      out.add(share(new Unit(head, head, SortedStrings.of(run.getValue()), initials, true, actor, false, idf.of(head))));
    }
    Set<String> modifiers = modifiers(p);
    Set<String> light = lightVerbs(p);
    Set<String> naming = namingWords(p);
    for (ClaimAnalyzer.Term t : p.terms()) {
      if (p.names().containsKey(t.stem()) || FUNCTION_WORDS.contains(t.word()) || modifiers.contains(t.word())
          || light.contains(t.word()) || !t.word().chars().anyMatch(Character::isLetter)) {
        continue;
      }
      out.add(share(new Unit(t.word(), t.stem(), Set.of(), "", false, false, naming.contains(t.word()),
          idf.of(t.stem()))));
    }
    if (setsTimeLimit(p) && !p.stems().contains(DEADLINE_STEM)) {
      out.add(share(new Unit("deadline", DEADLINE_STEM, Set.of(), "", false, false, false,
          idf.of(DEADLINE_STEM))));
    }
    return List.copyOf(out);
  }

  /** The stem of "deadline", which a time limit ("until Friday", "by Friday") also states. */
  static final String DEADLINE_STEM = "deadlin";

  /** Prepositions that make the date after them a time limit. */
  private static final Set<String> LIMITS = Set.of("by", "until", "till");

  /**
   * Whether a claim sets a time limit: "until", "by" or "till" followed within three words by a
   * date the claims stage recognised ("gave him until Friday evening", "by this Friday"), which
   * states a deadline as surely as the word does.
   */
  static boolean setsTimeLimit(ClaimProfile p) {
    Set<String> dateWords = new TreeSet<>();
    for (org.corroborate.model.DateMention d : p.claim().dates()) {
      for (String w : d.text().split("\\s+")) {
        dateWords.add(lower(w));
      }
    }
    if (dateWords.isEmpty()) {
      return false;
    }
    List<org.corroborate.model.Token> tokens = p.claim().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!LIMITS.contains(lower(tokens.get(i).text()))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
        if (dateWords.contains(lower(tokens.get(j).text()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Support verbs, which lend a noun their grammar and add little meaning of their own ("issued a
   * deadline", "set a deadline", "gave an ultimatum"): the noun is the content, the verb is not.
   */
  static final Set<String> LIGHT_VERBS = Set.of("give", "set", "issue", "make", "take", "have", "deliver", "impose", "get");

  /** The words of a claim that are a naming verb ({@link #NAMING_LEMMAS}) or noun ({@link #NAMING_NOUNS}). */
  private static Set<String> namingWords(ClaimProfile p) {
    Set<String> out = new TreeSet<>();
    for (org.corroborate.model.Token t : p.claim().tokens()) {
      String pos = t.pos() == null ? "" : t.pos();
      String lemma = t.lemma() == null ? "" : lower(t.lemma());
      // a verb the tagger may have slipped on ("classify/JJ it") still counts; a noun "label" does not
      if ((!pos.startsWith("NN") && NAMING_LEMMAS.contains(lemma)) || NAMING_NOUNS.contains(lemma)) {
        out.add(lower(t.text()));
      }
    }
    return out;
  }

  private static Set<String> lightVerbs(ClaimProfile p) {
    Set<String> out = new TreeSet<>();
    for (org.corroborate.model.Token t : p.claim().tokens()) {
      if (t.pos() != null && t.pos().startsWith("VB") && t.lemma() != null
          && LIGHT_VERBS.contains(lower(t.lemma()))) {
        out.add(lower(t.text()));
      }
    }
    return out;
  }

  /**
   * Words the claims stage tagged only as adverbs ("also", "seriously", "reportedly"): they modify
   * the proposition rather than state it (negation and hedges are kept as flags on the claim).
   */
  private static Set<String> modifiers(ClaimProfile p) {
    Set<String> adverbs = new TreeSet<>();
    Set<String> other = new TreeSet<>();
    for (org.corroborate.model.Token t : p.claim().tokens()) {
      String word = lower(t.text());
      if (t.pos() != null && t.pos().startsWith("RB")) {
        adverbs.add(word);
      } else {
        other.add(word);
      }
    }
    adverbs.removeAll(other);
    return adverbs;
  }

  private static CharArraySet functionWords() {
    try (Reader r = new InputStreamReader(Objects.requireNonNull(
        SnowballFilter.class.getResourceAsStream("english_stop.txt"), "english_stop.txt"), StandardCharsets.UTF_8)) {
      return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(r));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's Snowball English stop list", e);
    }
  }
}
