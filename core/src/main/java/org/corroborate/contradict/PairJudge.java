package org.corroborate.contradict;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.DateMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Severity;

/**
 * Decides whether two candidate claims cannot both hold, and how. Checks run from the most
 * specific (a denial) to the least; qualifiers of scope and time are checked before flagging.
 * Precision comes first: when in doubt, nothing is reported.
 *
 * <p>Thread safe when its {@link Lexicon} is (it is).
 */
final class PairJudge {
  /** Share of the denied proposition's words (or the asserted claim's) the other side must match. */
  static final double DENIAL_MIN_OVERLAP = 0.4;
  /** Least number of matched content words for a denial. */
  static final int DENIAL_MIN_SHARED = 3;
  /** Share of the negated claim's words the plain claim must contain. */
  static final double NEGATION_MIN_COVER = 0.8;
  /** Share of the plain claim's words the negated claim must contain. */
  static final double NEGATION_MIN_BACK_COVER = 0.5;
  /** Share of the rest of each claim (without the opposed words) the other must contain. */
  static final double ANTONYM_MIN_REST_COVER = 0.6;
  /** Share of the shorter claim's words the other must contain for a numeric or date conflict. */
  static final double SAME_EVENT_MIN_COVER = 0.7;
  /** Relative difference below which two exact numbers are the same value. */
  static final double NUMBER_TOLERANCE = 0.02;
  /** Relative difference tolerated when either number is approximate ("about 200"). */
  static final double APPROX_TOLERANCE = 0.1;
  /** Words of context an exclusivity claim and the other claim must share. */
  static final int EXCLUSIVITY_MIN_SHARED = 2;

  private final Lexicon lexicon;

  PairJudge(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The contradiction between {@code a} and {@code b}, if any.
   *
   * @param antecedentA content borrowed by {@code a} from the claim its anaphora ("such concerns")
   *     refers to, else empty
   * @param antecedentB the same for {@code b}
   * @param neighbours whether the two claims stand in one article within a sentence of each other
   */
  Optional<Finding> judge(ClaimFeatures a, ClaimFeatures b, Set<String> antecedentA, Set<String> antecedentB,
      boolean neighbours) {
    Optional<Finding> f = denial(a, b, antecedentA);
    if (f.isEmpty()) {
      f = denial(b, a, antecedentB);
    }
    if (f.isPresent() || a.denies || b.denies) {
      return f;
    }
    f = exclusivity(a, b);
    if (f.isEmpty()) {
      f = exclusivity(b, a);
    }
    if (f.isPresent()) {
      return f;
    }
    if (!neighbours && differentScope(a, b) || differentTime(a, b)) {
      return Optional.empty();
    }
    f = numeric(a, b);
    if (f.isEmpty()) {
      f = date(a, b);
    }
    if (f.isEmpty()) {
      f = opposedWords(a, b, neighbours);
    }
    if (f.isEmpty()) {
      f = negation(a, b);
    }
    return f;
  }

  // ---- denial

  private Optional<Finding> denial(ClaimFeatures d, ClaimFeatures p, Set<String> antecedent) {
    if (!d.denies || p.denies || p.negated || d.deniedContent.isEmpty()) {
      return Optional.empty();
    }
    Set<String> core = new LinkedHashSet<>(d.deniedContent);
    core.removeAll(speakerWords(d));
    Set<String> denied = new LinkedHashSet<>(core);
    denied.addAll(antecedent);
    Set<String> asserted = new LinkedHashSet<>(p.content);
    asserted.removeAll(speakerWords(p));
    if (asserted.isEmpty()) {
      return Optional.empty();
    }
    int shared = matched(asserted, denied, true);
    if (shared < DENIAL_MIN_SHARED || (double) shared / asserted.size() < DENIAL_MIN_OVERLAP) {
      return Optional.empty();
    }
    // the claim has the denied proposition's subject and one of the two words of its predicate
    List<String> coreWords = List.copyOf(core);
    Set<String> predicate = new LinkedHashSet<>(coreWords.subList(1, Math.min(3, coreWords.size())));
    if (!d.verbKeys.containsAll(predicate)) {
      predicate.removeAll(d.verbKeys); // match what was said or done, not a light verb ("raised", "lift")
    }
    if (p.conditional || matched(Set.of(coreWords.get(0)), p.content, false) == 0
        || matched(predicate, p.content, true) == 0 || !agentOf(p, coreWords.get(0))) {
      return Optional.empty();
    }
    String who = !d.speakerKey.isEmpty()
        ? (d.claim.speakerName() != null ? d.claim.speakerName() : d.claim.speaker())
        : d.denier.isEmpty() ? d.claim.source() : d.denier;
    Severity severity = p.hedged ? Severity.LOW : Severity.HIGH;
    return Optional.of(new Finding(ContradictionType.DENIAL, severity,
        "denied by " + who + ": \u201c" + snippet(p.claim.text()) + "\u201d"));
  }

  /**
   * Whether {@code key} can be what {@code f} is about: its first word or its first proper noun,
   * the speaker's words aside. A claim with no proper noun may be about anything it names.
   */
  private static boolean agentOf(ClaimFeatures f, String key) {
    Set<String> speaker = speakerWords(f);
    for (int i = 0; i < f.words.size(); i++) {
      ClaimFeatures.Word w = f.words.get(i);
      if (i == 0 && w.key().equals(key)) {
        return true;
      }
      if (w.proper() && !speaker.contains(w.key())) {
        return w.key().equals(key);
      }
    }
    return true;
  }

  private static Set<String> speakerWords(ClaimFeatures f) {
    return f.speakerWords;
  }

  // ---- exclusivity

  private Optional<Finding> exclusivity(ClaimFeatures only, ClaimFeatures other) {
    if (!only.exclusive || only.exclusivityEnded || only.past || only.negated || only.future) {
      return Optional.empty();
    }
    Set<String> context = new LinkedHashSet<>(only.content);
    context.removeAll(Words.EXCLUSIVE);
    int shared = matched(context, other.content, false);
    if (shared < EXCLUSIVITY_MIN_SHARED) {
      return Optional.empty();
    }
    Set<String> commonNouns = new LinkedHashSet<>(context);
    commonNouns.removeAll(only.proper);
    if (matched(commonNouns, other.content, false) == 0) {
      return Optional.empty();
    }
    if (other.exclusivityEnded && !other.hedged && !other.future) {
      return Optional.of(new Finding(ContradictionType.EXCLUSIVITY, only.hedged || other.hedged ? Severity.LOW : Severity.HIGH,
          "\u201conly\u201d vs exclusivity ended: \u201c" + snippet(other.claim.text()) + "\u201d"));
    }
    return Optional.empty();
  }

  // ---- numbers and dates

  private Optional<Finding> numeric(ClaimFeatures a, ClaimFeatures b) {
    if (a.claim.numbers().isEmpty() || b.claim.numbers().isEmpty() || !sameEvent(a, b)) {
      return Optional.empty();
    }
    for (Quantity qa : a.claim.numbers()) {
      for (Quantity qb : b.claim.numbers()) {
        if (!sameQuantity(qa, qb)) {
          continue;
        }
        Optional<Severity> s = numericConflict(qa, qb);
        if (s.isPresent()) {
          return Optional.of(new Finding(ContradictionType.NUMERIC, a.hedged || b.hedged ? Severity.LOW : s.get(),
              "\u201c" + qa.text() + "\u201d vs \u201c" + qb.text() + "\u201d"));
        }
      }
    }
    return Optional.empty();
  }

  private boolean sameQuantity(Quantity qa, Quantity qb) {
    if (!qa.unit().equals(qb.unit())) {
      return false;
    }
    String ca = qa.counted().isBlank() ? "" : lexicon.base(lastWord(qa.counted()));
    String cb = qb.counted().isBlank() ? "" : lexicon.base(lastWord(qb.counted()));
    if (ca.isEmpty() || cb.isEmpty()) {
      return ca.isEmpty() && cb.isEmpty() && !qa.unit().isEmpty();
    }
    return ca.equals(cb) || lexicon.nearSynonym(ca, cb);
  }

  private static String lastWord(String s) {
    String[] parts = s.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return parts[parts.length - 1];
  }

  /** The severity of the disagreement between two values of one quantity, or empty when they agree. */
  static Optional<Severity> numericConflict(Quantity qa, Quantity qb) {
    double a = qa.value();
    double b = qb.value();
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return Optional.empty();
    }
    boolean exactA = qa.bound().equals("exact");
    boolean exactB = qb.bound().equals("exact");
    boolean approx = qa.bound().equals("about") || qb.bound().equals("about");
    double tolerance = approx ? APPROX_TOLERANCE : NUMBER_TOLERANCE;
    if (close(a, b, tolerance) || sameWhenRounded(qa, qb)) {
      return Optional.empty();
    }
    if (qa.bound().equals("at-least") && !qb.bound().equals("at-most")) {
      return Optional.of(b >= a ? Severity.LOW : Severity.HIGH);
    }
    if (qb.bound().equals("at-least") && !qa.bound().equals("at-most")) {
      return Optional.of(a >= b ? Severity.LOW : Severity.HIGH);
    }
    if (qa.bound().equals("at-most") && !qb.bound().equals("at-least")) {
      return Optional.of(b <= a ? Severity.LOW : Severity.HIGH);
    }
    if (qb.bound().equals("at-most") && !qa.bound().equals("at-least")) {
      return Optional.of(a <= b ? Severity.LOW : Severity.HIGH);
    }
    if ((exactA || approx) && (exactB || approx)) {
      return Optional.of(Severity.HIGH);
    }
    return Optional.empty();
  }

  private static boolean close(double a, double b, double tolerance) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale == 0 || Math.abs(a - b) / scale <= tolerance;
  }

  /** "1.2 million" and "1,234,000" agree: round the more precise to the other's precision. */
  private static boolean sameWhenRounded(Quantity qa, Quantity qb) {
    double a = qa.value();
    double b = qb.value();
    double ua = roundingUnit(a);
    double ub = roundingUnit(b);
    double unit = Math.max(ua, ub);
    return unit > 0 && Math.rint(a / unit) == Math.rint(b / unit);
  }

  /** The power of ten a value was rounded to (200 -> 100, 230000 -> 10000, 7.5 -> 0.1). */
  private static double roundingUnit(double v) {
    double x = Math.abs(v);
    if (x == 0) {
      return 0;
    }
    double unit = Math.pow(10, Math.floor(Math.log10(x)));
    for (int i = 0; i < 12 && Math.abs(Math.rint(x / unit) * unit - x) > 1e-9 * x; i++) {
      unit /= 10;
    }
    return unit;
  }

  private Optional<Finding> date(ClaimFeatures a, ClaimFeatures b) {
    if (a.claim.dates().isEmpty() || b.claim.dates().isEmpty() || !sameEvent(a, b)) {
      return Optional.empty();
    }
    for (DateMention da : a.claim.dates()) {
      for (DateMention db : b.claim.dates()) {
        String na = da.normalized().toLowerCase(Locale.ROOT);
        String nb = db.normalized().toLowerCase(Locale.ROOT);
        if (sameKind(na, nb) && !na.startsWith(nb) && !nb.startsWith(na)) {
          return Optional.of(new Finding(ContradictionType.DATE, a.hedged || b.hedged ? Severity.LOW : Severity.HIGH,
              "\u201c" + da.text() + "\u201d vs \u201c" + db.text() + "\u201d"));
        }
      }
      for (DateMention db : b.claim.dates()) {
        if (da.normalized().equalsIgnoreCase(db.normalized())) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameKind(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && Character.isDigit(a.charAt(0)) == Character.isDigit(b.charAt(0));
  }

  /** Whether two claims tell of the same event: most of the shorter one's words are in the other. */
  private boolean sameEvent(ClaimFeatures a, ClaimFeatures b) {
    int smaller = Math.min(a.content.size(), b.content.size());
    if (smaller < 2) {
      return false;
    }
    int shared = matched(a.content.size() <= b.content.size() ? a.content : b.content,
        a.content.size() <= b.content.size() ? b.content : a.content, false);
    return (double) shared / smaller >= SAME_EVENT_MIN_COVER;
  }

  // ---- opposed words: antonyms, and a negated word against its near-synonym

  private Optional<Finding> opposedWords(ClaimFeatures a, ClaimFeatures b, boolean neighbours) {
    for (ClaimFeatures.Word wa : a.words) {
      if (!wa.content() || wa.proper()) {
        continue;
      }
      for (ClaimFeatures.Word wb : b.words) {
        if (!wb.content() || wb.proper() || wa.key().equals(wb.key())) {
          continue;
        }
        boolean negA = a.negatedKeys.contains(wa.key());
        boolean negB = b.negatedKeys.contains(wb.key());
        boolean opposite = lexicon.opposite(wa.key(), wb.key());
        boolean synonym = !opposite && negA != negB && lexicon.nearSynonym(wa.key(), wb.key());
        if (!(opposite && negA == negB) && !synonym) {
          continue;
        }
        if (a.content.contains(wb.key()) || b.content.contains(wa.key())) {
          continue; // both poles in one claim ("a white and a black dog"): no opposition between claims
        }
        boolean verbs = wa.verb() && wb.verb() && lexicon.oppositeVerbs(wa.key(), wb.key())
            || synonym && lexicon.nearSynonymVerb(wa.key(), wb.key());
        if (!verbs && !(predicative(a, wa) && predicative(b, wb))) {
          continue; // "an old woman" and "a young woman" pick out two people; they do not disagree
        }
        if (!sameRest(a, b, wa.key(), wb.key(), neighbours)) {
          continue;
        }
        boolean description = describes(a, wa) || describes(b, wb);
        Severity severity = description || a.hedged || b.hedged ? Severity.LOW : Severity.HIGH;
        String left = (negA ? "not " : "") + wa.surface();
        String right = (negB ? "not " : "") + wb.surface();
        return Optional.of(new Finding(opposite ? ContradictionType.ANTONYM : ContradictionType.NEGATION, severity,
            "\u201c" + left + "\u201d vs \u201c" + right + "\u201d"));
      }
    }
    return Optional.empty();
  }

  /** Articles and possessives: a word after one of them heads or modifies a noun phrase. */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
      "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
      "your", "some", "any", "each", "every", "one", "two", "three", "four");

  /**
   * Whether a word is said of the subject after a linking verb ("was not warm", "remained
   * cordial"), not a modifier inside a noun phrase ("a big dog").
   */
  private static boolean predicative(ClaimFeatures f, ClaimFeatures.Word w) {
    int i = f.words.indexOf(w);
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      ClaimFeatures.Word before = f.words.get(j);
      if (Words.COPULAS.contains(before.key())) {
        return true;
      }
      if (DETERMINERS.contains(before.surface()) || before.content() && !before.surface().endsWith("ly")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word is a description: an adjective, or a word right after a linking verb. */
  private static boolean describes(ClaimFeatures f, ClaimFeatures.Word w) {
    if (w.adjective()) {
      return true;
    }
    int i = f.words.indexOf(w);
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (Words.COPULAS.contains(f.words.get(j).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the two claims say the opposed words of the same thing: the rest of their words
   * match, or they are neighbouring claims of one article whose second refers back with a pronoun
   * and both opposed words describe their subject.
   */
  private boolean sameRest(ClaimFeatures a, ClaimFeatures b, String ka, String kb, boolean neighbours) {
    Set<String> restA = new LinkedHashSet<>(a.content);
    restA.remove(ka);
    Set<String> restB = new LinkedHashSet<>(b.content);
    restB.remove(kb);
    restA.removeAll(speakerWords(a));
    restB.removeAll(speakerWords(b));
    if (negatedPrefix(restA, restB) || negatedPrefix(restB, restA)) {
      return false; // "non-terrorism charges" and "terrorism charges" are different things
    }
    if (!restA.isEmpty() && !restB.isEmpty()) {
      double coverA = (double) matched(restA, restB, false) / restA.size();
      double coverB = (double) matched(restB, restA, false) / restB.size();
      if (Math.min(coverA, coverB) >= ANTONYM_MIN_REST_COVER) {
        return true;
      }
    }
    if (!neighbours) {
      return false;
    }
    ClaimFeatures.Word wa = word(a, ka);
    ClaimFeatures.Word wb = word(b, kb);
    return wa != null && wb != null && describes(a, wa) && describes(b, wb)
        && (pronounSubject(a, wa) || pronounSubject(b, wb));
  }

  private static boolean negatedPrefix(Set<String> a, Set<String> b) {
    for (String k : a) {
      if (k.startsWith("non-") && b.contains(k.substring(4))) {
        return true;
      }
    }
    return false;
  }

  private static ClaimFeatures.Word word(ClaimFeatures f, String key) {
    for (ClaimFeatures.Word w : f.words) {
      if (w.key().equals(key)) {
        return w;
      }
    }
    return null;
  }

  /** Whether a subject pronoun comes shortly before the described word ("it remained cordial"). */
  private static boolean pronounSubject(ClaimFeatures f, ClaimFeatures.Word w) {
    int i = f.words.indexOf(w);
    for (int j = Math.max(0, i - 4); j < i; j++) {
      if (Words.SUBJECT_PRONOUNS.contains(f.words.get(j).surface())) {
        return true;
      }
    }
    return false;
  }

  // ---- negation

  private Optional<Finding> negation(ClaimFeatures a, ClaimFeatures b) {
    if (a.negated == b.negated) {
      return Optional.empty();
    }
    ClaimFeatures neg = a.negated ? a : b;
    ClaimFeatures plain = a.negated ? b : a;
    if (plain.implicitNegative) {
      return Optional.empty();
    }
    if (neg.content.size() < 2 || plain.content.isEmpty()) {
      return Optional.empty();
    }
    int covered = matched(neg.content, plain.content, false);
    int back = matched(plain.content, neg.content, false);
    if ((double) covered / neg.content.size() < NEGATION_MIN_COVER
        || (double) back / plain.content.size() < NEGATION_MIN_BACK_COVER) {
      return Optional.empty();
    }
    if (!neg.negatedKeys.isEmpty() && matched(neg.negatedKeys, plain.content, false) == 0) {
      return Optional.empty();
    }
    Severity severity = a.hedged || b.hedged ? Severity.LOW : Severity.HIGH;
    return Optional.of(new Finding(ContradictionType.NEGATION, severity,
        "\u201c" + snippet(plain.claim.text()) + "\u201d vs its negation"));
  }

  // ---- qualifiers

  /** Each claim names a place, party or thing the other does not: they speak of different scopes. */
  static boolean differentScope(ClaimFeatures a, ClaimFeatures b) {
    Set<String> pa = new LinkedHashSet<>(a.proper);
    pa.removeAll(speakerWords(a));
    Set<String> pb = new LinkedHashSet<>(b.proper);
    pb.removeAll(speakerWords(b));
    return !pb.containsAll(pa) && !pa.containsAll(pb);
  }

  /** The claims are set at different times: one marked as past, or different dates. */
  static boolean differentTime(ClaimFeatures a, ClaimFeatures b) {
    if (a.past != b.past || a.future != b.future) {
      return true;
    }
    return false;
  }

  // ---- matching

  /** How many of {@code from}'s keys have a match in {@code in}: equal or near-synonyms. */
  private int matched(Set<String> from, Set<String> in, boolean relatedNouns) {
    int n = 0;
    for (String k : from) {
      if (in.contains(k)) {
        n++;
        continue;
      }
      for (String o : in) {
        if (lexicon.nearSynonym(k, o) || relatedNouns && lexicon.relatedNoun(k, o)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return false;
      }
    }
    return true;
  }

  static String snippet(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 80 ? t : t.substring(0, 77).strip() + "\u2026";
  }

  static List<String> ordered(String a, String b) {
    return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
  }
}
