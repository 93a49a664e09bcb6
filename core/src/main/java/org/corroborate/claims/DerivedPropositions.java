package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.Attribution.Found;
import org.corroborate.claims.ClauseSplitter.Part;
import org.corroborate.model.Stance;

/**
 * Propositions a sentence states beside its claims, each entailed by one of them, that the engine does
 * not count separately (they would add no evidence of their own):
 * <ul>
 *   <li>the report itself: "X said (that) P" is the outlet's statement that X said P, beside P with
 *       speaker X;
 *   <li>a clause's core: subject, verb and object without the adjuncts after the object ("the council
 *       will hold a vote on the plan next week" -> "the council will hold a vote");
 *   <li>the claim for each of two coordinated proper names ({@link CoordinatedNames});
 *   <li>the claim for each member a set names after ", including" ({@link IncludedMembers}).
 * </ul>
 * Stateless and thread safe.
 */
final class DerivedPropositions {
  /** Fewest tokens an adjunct must have for a core without it to be worth stating. */
  static final int MIN_DROPPED = 2;
  /** Fewest content words (nouns, adjectives, numbers, main verbs) a core must keep to say something. */
  static final int MIN_CORE_WORDS = 4;

  /**
   * A derived proposition; {@code own} when it is the outlet's own statement (a report "X said P", a
   * relation a noun phrase states), not the speaker's.
   */
  record Derived(Part part, boolean own) {}

  private DerivedPropositions() {}

  /** The derived propositions of a sentence's content [0, b), its attribution and its claims' parts. */
  static List<Derived> of(TaggedSentence s, int b, Found f, List<Part> parts) {
    List<Derived> out = new ArrayList<>();
    Part report = reportWithoutSpeakerAppositive(s, b, f);
    if (report != null) {
      out.add(new Derived(report, true));
    }
    java.util.Set<Integer> figures = new java.util.HashSet<>();
    for (Part p : parts) {
      if (p.copulaAfter() < 0) {
        int[] idx = ClauseSplitter.flatten(p.ranges());
        Part core = core(s, idx);
        if (core != null) {
          out.add(new Derived(core, false));
        }
        Part head = beforeTrailingPhrase(s, idx);
        if (head != null) {
          out.add(new Derived(head, false));
        }
        Part plain = withoutAside(s, idx);
        if (plain != null) {
          out.add(new Derived(plain, false));
        }
        Part unqualified = withoutTrailingRelative(s, idx);
        if (unqualified != null) {
          out.add(new Derived(unqualified, false));
        }
        // once per sentence: with several propositions the variant of each multiplies what the adverbial
        // scopes over (measured on CaRB dev: precision 0.783 against 0.802)
        Part main = parts.size() == 1 ? withoutFrontedAdjunct(s, idx) : null;
        if (main != null) {
          out.add(new Derived(main, false));
        }
        for (Part named : CoordinatedNames.of(s, idx)) {
          out.add(new Derived(named, false));
        }
        for (Part figure : QuantityMoves.of(s, idx, figures)) {
          out.add(new Derived(figure, false));
        }
      }
    }
    for (Part p : namedSubjects(s, parts)) {
      out.add(new Derived(p, false));
    }
    if (f.stance() != Stance.DECLINES) {
      for (List<int[]> prop : f.propositions()) {
        for (Part p : withEachParticiple(s, ClauseSplitter.withoutDiscourse(s, ClauseSplitter.flatten(prop), -1))) {
          out.add(new Derived(p, false));
        }
      }
    }
    List<Part> sets = new ArrayList<>(parts);
    if (f.stance() != Stance.DECLINES) { // the whole clause too: a list of members may have split it already
      for (List<int[]> prop : f.propositions()) {
        sets.add(new Part(ClauseSplitter.toRanges(ClauseSplitter.withoutDiscourse(s, ClauseSplitter.flatten(prop), -1)),
            -1));
      }
    }
    for (Derived d : out) {
      if (!d.own()) {
        sets.add(d.part());
      }
    }
    for (Part p : sets) {
      if (p.copulaAfter() < 0) {
        for (Part m : IncludedMembers.of(s, ClauseSplitter.flatten(p.ranges()))) {
          out.add(new Derived(m, false));
        }
      }
    }
    for (Part p : NounPhraseRelations.of(s, b)) {
      out.add(new Derived(p, true));
    }
    for (Part p : PlaceRelations.of(s, b)) {
      out.add(new Derived(p, true));
    }
    return out;
  }

  /** Most tokens in a name that renames a subject. */
  static final int MAX_NAME = 4;

  /**
   * A claim whose subject an appositive names, restated with the name as its subject: "One of the
   * firm's engineers, Ana Ruiz, found the flaw" -> "Ana Ruiz found the flaw" (beside "One of the firm's
   * engineers found the flaw" and "One of the firm's engineers is Ana Ruiz"). Only when the appositive
   * is a proper name alone.
   */
  static List<Part> namedSubjects(TaggedSentence s, List<Part> parts) {
    List<Part> out = new ArrayList<>();
    for (Part ap : parts) {
      List<int[]> r = ap.ranges();
      if (ap.copulaAfter() != 0 || r.size() != 2 || r.get(1)[1] - r.get(1)[0] > MAX_NAME || r.get(0)[1] > r.get(1)[0]) {
        continue;
      }
      int[] subject = r.get(0);
      int[] name = r.get(1);
      boolean proper = true;
      for (int i = name[0]; i < name[1]; i++) {
        proper &= s.isProper(i) || s.words[i].equals(".");
      }
      if (!proper || !s.isProper(name[0])) {
        continue;
      }
      for (Part main : parts) {
        if (main.copulaAfter() >= 0) {
          continue;
        }
        int[] idx = ClauseSplitter.flatten(main.ranges());
        // the claim's subject ends where the renamed phrase ends ("One of [the firm's engineers]")
        int n = subject[1] - idx[0];
        if (idx[0] > subject[0] || n <= 0 || idx.length <= n || idx[n - 1] != subject[1] - 1 || idx[n] < name[1]) {
          continue;
        }
        List<int[]> ranges = new ArrayList<>();
        ranges.add(name);
        ranges.addAll(ClauseSplitter.toRanges(ClauseSplitter.slice(idx, n, idx.length)));
        out.add(new Part(ranges, -1));
      }
    }
    return out;
  }

  /**
   * A clause without the restrictive relative clause that ends it, after the main verb ("the state will
   * borrow from a pension fund that holds $2 billion in bonds" -> "the city will borrow from a pension fund"): the clause
   * still holds of the noun phrase the relative clause narrows. Only when the relative pronoun follows a
   * noun (no comma: a non-restrictive clause is split off already) of a noun phrase that is no appositive
   * (", a plan that ..."), the relative clause has a finite
   * verb and runs to the end, and at least {@link #MIN_CORE_WORDS} content words stay.
   */
  static Part withoutTrailingRelative(TaggedSentence s, int[] idx) {
    boolean mainVerb = false;
    for (int k = 1; k < idx.length - 1; k++) {
      int i = idx[k];
      if (!mainVerb) {
        mainVerb = s.isFiniteVerb(i);
        continue;
      }
      boolean relative = (s.tags[i].equals("WDT") || s.tags[i].equals("WP")) && s.tags[idx[k - 1]].startsWith("NN");
      if (!relative) {
        continue;
      }
      int np = k - 1;
      while (np > 0 && (s.tags[idx[np - 1]].startsWith("NN") || s.tags[idx[np - 1]].startsWith("JJ")
          || s.tags[idx[np - 1]].equals("DT") || s.tags[idx[np - 1]].equals("PRP$") || s.tags[idx[np - 1]].equals("POS"))) {
        np--;
      }
      if (np > 0 && s.words[idx[np - 1]].equals(",")) {
        return null; // "..., a plan that ...": the noun phrase is an appositive, the clause is what it says of it
      }
      boolean verb = false;
      for (int j = k + 1; j < idx.length; j++) {
        verb |= s.isFiniteVerb(idx[j]);
      }
      int[] head = ClauseSplitter.slice(idx, 0, k);
      return !verb || contentWords(s, head) < MIN_CORE_WORDS ? null
          : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(head), -1));
    }
    return null;
  }

  /** A key for a proposition's tokens, to leave out derived propositions equal to a claim. */
  static String key(TaggedSentence s, List<int[]> ranges) {
    StringBuilder k = new StringBuilder();
    for (int i : ClauseSplitter.flatten(ranges)) {
      if (!s.isPunct(i)) {
        k.append(i).append(' ');
      }
    }
    return k.toString();
  }

  /**
   * The report "X said P" as the outlet states it, without an appositive or relative clause after a
   * speaker that ends the sentence ("..., said Ana Ruiz, an economist at the bank" -> "..., said Ana
   * Ruiz"): it describes the speaker, not the report (and is a claim of its own). Measured and left out:
   * one report for each proposition of the split ("X said P1", "X said P2"), which lowered precision on
   * CaRB dev (docs/claims-design.md).
   */
  static Part reportWithoutSpeakerAppositive(TaggedSentence s, int b, Found f) {
    Part whole = report(s, b, f);
    int se = f.speakerEnd();
    if (whole == null || se >= b || !s.words[se].equals(",")) {
      return whole;
    }
    for (List<int[]> prop : f.propositions()) {
      for (int i : ClauseSplitter.flatten(prop)) {
        if (i >= se) {
          return whole; // "X, an economist, said P": the report's words follow the appositive
        }
      }
    }
    int[] idx = ClauseSplitter.flatten(whole.ranges());
    int k = 0;
    while (k < idx.length && idx[k] < se) {
      k++;
    }
    return ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(ClauseSplitter.slice(idx, 0, k)), -1));
  }

  /**
   * "X said P", "P, X said", "according to X, P" as the outlet states it: the sentence without a leading
   * conjunction or discourse adverbial. Not for a refusal to comment (its claim is already the
   * sentence).
   */
  static Part report(TaggedSentence s, int b, Found f) {
    if (!f.hasSpeaker() || f.stance() == Stance.DECLINES) {
      return null;
    }
    int a = 0;
    while (a < b && (s.tags[a].equals("CC") || s.isPunct(a) && !s.isQuoteMark(a))) {
      a++;
    }
    int[] idx = new int[Math.max(0, b - a)];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = a + i;
    }
    return ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(ClauseSplitter.withoutDiscourse(s, idx, -1)), -1));
  }

  /**
   * The core of a clause: its subject (without a leading adverbial closed by a comma), its verb group
   * and its object noun phrase (with "of" attachments), when adjuncts of at least {@link #MIN_DROPPED}
   * tokens follow the object: a prepositional phrase, an adverb, a comma. Null when the clause has no
   * subject, verb and object in that order, or nothing to drop.
   */
  static Part core(TaggedSentence s, int[] idx) {
    int v = -1;
    for (int i = 0; i < idx.length; i++) {
      if (s.isFiniteVerb(idx[i])) {
        v = i;
        break;
      }
      if (s.tags[idx[i]].startsWith("W") || s.lower[idx[i]].equals("that") && !s.tags[idx[i]].equals("DT")) {
        return null; // a clause inside the subject: its verb is not the main one
      }
    }
    if (v <= 0) {
      return null;
    }
    int subj = 0;
    for (int i = 0; i < v; i++) {
      if (s.words[idx[i]].equals(",") && Attribution.hasNoun(s, idx[i] + 1, idx[v]) && i + 1 < v) {
        subj = i + 1; // "In the past decade, the firm has ...": the subject after the adverbial
      }
    }
    if (!s.inChunk(idx[subj], "NP") || !Attribution.hasNoun(s, idx[subj], idx[v]) || s.tags[idx[subj]].equals("PRP")
        || s.tags[idx[subj]].equals("EX")) {
      return null; // "it signed an agreement": a pronoun subject needs its sentence, so the core is no statement
    }
    for (int i = subj; i < v; i++) {
      if (s.isPunct(idx[i]) || s.isVerb(idx[i])) {
        return null; // an appositive or participle inside the subject: left whole
      }
    }
    int o = v;
    while (o < idx.length && (s.isVerb(idx[o]) || s.tags[idx[o]].equals("RB") || s.tags[idx[o]].equals("TO")
        || s.tags[idx[o]].equals("RP"))) {
      o++;
    }
    if (o >= idx.length || !s.chunkStarts(idx[o], "NP")) {
      return null;
    }
    int e = ClauseSplitter.npEnd(s, idx, o);
    int rest = e;
    while (rest < idx.length && s.isPunct(idx[rest]) && !s.isQuoteMark(idx[rest])) {
      rest++;
    }
    if (idx.length - rest < MIN_DROPPED || timeOnly(s, idx, rest)) {
      return null; // nothing to drop, or only when it happened: the core would state the claim again
    }
    String next = s.tags[idx[e]];
    if (!(next.equals("IN") || next.equals("TO") || next.equals("RB") || s.words[idx[e]].equals(","))
        || s.lower[idx[e]].equals("that") || s.lower[idx[e]].equals("than") || s.lower[idx[e]].equals("as")) {
      return null; // a complement clause or comparison after the object is part of what is said
    }
    int n = e;
    while (n + 1 < idx.length && s.tags[idx[n]].equals("RB")) {
      n++; // "credited the gain largely to ...": the adverb does not end the verb's arguments
    }
    int purpose = purposeAfterPlace(s, idx, e);
    if (purpose > 0) { // "will send a team to the port to inspect ...": the core keeps where, not what for
      int[] core = ClauseSplitter.concat(ClauseSplitter.slice(idx, subj, v), ClauseSplitter.slice(idx, v, purpose));
      return contentWords(s, core) < MIN_CORE_WORDS ? null
          : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(core), -1));
    }
    if (next.equals("TO") || s.tags[idx[n]].equals("TO")
        || next.equals("IN") && e + 1 < idx.length && s.tags[idx[e + 1]].equals("VBG")) {
      // "allowed employees to dress", "attributed the rise to ...", "prevent a plant from pollinating": a
      // "to" phrase or a gerund after the object is often the verb's second argument, not an adjunct
      return null;
    }
    int[] core = ClauseSplitter.concat(ClauseSplitter.slice(idx, subj, v), ClauseSplitter.slice(idx, v, e));
    return contentWords(s, core) < MIN_CORE_WORDS ? null
        : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(core), -1));
  }

  /**
   * Where a purpose infinitive starts after an object's "to" phrase of place or recipient ("sent a team to
   * the port to inspect the cranes": at the second "to"), or -1. A "to" phrase and then another "to" with a
   * verb: the first is the verb's argument, the second says what for; at least {@link #MIN_DROPPED} tokens go.
   */
  static int purposeAfterPlace(TaggedSentence s, int[] idx, int e) {
    if (e + 1 >= idx.length || !s.tags[idx[e]].equals("TO") || !s.chunkStarts(idx[e + 1], "NP")) {
      return -1;
    }
    int e2 = ClauseSplitter.npEnd(s, idx, e + 1);
    return e2 + 1 < idx.length && s.tags[idx[e2]].equals("TO") && s.tags[idx[e2 + 1]].equals("VB")
        && idx.length - e2 >= MIN_DROPPED ? e2 : -1;
  }

  /** Most tokens between the dashes or parentheses of an aside left out by {@link #withoutAside}. */
  static final int MAX_ASIDE = 12;

  /**
   * A clause without an aside set off by a pair of dashes or by parentheses: "The firm adds 70 people --
   * 20 of them in sales -- to its staff" -> "The firm adds 70 people to its staff"; "a 40 million euro
   * (US$45 million) loan" -> "a 40 million euro loan". Only the first aside, and not one that ends the
   * clause. The aside holds no finite verb (a clause between dashes may be what is asserted), no
   * relative clause follows it (it may describe the aside) and at least {@link #MIN_CORE_WORDS} content
   * words stay. Null otherwise.
   */
  static Part withoutAside(TaggedSentence s, int[] idx) {
    int open = -1;
    for (int k = 0; k < idx.length; k++) {
      String w = s.words[idx[k]];
      boolean dash = w.equals("--") || w.equals("\u2014");
      if (open < 0 && (dash || w.equals("(") || w.equals("-LRB-"))) {
        open = k;
        continue;
      }
      boolean paren = open >= 0 && isOpenParen(s.words[idx[open]]);
      boolean close = open >= 0 && (dash ? !paren : paren && (w.equals(")") || w.equals("-RRB-")));
      if (!close) {
        continue;
      }
      if (k - open - 1 > MAX_ASIDE || k == open + 1 || open == 0 || k == idx.length - 1
          || s.tags[idx[k + 1]].startsWith("W") || s.lower[idx[k + 1]].equals("that")) {
        return null; // "our craft -- an hour's work -- that included ...": the clause may describe the aside
      }
      for (int i = open + 1; i < k; i++) {
        if (s.isFiniteVerb(idx[i]) || s.isQuoteMark(idx[i])) {
          return null;
        }
      }
      int[] rest = ClauseSplitter.concat(ClauseSplitter.slice(idx, 0, open), ClauseSplitter.slice(idx, k + 1, idx.length));
      return contentWords(s, rest) < MIN_CORE_WORDS ? null
          : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(rest), -1));
    }
    return null;
  }

  private static boolean isOpenParen(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  /** Prepositions that open a time adjunct ("in recent months", "over the coming two years"). */
  private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("in", "on", "at", "over", "during",
      "since", "until", "through", "for", "within", "by", "before", "after");
  /** Words of a time adjunct besides its nouns ("recently", "earlier", "next", "past"). */
  private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("recently", "earlier", "later", "ago", "now",
      "today", "yesterday", "tomorrow", "tonight", "next", "last", "past", "coming", "recent", "early", "late", "this",
      "that", "the", "a", "each", "every", "first", "second", "third", "fourth");

  /**
   * Whether the tokens from position k to the end only say when: a preposition, then time words, time
   * nouns ("months", "December", "Tuesday") and numbers ("1990", "three"), with at least one time noun
   * or year. A core without such an adjunct states the same event with only its time left out: a near
   * duplicate of the claim, not a fact of its own.
   */
  static boolean timeOnly(TaggedSentence s, int[] idx, int k) {
    boolean when = false;
    for (int i = k; i < idx.length; i++) {
      int t = idx[i];
      String w = s.lower[t];
      if (ClauseSplitter.TIME_NOUNS.contains(s.lemmas[t]) || ClauseSplitter.DATE_WORDS.contains(w)
          || s.tags[t].equals("CD") && w.matches("(1[89]|20)[0-9][0-9]")) {
        when = true;
      } else if (!(TIME_WORDS.contains(w) || s.tags[t].equals("CD") || i == k && TIME_PREPOSITIONS.contains(w)
          || s.isPunct(t) && !s.isQuoteMark(t))) {
        return false;
      }
    }
    return when;
  }

  /** Subordinators after a comma whose clause leaves the main clause before it asserted ("..., because Q"). */
  private static final java.util.Set<String> FACTUAL_SUBORDINATORS = java.util.Set.of("because", "although",
      "though", "while", "whereas", "since", "as");

  /**
   * A clause without the phrase a comma appends after its verb: "The library stays open late, even on
   * public holidays" -> "The library stays open late"; "The firm agreed to pay $40 million, or twice the
   * market price" -> "The firm agreed to pay $40 million". The phrase has no finite verb of its own (a
   * clause after the comma is the splitter's) unless it is a subordinate clause that leaves the main
   * clause asserted ("The shares rose, because demand grew" -> "The shares rose"; not "if"), and the clause before the comma keeps at least
   * {@link #MIN_CORE_WORDS} content words. Null otherwise.
   */
  static Part beforeTrailingPhrase(TaggedSentence s, int[] idx) {
    int v = -1;
    for (int i = 0; i < idx.length; i++) {
      if (s.isFiniteVerb(idx[i])) {
        v = i;
        break;
      }
      if (s.words[idx[i]].equals(",") || s.tags[idx[i]].startsWith("W")
          || s.lower[idx[i]].equals("that") && !s.tags[idx[i]].equals("DT")) {
        return null; // an adverbial, appositive or clause before the verb: the first comma is not after it
      }
    }
    if (v <= 0) {
      return null;
    }
    int k = v + 2;
    while (k < idx.length && !s.words[idx[k]].equals(",")) {
      if (s.isQuoteMark(idx[k]) || s.words[idx[k]].equals("(")) {
        return null; // a quotation or parenthesis: its comma may belong inside
      }
      k++;
    }
    if (k >= idx.length - 2 || s.isProper(idx[k - 1]) && s.isProper(idx[k + 1])
        || s.tags[idx[k - 1]].equals("CD") && s.tags[idx[k + 1]].equals("CD")) {
      return null; // no phrase after, or a comma inside a place or a date ("Austin, Texas", "May 4, 1990")
    }
    if (CONDITIONAL.contains(s.lower[idx[k + 1]])) {
      return null; // "..., if demand grows": the clause before holds only under the condition
    }
    boolean subordinate = FACTUAL_SUBORDINATORS.contains(s.lower[idx[k + 1]]) && s.tags[idx[k + 1]].equals("IN");
    for (int i = k + 1; i < idx.length; i++) {
      if (s.isFiniteVerb(idx[i]) && !subordinate || s.isQuoteMark(idx[i])) {
        return null;
      }
    }
    int[] head = ClauseSplitter.slice(idx, 0, k);
    return contentWords(s, head) < MIN_CORE_WORDS ? null
        : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(head), -1));
  }

  /**
   * A clause with one of its coordinated participle clauses at a time, when it has more than one: "A
   * storm hit the town, flooding homes and cutting power" -> "A storm hit the town, flooding homes", "A
   * storm hit the town, cutting power" (the claims state each participle as a finite clause of its own).
   */
  static List<Part> withEachParticiple(TaggedSentence s, int[] idx) {
    int[] at = ClauseSplitter.participleAt(s, idx);
    if (at == null) {
      return List.of();
    }
    List<int[]> each = ClauseSplitter.participles(s, idx, at[3]);
    if (each.size() < 2) {
      return List.of();
    }
    List<Part> out = new ArrayList<>();
    int[] main = ClauseSplitter.slice(idx, 0, at[2] + 1);
    for (int[] r : each) {
      Part p = ClauseSplitter.trim(s,
          new Part(ClauseSplitter.toRanges(ClauseSplitter.concat(main, ClauseSplitter.slice(idx, r[0], r[1]))), -1));
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Openers of an adverbial the main clause holds only under: a condition ("If it rains, ..."), or a
   * counterfactual ("Without the subsidy, the plant would close").
   */
  private static final java.util.Set<String> CONDITIONAL = java.util.Set.of("if", "unless", "until", "whether",
      "provided", "once", "lest", "in case", "without", "absent", "barring", "but for", "in the event");
  /** Most tokens in a fronted adjunct left out by {@link #withoutFrontedAdjunct}. */
  static final int MAX_FRONTED = 24;

  /**
   * A clause without the adverbial before its subject: "Earlier this year, the council approved the plan"
   * -> "the council approved the plan"; "With exports rising, the bank may raise rates" -> "the bank may
   * raise rates". The adverbial opens with a preposition, an adverb or a participle, closes with a
   * comma before a subject and its verb, and is not a condition ("If it rains, the match is off" states
   * no "the match is off"). Null otherwise, or when the clause keeps under {@link #MIN_CORE_WORDS}
   * content words.
   */
  static Part withoutFrontedAdjunct(TaggedSentence s, int[] idx) {
    if (idx.length < 6) {
      return null;
    }
    String tag = s.tags[idx[0]];
    boolean opener = tag.equals("IN") || tag.startsWith("RB") || tag.equals("VBG") || tag.equals("VBN")
        || tag.equals("TO");
    if (!opener || CONDITIONAL.contains(s.lower[idx[0]]) || s.lower[idx[0]].equals("that")
        || CONDITIONAL.contains(s.lower[idx[0]] + " " + s.lower[idx[1]])
        || CONDITIONAL.contains(s.lower[idx[0]] + " " + s.lower[idx[1]] + " " + s.lower[idx[2]])) {
      return null;
    }
    for (int k = 1; k < idx.length - 3 && k <= MAX_FRONTED; k++) {
      if (s.isQuoteMark(idx[k])) {
        return null;
      }
      if (!s.words[idx[k]].equals(",") || !ClauseSplitter.startsClause(s, idx, k + 1)) {
        continue;
      }
      int[] rest = ClauseSplitter.slice(idx, k + 1, idx.length);
      return contentWords(s, rest) < MIN_CORE_WORDS ? null
          : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(rest), -1));
    }
    return null;
  }

  /** Nouns, adjectives, numbers and verbs other than auxiliaries among the tokens. */
  private static int contentWords(TaggedSentence s, int[] idx) {
    int n = 0;
    for (int k : idx) {
      String t = s.tags[k];
      boolean aux = s.lemmas[k].equals("be") || s.lemmas[k].equals("have") || s.lemmas[k].equals("do");
      if (t.startsWith("NN") || t.startsWith("JJ") || t.equals("CD") || t.startsWith("VB") && !aux) {
        n++;
      }
    }
    return n;
  }
}
