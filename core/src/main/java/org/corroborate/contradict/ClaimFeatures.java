package org.corroborate.contradict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Claim;
import org.corroborate.model.Stance;
import org.corroborate.model.Token;

/**
 * What this stage reads from one claim: its words with base forms, its content words, proper
 * nouns, and its cues of negation, hedging, time and exclusivity. Uses the claim's tokens when the
 * claims stage gave them (Penn tags), else a light tokenisation of its text. Immutable.
 *
 * <p>Memory: the stage holds one instance per claim of the corpus while it judges pairs, so the word
 * sets are compact {@link KeySet}s and a word's strings can be shared through an interner.
 */
final class ClaimFeatures {
  private static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{N}]+?(?=n['’]t\\b)|n['’]t\\b|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*");
  private static final Pattern DENIER = Pattern.compile(
      "^\\s*(\\p{Lu}[^,;:]*?)\\s+(?:has |have |had )?(?:denied|denies|deny|denying)\\b");
  private static final int MAX_DENIER_CHARS = 60;
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  /** What separates a speaker key's words: anything but letters and digits. */
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One word of the claim. */
  record Word(String surface, String key, boolean proper, boolean adjective, boolean content, boolean verb) {}

  /** Words after which a bare form is a verb ("to rise", "did not fall"). */
  private static final Set<String> VERB_BEFORE = Set.of(
      "to", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do",
      "not", "n't", "never");

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "his", "her");

  private static final Set<String> CONTRAST = Set.of("and", "but", "or");

  final Claim claim;
  /** The content words of the proposition a denial denies (after "denied that"), else empty. */
  final Set<String> deniedContent;
  /** Proper nouns before the denial verb ("amodei" in "Amodei denied that"), else empty. */
  final String denier;
  final List<Word> words;
  /** Content keys (base forms of content words), in order, without repeats. */
  final Set<String> content;
  /** Proper noun keys. */
  final Set<String> proper;
  final boolean negated;
  final boolean hedged;
  /** Keys of the words used as verbs. */
  final Set<String> verbKeys;
  /** Whether a word of negative meaning ("prohibits", "halted") leaves its polarity unclear. */
  final boolean implicitNegative;
  /** Whether the claim sits in a condition ("if", "unless"): it does not assert its proposition. */
  final boolean conditional;
  final boolean denies;
  final boolean past;
  final boolean future;
  final boolean exclusive;
  final boolean exclusivityEnded;
  /** Content keys that sit within the scope of a negator ("warm" in "not warm"). */
  final Set<String> negatedKeys;
  /** The speaker as a comparable key, or empty when the outlet says it. */
  final String speakerKey;
  /** The words of {@link #speakerKey} (split on anything but letters and digits), read once per claim. */
  final Set<String> speakerWords;

  ClaimFeatures(Claim claim, Lexicon lexicon) {
    this(claim, lexicon, Interner.none());
  }

  /**
   * @param intern keeps one copy of equal words and strings for the run (words repeat across claims)
   */
  ClaimFeatures(Claim claim, Lexicon lexicon, Interner intern) {
    this.claim = claim;
    this.words = List.copyOf(readWords(claim, lexicon, intern));
    Set<String> c = new LinkedHashSet<>();
    Set<String> p = new LinkedHashSet<>();
    Set<String> negKeys = new LinkedHashSet<>();
    boolean neg = false;
    boolean hedge = claim.hedged();
    boolean deny = claim.stance() == Stance.DENIES;
    boolean wasPast = false;
    boolean willBe = false;
    boolean excl = false;
    boolean ended = false;
    int negScope = 0;
    int deniedFrom = -1;
    boolean implicit = false;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String s = w.surface();
      if (s.equals("no") && i > 0 && words.get(i - 1).surface().equals("with")) {
        continue; // "a man with no hat": describes a referent, does not negate the clause
      }
      if (s.equals("not") && i > 0 && CONTRAST.contains(words.get(i - 1).surface())
          || s.equals("not") && i + 1 < words.size() && words.get(i + 1).surface().equals("only")) {
        continue; // "trust and not possession", "not only": a contrast, not a negated clause
      }
      if (Words.NEGATORS.contains(s)) {
        boolean exclusiveAfter = i + 2 < words.size()
            && Words.EXCLUSIVE.contains(words.get(i + 1).surface())
            || i + 2 < words.size() && words.get(i + 1).surface().equals("the")
                && Words.EXCLUSIVE.contains(words.get(i + 2).surface());
        if (s.equals("no") && i + 1 < words.size() && words.get(i + 1).surface().equals("longer")) {
          ended = true;
          negScope = 4;
        } else if (!exclusiveAfter) {
          neg = true;
          negScope = 4;
        } else {
          i += 2; // "not the only": not an exclusivity claim, and not a plain negation either
          continue;
        }
        continue;
      }
      if (Words.IMPLICIT_NEGATIVES.contains(w.key()) && !w.proper()) {
        implicit = true;
      }
      if (Words.NEGATIVE_VERBS.contains(w.key()) && i + 1 < words.size() && words.get(i + 1).surface().equals("to")) {
        neg = true;
        negScope = 4;
        continue;
      }
      if (Words.DENIAL_VERBS.contains(s) && deniedFrom < 0 && i > 0 && !DETERMINERS.contains(words.get(i - 1).surface())) {
        deny = true;
        deniedFrom = i + 1;
      }
      if (Words.HEDGES.contains(s)) {
        hedge = true;
      }
      if (Words.PAST_MARKERS.contains(s) || (s.equals("no") && i + 1 < words.size() && words.get(i + 1).surface().equals("longer"))) {
        wasPast = true;
      }
      if (Words.FUTURE_MARKERS.contains(s)) {
        willBe = true;
      }
      if (Words.EXCLUSIVE.contains(s)) {
        excl = true;
      }
      if (Words.ENDING.contains(s)) {
        ended = true;
      }
      if (w.content()) {
        c.add(w.key());
        if (negScope > 0) {
          negKeys.add(w.key());
        }
      }
      if (w.proper()) {
        p.add(w.key());
      }
      if (negScope > 0) {
        negScope--;
      }
    }
    this.content = KeySet.copyOf(c);
    Set<String> denied = new LinkedHashSet<>();
    if (deny) {
      for (int i = Math.max(0, deniedFrom); i < words.size(); i++) {
        if (words.get(i).content()) {
          denied.add(words.get(i).key());
        }
      }
    }
    this.deniedContent = KeySet.copyOf(denied);
    Matcher who = DENIER.matcher(claim.text());
    String denierText = deny && who.find() ? who.group(1).strip() : "";
    this.denier = denierText.length() <= MAX_DENIER_CHARS ? intern.intern(denierText) : "";
    Set<String> verbs = new LinkedHashSet<>();
    for (Word w : words) {
      if (w.verb() && w.content()) {
        verbs.add(w.key());
      }
    }
    this.verbKeys = KeySet.copyOf(verbs);
    this.proper = KeySet.copyOf(p);
    this.negated = neg || claim.negated();
    this.hedged = hedge;
    this.implicitNegative = implicit;
    boolean cond = false;
    for (Word w : words) {
      cond |= w.surface().equals("if") || w.surface().equals("unless") || w.surface().equals("whether");
    }
    this.conditional = cond;
    this.denies = deny;
    this.past = wasPast;
    this.future = willBe;
    this.exclusive = excl;
    this.exclusivityEnded = excl && ended;
    this.negatedKeys = KeySet.copyOf(negKeys);
    String sp = claim.speakerName() != null ? claim.speakerName() : claim.speaker();
    this.speakerKey = sp == null ? "" : intern.intern(sp.toLowerCase(Locale.ROOT).strip());
    this.speakerWords = wordsOf(speakerKey);
  }

  private static Set<String> wordsOf(String key) {
    Set<String> out = new LinkedHashSet<>();
    if (!key.isEmpty()) {
      for (String w : NOT_A_WORD.split(key)) {
        out.add(w);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private static List<Word> readWords(Claim claim, Lexicon lexicon, Interner intern) {
    List<Word> out = new ArrayList<>();
    if (!claim.tokens().isEmpty()) {
      for (Token t : claim.tokens()) {
        String raw = t.text();
        if (raw.isEmpty() || !Character.isLetterOrDigit(raw.charAt(0)) && !raw.equalsIgnoreCase("n't")) {
          continue;
        }
        String pos = t.pos() == null ? "" : t.pos();
        add(out, raw, pos.startsWith("NNP"), pos.startsWith("JJ"), pos.startsWith("VB"), lexicon, intern);
      }
      return out;
    }
    Matcher m = WORD.matcher(claim.text());
    boolean first = true;
    while (m.find()) {
      String raw = m.group();
      boolean capital = Character.isUpperCase(raw.charAt(0));
      boolean proper = capital && (!first || raw.length() > 1 && raw.chars().skip(1).anyMatch(Character::isUpperCase));
      add(out, raw, proper, false, false, lexicon, intern);
      first = false;
    }
    return out;
  }

  private static void add(List<Word> out, String raw, boolean proper, boolean adjective, boolean taggedVerb,
      Lexicon lexicon, Interner intern) {
    String lower = POSSESSIVE.matcher(raw.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("");
    if (lower.isEmpty()) {
      return;
    }
    if (lower.equals("n't") || lower.equals("cannot")) {
      out.add(intern.intern(new Word(lower.equals("cannot") ? "cannot" : "n't", intern.intern(lower), false, false, false, false)));
      return;
    }
    String key = proper ? lower : lexicon.base(lower);
    boolean function = Words.FUNCTION.contains(lower) || Words.FUNCTION.contains(key);
    boolean cue = Words.NEGATORS.contains(lower) || Words.HEDGES.contains(lower);
    boolean number = Character.isDigit(lower.charAt(0));
    String previous = out.isEmpty() ? "" : out.get(out.size() - 1).surface();
    boolean verb = taggedVerb || !key.equals(lower) && !lower.endsWith("s") || VERB_BEFORE.contains(previous);
    out.add(intern.intern(new Word(intern.intern(lower), intern.intern(key), proper && !function, adjective,
        !function && !cue && !number && key.length() > 1, verb)));
  }

  /** Whether the other claim is said by a different speaker (the outlet counts as a speaker). */
  boolean differentSpeaker(ClaimFeatures other) {
    return !speakerKey.equals(other.speakerKey);
  }
}
