package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the content of a sentence into atomic propositions: coordinated clauses, coordinated
 * predicates sharing a subject, coordinated noun phrases (object lists), lists after a colon,
 * appositives and non-restrictive relative clauses. Works on token ranges of a
 * {@link TaggedSentence}, so every piece keeps its offsets. Stateless and thread safe.
 */
final class ClauseSplitter {
  /** Most propositions taken from one sentence. */
  static final int MAX_PARTS = 10;
  /** Deepest nesting of splits. */
  static final int MAX_DEPTH = 5;

  private static final Set<String> COORD = Set.of("and", "or", "but");

  /**
   * A proposition: token ranges of the sentence, where a copula must be inserted (or -1), and which;
   * {@code alternative} is the cue ("either ... or") when the proposition is one of several
   * alternatives the sentence offers, so it is not asserted on its own (null otherwise).
   */
  record Part(List<int[]> ranges, int copulaAfter, String copula, String alternative) {
    Part(List<int[]> ranges, int copulaAfter, String copula) {
      this(ranges, copulaAfter, copula, null);
    }

    Part(List<int[]> ranges, int copulaAfter) {
      this(ranges, copulaAfter, "is");
    }

    /** This part marked as one of the alternatives named by {@code cue}; unchanged when cue is null. */
    Part asAlternative(String cue) {
      return cue == null || alternative != null ? this : new Part(ranges, copulaAfter, copula, cue);
    }
  }

  /**
   * Sentence adverbials that link a sentence to its neighbours but state nothing checkable; between
   * commas or before the first comma they are left out of a claim's text ("The supply, though, is
   * tighter" -> "The supply is tighter").
   */
  private static final Set<String> DISCOURSE = Set.of("however", "though", "of course", "for example",
      "for instance", "in fact", "meanwhile", "moreover", "furthermore", "instead", "indeed", "in turn",
      "nevertheless", "nonetheless", "still", "in addition", "additionally", "therefore", "thus",
      "in other words", "by contrast", "on the other hand", "in particular", "after all", "likewise",
      "similarly", "consequently", "as a result", "besides", "then", "too", "also", "again", "in short");
  /** Longest discourse adverbial, in tokens. */
  private static final int MAX_DISCOURSE = 4;

  /** What a rule returns when it sees that the sentence must not be split at all (identity matters). */
  private static final List<Part> KEEP_WHOLE = List.of();

  /** Nouns that make a noun phrase an adverbial of time ("last spring", "earlier this year"). */
  static final Set<String> TIME_NOUNS = Set.of("year", "week", "month", "day", "spring", "summer", "fall",
      "autumn", "winter", "morning", "afternoon", "evening", "night", "weekend", "quarter", "decade", "century",
      "time", "today", "yesterday", "tomorrow");

  /** Month and weekday names: capitalised, but they end a date phrase, not a name. */
  static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  List<Part> split(TaggedSentence s, List<int[]> content) {
    List<Part> out = new ArrayList<>();
    int[] idx = withoutDiscourse(s, flatten(content), -1);
    recurse(s, new Part(toRanges(idx), -1), 0, out);
    for (Part r : restrictiveRelatives(s, idx)) {
      recurse(s, r, 1, out);
    }
    for (Part r : participleModifiers(s, idx)) {
      if (out.size() < MAX_PARTS) {
        Part t = trim(s, r);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Whether "by" follows at p, perhaps after a time phrase ("made last month by"). */
  private static boolean agentFollows(TaggedSentence s, int[] idx, int p) {
    for (int k = p; k < idx.length && k <= p + 3; k++) {
      if (s.lower[idx[k]].equals("by")) {
        return true;
      }
      if (!AFTER_PARTICIPLE.contains(s.lower[idx[k]]) && !s.isNoun(idx[k]) && !s.tags[idx[k]].equals("RB")) {
        return false;
      }
    }
    return false;
  }

  /** Verbs whose object may be a clause without "that". */
  private static final Set<String> CLAUSE_TAKING = Set.of("say", "report", "claim", "believe", "think", "expect",
      "note", "argue", "tell", "show", "find", "know", "estimate", "add", "suggest", "warn", "insist", "fear",
      "hope", "feel", "assume", "indicate", "announce", "predict", "deny", "confirm", "learn", "mean", "see");

  /** Verbs whose participle names the noun before it ("the boat, called Osprey, ..."). */
  private static final Set<String> NAMING = Set.of("call", "name", "dub", "title", "nickname", "brand");

  /** Determiners of a noun phrase that refers to nothing in particular ("any damage", "no loans"). */
  private static final Set<String> NON_REFERRING = Set.of("any", "no");

  /** Words that may follow a past participle modifying a noun ("an offer made last month by ..."). */
  private static final Set<String> AFTER_PARTICIPLE = Set.of("by", "in", "at", "on", "for", "from", "with", "to",
      "into", "under", "through", "during", "last", "this", "earlier", "since", "as", "outside", "near");

  /**
   * A past participle right after an object noun phrase ("software written for other computers", "an offer
   * made last month by Lumen") states a fact about that noun phrase: "software is written for other
   * computers". The sentence stays whole; the claim takes its copula's tense from the main verb and its
   * number from the noun.
   */
  private List<Part> participleModifiers(TaggedSentence s, int[] idx) {
    List<Part> out = new ArrayList<>();
    String mainTag = null;
    for (int i = 0; i < idx.length; i++) {
      int k = idx[i];
      if (mainTag == null && s.isFiniteVerb(k)) {
        boolean perfect = s.lemmas[k].equals("have") && i + 1 < idx.length && s.tags[idx[i + 1]].equals("VBN");
        mainTag = perfect ? "VBD" : s.tags[k]; // "has had losses caused by": past
        continue;
      }
      if (mainTag == null || !s.tags[k].equals("VBN") || i + 1 >= idx.length || i < 2
          || !agentFollows(s, idx, i + 1) || !s.isNoun(idx[i - 1])
          || s.tags[idx[i - 1]].equals("PRP") || !s.inChunk(idx[i - 1], "NP")) {
        continue;
      }
      int a = i - 1;
      while (a > 0 && s.inChunk(idx[a - 1], "NP") && !s.chunks[idx[a]].startsWith("B-")) {
        a--;
      }
      if (a == 0 || s.tags[idx[a]].equals("POS") || s.tags[idx[a]].equals("PRP$") && a + 1 == i
          || CLAUSE_TAKING.contains(s.lemmas[idx[a - 1]]) || s.lower[idx[a - 1]].equals("that")) {
        continue; // "said profits increased by 5%": a clause whose past verb the tagger calls VBN
      }
      if (NON_REFERRING.contains(s.lower[idx[a]])) {
        continue; // "unaware of any damage caused by the storm": no damage is said to have been caused
      }
      int end = i + 1;
      while (end < idx.length && !s.isPunct(idx[end]) && !s.isFiniteVerb(idx[end])
          && !s.tags[idx[end]].startsWith("W") && !s.tags[idx[end]].equals("CC") && end - i <= 10) {
        end++;
      }
      if (end < idx.length && (s.isFiniteVerb(idx[end]) || end - i > 10)) {
        continue; // the participle runs into another clause: not a plain modifier
      }
      boolean plural = s.tags[idx[i - 1]].equals("NNS") || s.tags[idx[i - 1]].equals("NNPS");
      boolean past = mainTag.equals("VBD");
      String copula = past ? (plural ? "were" : "was") : (plural ? "are" : "is");
      List<int[]> ranges = new ArrayList<>(toRanges(slice(idx, a, i)));
      int copulaAfter = ranges.size() - 1;
      ranges.addAll(toRanges(slice(idx, i, end)));
      out.add(new Part(ranges, copulaAfter, copula));
      if (out.size() >= 2) {
        break;
      }
    }
    return out;
  }

  /**
   * Restrictive relative clauses ("the engineers who built the bridge", "a plan that cuts costs") stay
   * in their sentence and also give a claim of their own: the antecedent noun phrase with the clause's
   * verb phrase. Only where the antecedent is a subject or a verb's object: after a preposition the
   * clause may belong to an earlier noun ("a gap under the fence that led to ...").
   */
  private List<Part> restrictiveRelatives(TaggedSentence s, int[] idx) {
    List<Part> out = new ArrayList<>();
    for (int p = 1; p < idx.length - 2; p++) {
      int w = idx[p];
      boolean who = s.lower[w].equals("who");
      boolean that = (s.lower[w].equals("that") || s.lower[w].equals("which")) && s.tags[w].equals("WDT");
      if (!(who || that) || !s.isNoun(idx[p - 1]) || s.tags[idx[p - 1]].equals("PRP")
          || s.tags[idx[p - 1]].equals("CD")) {
        continue;
      }
      int v = p + 1;
      while (v < idx.length && s.tags[idx[v]].equals("RB")) {
        v++;
      }
      if (v >= idx.length || !s.isFiniteVerb(idx[v])) {
        continue; // "that the company built": the antecedent is the object, no subject to carry
      }
      int ante = antecedent(s, idx, p);
      if (ante < 0) {
        continue;
      }
      if (ante > 0 && (s.isPunct(idx[ante - 1]) || s.lemmas[idx[ante - 1]].equals("be"))) {
        continue; // "X, a law that ...", "ethics are a luxury that ...": the clause describes X, said elsewhere
      }
      if (ante > 0 && (s.tags[idx[ante - 1]].equals("IN") || s.tags[idx[ante - 1]].equals("TO"))
          && !(who && s.isProper(idx[p - 1]))) {
        continue;
      }
      int end = p + 1;
      while (end < idx.length && !s.words[idx[end]].equals(",") && !s.words[idx[end]].equals(";")
          && !s.words[idx[end]].equals("--") && !(end > v && s.isFiniteVerb(idx[end]) && !s.isVerb(idx[end - 1])
          && !s.tags[idx[end - 1]].equals("RB") && !s.tags[idx[end - 1]].equals("CC"))) {
        end++;
      }
      if (end - (p + 1) < 2 || contains(s, idx, p + 2, end, "that")) {
        continue; // too short, or a clause inside that the end test may cut ("to certify that Claude")
      }
      out.add(new Part(toRanges(concat(slice(idx, ante, p), slice(idx, p + 1, end))), -1));
      if (out.size() >= 2) {
        break;
      }
    }
    return out;
  }

  /**
   * The appositives inside a speaker's noun phrase ("Jan Leemans, research director"), as "X is Y"
   * propositions; the rest of the phrase is not a claim.
   */
  List<Part> speakerFacts(TaggedSentence s, int from, int to) {
    if (to < s.size() - 2 && s.words[to].equals(",")) { // the appositive follows the name: "X, Y, said"
      int k = to + 1;
      while (k < s.size() && k <= to + 24 && !s.isVerb(k) && !s.words[k].equals(",") && !s.isQuoteMark(k)
          && !s.words[k].equals(".")) {
        k++;
      }
      if (k < s.size() && (s.words[k].equals(",") || s.words[k].equals(".") && k >= s.size() - 2)) {
        to = k; // up to the closing comma, or to the end of the sentence ("..., says X, director of Y.")
      }
    }
    int[] idx = new int[Math.max(0, to - from)];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i;
    }
    int e = idx.length;
    while (e > 0 && s.isPunct(idx[e - 1])) {
      e--;
    }
    idx = slice(idx, 0, e);
    List<Part> out = new ArrayList<>();
    if (idx.length < 4) {
      return out;
    }
    int[] closed = concat(idx, new int[0]);
    List<Part> parts = appositive(s, closed, true);
    if (parts != null) {
      for (Part p : parts) {
        if (p.copulaAfter() >= 0) {
          for (Part q : eachTitle(s, p)) {
            Part t = trim(s, q);
            if (t != null) {
              out.add(t);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * "X is the firm's chairman and chief executive" as one proposition per title: "X is the firm's
   * chairman", "X is the firm's chief executive" (the second title takes the first one's determiner or
   * possessive). Only when the predicate is two noun groups joined by one "and", no preposition, comma or
   * verb in it; otherwise the part as it is.
   */
  private static List<Part> eachTitle(TaggedSentence s, Part p) {
    List<int[]> ranges = p.ranges();
    if (p.copulaAfter() != ranges.size() - 2) {
      return List.of(p);
    }
    int[] pred = flatten(ranges.subList(ranges.size() - 1, ranges.size()));
    int and = -1;
    for (int k = 0; k < pred.length; k++) {
      int i = pred[k];
      if (s.lower[i].equals("and") && and < 0 && k > 0 && k < pred.length - 1) {
        and = k;
      } else if (!(s.tags[i].startsWith("NN") || s.tags[i].startsWith("JJ") || s.tags[i].equals("DT")
          || s.tags[i].equals("POS") || s.tags[i].equals("PRP$"))) {
        return List.of(p);
      }
    }
    if (and < 0 || !s.tags[pred[and - 1]].startsWith("NN") || !s.tags[pred[pred.length - 1]].startsWith("NN")
        || s.isProper(pred[and + 1]) || s.tags[pred[and + 1]].equals("DT") || s.tags[pred[and + 1]].equals("PRP$")) {
      return List.of(p);
    }
    int lead = 0; // the determiner or possessive the titles share
    for (int k = 0; k < and; k++) {
      if (s.tags[pred[k]].equals("POS") || s.tags[pred[k]].equals("PRP$") || k == 0 && s.tags[pred[k]].equals("DT")) {
        lead = k + 1;
      }
    }
    if (lead >= and) {
      return List.of(p);
    }
    List<int[]> head = ranges.subList(0, ranges.size() - 1);
    List<int[]> first = new ArrayList<>(head);
    first.addAll(toRanges(slice(pred, 0, and)));
    List<int[]> second = new ArrayList<>(head);
    second.addAll(toRanges(concat(slice(pred, 0, lead), slice(pred, and + 1, pred.length))));
    return List.of(new Part(first, p.copulaAfter(), p.copula()), new Part(second, p.copulaAfter(), p.copula()));
  }

  private void recurse(TaggedSentence s, Part p, int depth, List<Part> out) {
    if (out.size() >= MAX_PARTS) {
      return;
    }
    int[] idx = flatten(p.ranges());
    List<Part> parts = depth >= MAX_DEPTH || p.copulaAfter() >= 0 ? null : splitOnce(s, idx);
    if (parts == null || parts == KEEP_WHOLE) {
      Part t = trim(s, p);
      if (t != null) {
        out.add(t);
      }
      return;
    }
    for (Part q : parts) {
      recurse(s, q.asAlternative(p.alternative()), depth + 1, out);
    }
  }

  private List<Part> splitOnce(TaggedSentence s, int[] idx) {
    List<Part> r = subordinate(s, idx);
    if (r == null) {
      r = complementList(s, idx);
    }
    if (r == null) {
      r = clauses(s, idx);
    }
    if (r == null) {
      r = midSubordinate(s, idx);
    }
    if (r == null) {
      r = participle(s, idx);
    }
    if (r == null) {
      r = relative(s, idx);
    }
    if (r == null) {
      r = appositive(s, idx);
    }
    if (r == null) {
      r = reducedRelative(s, idx);
    }
    if (r == null) {
      r = colonList(s, idx);
    }
    if (r == null) {
      r = includingList(s, idx);
    }

    if (r == null) {
      r = predicates(s, idx);
    }
    if (r == null) {
      r = nounList(s, idx);
    }
    return r;
  }

  /** Subordinators whose clause states a fact of its own (conditionals are left whole). */
  private static final Set<String> FACTUAL_SUBORDINATORS = Set.of("because", "while", "although", "though",
      "whereas", "since", "after", "before", "when", "as");

  /** "Because S1, S2" / "While S1, S2": both clauses, without the subordinator. */
  private List<Part> subordinate(TaggedSentence s, int[] idx) {
    if (idx.length < 6 || !FACTUAL_SUBORDINATORS.contains(s.lower[idx[0]])
        || !(s.tags[idx[0]].equals("IN") || s.tags[idx[0]].equals("WRB"))) {
      return null;
    }
    for (int p = 2; p < idx.length - 2; p++) {
      if (s.words[idx[p]].equals(",") && !PlaceRelations.commaInPlace(s, idx[p]) && startsClause(s, idx, p + 1)
          && hasVerbBefore(s, idx, p)
          && startsClause(s, idx, 1)) {
        return List.of(part(idx, 1, p, -1, -1), part(idx, p + 1, idx.length, -1, -1));
      }
    }
    return null;
  }

  /** Subordinators that join two facts when they stand between two clauses. */
  private static final Set<String> JOINING_SUBORDINATORS = Set.of("because", "although", "though", "whereas",
      "while", "as", "after", "since");

  /**
   * "S1 because/as/after S2" where both are full clauses: both, without the subordinator. Not after
   * "as long/well/much/soon/far" ("as long as"), nor when the subordinate clause is followed by more
   * of the main one.
   */
  private List<Part> midSubordinate(TaggedSentence s, int[] idx) {
    for (int p = 2; p < idx.length - 3; p++) {
      int t = idx[p];
      if (!JOINING_SUBORDINATORS.contains(s.lower[t]) || !s.tags[t].equals("IN")) {
        continue;
      }
      int q = p - 1;
      if (s.words[idx[q]].equals(",")) {
        q--;
      }
      if (s.lower[idx[q]].equals("as") || s.lower[idx[q]].equals("even") || s.lower[idx[q]].equals("just")
          || s.tags[idx[q]].equals("RB") && s.lower[t].equals("as") || s.tags[idx[q]].startsWith("JJ") && s.lower[t].equals("as")) {
        continue; // "as long as", "even as", "such ... as", "twice as"
      }
      boolean strict = startsClause(s, idx, p + 1);
      if (!(strict || !s.lower[t].equals("as") && subjectThenPast(s, idx, p + 1)) || !hasClauseVerb(s, slice(idx, 0, p))) {
        continue;
      }
      int end = idx.length;
      for (int k = p + 1; k < idx.length; k++) {
        if (s.words[idx[k]].equals(",") || s.words[idx[k]].equals(";")) {
          end = k;
          break;
        }
      }
      if (end < idx.length) {
        continue; // the sentence goes on after the subordinate clause: leave it to the other rules
      }
      if (hypothetical(s, idx, p) && !contrastedReport(s, idx, p) || idx.length - p < 5) {
        continue; // "would pay ... after the house is sold", "as her lawyers maintained": no fact of its own
      }
      return List.of(part(idx, 0, p, -1, -1), part(idx, p + 1, idx.length, -1, -1));
    }
    return null;
  }

  /**
   * Whether "while/whereas" at p opens another speaker's report ("X said P would ..., while Y said Q"):
   * a contrast of two reports, each with its own speaker, whatever the mood of P.
   */
  private static boolean contrastedReport(TaggedSentence s, int[] idx, int p) {
    if (!(s.lower[idx[p]].equals("while") || s.lower[idx[p]].equals("whereas")) || !startsClause(s, idx, p + 1)) {
      return false;
    }
    for (int k = p + 1; k < idx.length; k++) {
      if (s.isFiniteVerb(idx[k])) {
        int h = k;
        while (h + 1 < idx.length && (s.tags[idx[h]].equals("MD") || s.lemmas[idx[h]].equals("have")
            || s.tags[idx[h]].equals("RB")) && s.isVerb(idx[h + 1])) {
          h++;
        }
        return Attribution.REPORTING.contains(s.lemmas[idx[h]]) && h + 1 < idx.length
            && !s.chunkStarts(idx[h + 1], "PP");
      }
    }
    return false;
  }

  /** Whether the clause before position p is modal or embedded (a modal or a wh-word in it). */
  private static boolean hypothetical(TaggedSentence s, int[] idx, int p) {
    for (int i = 0; i < p; i++) {
      String t = s.tags[idx[i]];
      if (t.equals("MD") || t.startsWith("W") || s.lower[idx[i]].equals("if")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun phrase at p is followed at once by a past form ("the storm cut/VBN ..."). */
  private static boolean subjectThenPast(TaggedSentence s, int[] idx, int p) {
    if (p >= idx.length || !s.chunkStarts(idx[p], "NP")) {
      return false;
    }
    int e = p + 1;
    while (e < idx.length && s.chunks[idx[e]].equals("I-NP")) {
      e++;
    }
    return e < idx.length && pastAfterSubject(s, idx, e) && e - 1 >= p;
  }

  /** "S V O, VBG X" -> "S V O" and "S VBG X": a participial clause about the subject. */
  private List<Part> participle(TaggedSentence s, int[] idx) {
    int[] at = participleAt(s, idx);
    if (at == null) {
      return null;
    }
    int verb = at[0];
    int subjEnd = at[1];
    List<Part> out = new ArrayList<>();
    out.add(part(idx, 0, at[2], -1, -1));
    // "..., killing three people and injuring 12 others": each participle its own finite claim
    List<int[]> each = participles(s, idx, at[3]);
    for (int[] r : each) {
      out.add(finiteParticiple(s, slice(idx, 0, r[1]), verb, subjEnd, r[0]));
    }
    return out;
  }

  /**
   * "S V O, VBG X (and VBG Y)": the main verb, the subject's end, the comma and the first participle, as
   * positions in idx; null when the clause has no such participle.
   */
  static int[] participleAt(TaggedSentence s, int[] idx) {
    int verb = -1;
    for (int i = 0; i < idx.length; i++) {
      if (s.isFiniteVerb(idx[i])) {
        verb = i;
        break;
      }
      if (s.words[idx[i]].equals(",") || s.tags[idx[i]].startsWith("W") || s.lower[idx[i]].equals("that")) {
        return null;
      }
    }
    if (verb <= 0 || !hasNounIn(s, idx, 0, verb)) {
      return null;
    }
    int subjEnd = verb;
    while (subjEnd > 0 && (s.tags[idx[subjEnd - 1]].equals("RB") || s.isVerb(idx[subjEnd - 1]))) {
      subjEnd--;
    }
    for (int p = verb + 2; p < idx.length - 2; p++) {
      if (s.tags[idx[p]].equals("IN") && !s.lower[idx[p]].equals("that") && p + 1 < idx.length
          && s.chunkStarts(idx[p + 1], "NP")) {
        {
          int c = p + 1;
          while (c < idx.length && !s.words[idx[c]].equals(",")) {
            c++;
          }
          if (hasFiniteVerb(s, slice(idx, p + 1, c))) {
            return null; // a clause inside ("as the office pushes ..., building on"): whose participle is unclear
          }
        }
      }
      if (!s.words[idx[p]].equals(",")) {
        continue;
      }
      int q = p + 1;
      while (q < idx.length && s.tags[idx[q]].equals("RB")) {
        q++;
      }
      if (q < idx.length - 1 && s.tags[idx[q]].equals("VBG") && !s.lower[idx[q]].equals("including")) {
        return new int[] {verb, subjEnd, p, q};
      }
    }
    return null;
  }

  /** The coordinated participles from position q: [start, end) in idx for each ("killing ... and injuring ..."). */
  static List<int[]> participles(TaggedSentence s, int[] idx, int q) {
    List<int[]> out = new ArrayList<>();
    int from = q;
    for (int k = q + 1; k < idx.length - 1; k++) {
      if (s.tags[idx[k]].equals("CC") && s.tags[idx[k + 1]].equals("VBG")) {
        int e = k > from + 1 && s.words[idx[k - 1]].equals(",") ? k - 1 : k;
        out.add(new int[] {from, e});
        from = k + 1;
      }
    }
    out.add(new int[] {from, idx.length});
    return out;
  }

  /**
   * "S V O, VBG X" as a sentence about S with the participle made finite in the main verb's tense: "A
   * bomb exploded ..., killing eight people" -> "A bomb killed eight people"; after a modal, the modal and
   * the base form ("will open ..., adding" -> "will add"); after a progressive, its auxiliary ("is
   * expanding ..., adding" -> "is adding"). Adverbs between the comma and the participle are left out.
   */
  private static Part finiteParticiple(TaggedSentence s, int[] idx, int verb, int subjEnd, int q) {
    int aux = idx[verb];
    int[] subject = slice(idx, 0, subjEnd);
    int copulaAfter = toRanges(subject).size() - 1;
    boolean progressive = s.lemmas[aux].equals("be") && verb + 1 < idx.length && s.tags[idx[verb + 1]].equals("VBG");
    if (progressive) {
      return new Part(new ArrayList<>(toRanges(concat(subject, slice(idx, q, idx.length)))), copulaAfter, s.words[aux]);
    }
    boolean perfect = s.lemmas[aux].equals("have") && verb + 1 < idx.length && s.tags[idx[verb + 1]].equals("VBN");
    String lemma = s.lemmas[idx[q]];
    String finite = s.tags[aux].equals("MD") ? s.lower[aux] + " " + lemma
        : Inflector.like(lemma, perfect ? "VBD" : s.tags[aux]);
    List<int[]> ranges = new ArrayList<>(toRanges(subject));
    ranges.addAll(toRanges(slice(idx, q + 1, idx.length)));
    return new Part(ranges, copulaAfter, finite);
  }

  /** "S1, and S2" / "S1; S2" / "S1 but S2" where S2 has its own subject and verb. */
  private List<Part> clauses(TaggedSentence s, int[] idx) {
    int depth = 0;
    for (int p = 1; p < idx.length - 2; p++) {
      int t = idx[p];
      if (s.isQuoteMark(t)) {
        depth ^= 1;
      }
      String w = s.lower[t];
      int next;
      if (w.equals(";")) {
        next = p + 1;
      } else if (w.equals(",") && p + 1 < idx.length && COORD.contains(s.lower[idx[p + 1]])
          && !s.lower[idx[p + 1]].equals("or")) {
        next = p + 2;
      } else if (COORD.contains(w) && !w.equals("or") && !s.lower[idx[p - 1]].equals(",") && !insideName(s, idx, p)
          && !allBut(s, idx, p)) { // "S1, or S2" offers a choice and asserts neither: one claim
        next = p + 1;
      } else {
        continue;
      }
      if (next < idx.length - 1 && s.lower[idx[next]].equals("that") && startsClause(s, idx, next + 1)) {
        next++;
      }
      if (next < idx.length && (startsClause(s, idx, next) || conditionThenClause(s, idx, next))
          && hasVerbBefore(s, idx, p)) {
        return List.of(part(idx, 0, p, -1, -1), part(idx, next, idx.length, -1, -1));
      }
    }
    return null;
  }

  /**
   * Whether a condition or circumstance and then its main clause start at p ("if a maker tries too hard,
   * consumers will see through it"): the second conjunct of "S1, and if C, S2" is a clause of its own
   * (kept whole with its condition). The condition ends at a comma, an ellipsis or "then", and may be one
   * of a chain ("if C1 ... if C2 ... then S2"): the main clause follows the last one.
   */
  private static boolean conditionThenClause(TaggedSentence s, int[] idx, int p) {
    if (!conditionOpener(s, idx[p])) {
      return false;
    }
    for (int k = p + 2; k < idx.length - 1; k++) {
      String w = s.words[idx[k]];
      boolean then = s.lower[idx[k]].equals("then") && s.tags[idx[k]].equals("RB");
      if (!(w.equals(",") || ELLIPSIS.contains(w) || then) || !hasFiniteVerb(s, slice(idx, p + 1, k))) {
        continue;
      }
      int c = k + 1;
      while (c < idx.length - 1 && (s.lower[idx[c]].equals("then") || ELLIPSIS.contains(s.words[idx[c]]))) {
        c++;
      }
      if (conditionOpener(s, idx[c])) {
        p = c; // "if C1 ... if C2 ...": the next condition of the chain
        k = c + 1;
        continue;
      }
      return startsClause(s, idx, c);
    }
    return false;
  }

  private static final Set<String> ELLIPSIS = Set.of("...", "\u2026", ". . .");

  private static boolean conditionOpener(TaggedSentence s, int t) {
    String w = s.lower[t];
    return (w.equals("if") || w.equals("when") || w.equals("unless"))
        && (s.tags[t].startsWith("IN") || s.tags[t].equals("WRB"));
  }

  /**
   * Whether the conjunction at position p joins capitalised parts of one name ("the Chief Digital and
   * AI Office", "Research and Engineering"): a capitalised word on each side, the left one not the
   * first word of the sentence nor a month or weekday ("in March and Jones left" is two clauses).
   */
  static boolean insideName(TaggedSentence s, int[] idx, int p) {
    if (p < 2 || p + 1 >= idx.length) {
      return false;
    }
    int l = idx[p - 1];
    int r = idx[p + 1];
    return capitalised(s.words[l]) && capitalised(s.words[r]) && !DATE_WORDS.contains(s.lower[l])
        && !s.tags[r].equals("PRP") && !s.tags[l].equals("PRP");
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static boolean hasVerbBefore(TaggedSentence s, int[] idx, int p) {
    for (int i = 0; i < p; i++) {
      if (s.isFiniteVerb(idx[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a subject noun phrase followed by a finite verb starts at position p. */
  static boolean startsClause(TaggedSentence s, int[] idx, int p) {
    while (p < idx.length - 1 && s.isQuoteMark(idx[p])) {
      p++;
    }
    int t = idx[p];
    if (!(s.inChunk(t, "NP") || s.tags[t].equals("EX"))) {
      return false;
    }
    for (int i = p, place = 0; i < idx.length && i - p <= 8 + place; i++) {
      int k = idx[i];
      if (s.isFiniteVerb(k)) {
        return i > p;
      }
      if (PlaceRelations.commaInPlace(s, k)) {
        place++; // "the Salem, Ore., couple were": the place's commas are inside the subject
        continue;
      }
      boolean determiner = i == p && s.tags[k].equals("DT") && i + 1 < idx.length
          && s.chunks[idx[i + 1]].equals("I-NP"); // "that monopoly has ended"
      if (s.words[k].equals(",") || s.lower[k].equals("that") && !determiner || s.tags[k].startsWith("W")
          || s.isVerb(k) || i > p && s.tags[k].equals("IN") && CLAUSE_OPENERS.contains(s.lower[k])) {
        return false; // "a supply chain risk if Anthropic does ...": the verb belongs to another clause
      }
    }
    return false;
  }

  /** Subordinators that open a clause of their own: a verb after them is not the verb of a subject before. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("if", "unless", "because", "although", "though",
      "whereas", "whether", "than");

  /** "NP, which/who VP ..." gives "NP VP ..." and the sentence without the clause. */
  private List<Part> relative(TaggedSentence s, int[] idx) {
    for (int p = 1; p < idx.length - 2; p++) {
      int t = idx[p];
      int w = idx[p + 1];
      if (!s.words[t].equals(",") || !(s.lower[w].equals("which") || s.lower[w].equals("who"))) {
        continue;
      }
      int ante = antecedent(s, idx, p);
      if (ante < 0 || !s.isVerb(idx[Math.min(p + 2, idx.length - 1)]) && !s.tags[idx[p + 2]].equals("RB")) {
        continue;
      }
      if (ambiguousAttachment(s, idx, ante)) {
        return null;
      }
      int end = clauseEnd(s, idx, p + 2);
      List<Part> r = new ArrayList<>();
      int[] mainIdx = concat(slice(idx, 0, p), slice(idx, end < idx.length ? end + 1 : end, idx.length));
      if (!hasVerb(s, mainIdx)) {
        return null; // the clause runs on into the main verb ("The campaign, which started ..., was ..."): unclear
      }
      r.add(new Part(toRanges(mainIdx), -1));
      if (predicateAntecedent(s, idx, ante, p)) {
        return r; // the clause may be about the whole act: no claim with a subject that may be wrong
      }
      int[] relIdx = concat(slice(idx, ante, p), slice(idx, p + 2, end));
      r.add(new Part(toRanges(relIdx), -1));
      return r;
    }
    return null;
  }

  /**
   * Whether ", which ..." may as well refer to something before its nearest noun phrase: when that
   * noun phrase is the object of a preposition ("used for such purposes, which soured ...", where
   * the using soured it) or starts inside a possessive ("the act's authority"). Splitting then
   * risks a claim with the wrong subject, so the sentence stays whole (precision first).
   */
  private static boolean ambiguousAttachment(TaggedSentence s, int[] idx, int ante) {
    if (s.tags[idx[ante]].equals("POS")) {
      return true;
    }
    if (ante == 0) {
      return false;
    }
    String before = s.tags[idx[ante - 1]];
    return before.equals("IN") || before.equals("TO");
  }

  /**
   * Whether ", which ..." after the noun phrase at ante may describe the act the predicate names rather
   * than that noun phrase: a second object or object complement ("declaring the company a supply chain
   * risk, which would require ..."), or a common noun that is the object of a gerund or infinitive
   * ("considering severing its contract, which ..."). The relative clause then gives no claim of its own.
   */
  private static boolean predicateAntecedent(TaggedSentence s, int[] idx, int ante, int p) {
    if (ante == 0) {
      return false;
    }
    int before = idx[ante - 1];
    if (s.isNoun(before) && s.inChunk(before, "NP")) {
      return true;
    }
    boolean proper = false;
    for (int i = ante; i < p; i++) {
      proper |= s.isProper(idx[i]);
    }
    return !proper && (s.tags[before].equals("VBG")
        || s.tags[before].equals("VB") && ante >= 2 && s.tags[idx[ante - 2]].equals("TO"));
  }

  /** The antecedent noun phrase ending just before position p, extended over "of NP". */
  private static int antecedent(TaggedSentence s, int[] idx, int p) {
    int i = p - 1;
    if (i < 0 || !s.isNoun(idx[i]) && !s.tags[idx[i]].equals("NNP") && !s.isQuoteMark(idx[i])
        && !s.words[idx[i]].equals(")")) {
      return -1;
    }
    while (i > 0 && (s.inChunk(idx[i - 1], "NP") && !s.chunks[idx[i]].startsWith("B-") || s.isQuoteMark(idx[i - 1])
        || s.words[idx[i - 1]].equals("(") || s.words[idx[i]].equals(")"))) {
      i--;
    }
    boolean possessor = false;
    while (i > 1 && (s.tags[idx[i - 1]].equals("POS") || s.tags[idx[i]].equals("POS") && s.inChunk(idx[i - 1], "NP"))) {
      // "the council's decision": the possessor belongs to the phrase, whichever chunk holds the "'s"
      possessor |= s.tags[idx[i]].equals("POS");
      i--;
      while (i > 0 && s.inChunk(idx[i - 1], "NP") && !s.chunks[idx[i]].startsWith("B-")) {
        i--;
      }
    }
    if (possessor) {
      return i; // "an expansion of the act's authority, which": the caller sees the "of" and leaves it whole
    }
    while (i > 1 && (s.lower[idx[i - 1]].equals("of") && s.inChunk(idx[i - 2], "NP") || insideName(s, idx, i - 1))) {
      i = i - 2; // "the Bureau of Alcohol and Tobacco Control"
      while (i > 0 && s.inChunk(idx[i - 1], "NP") && !s.chunks[idx[i]].startsWith("B-")) {
        i--;
      }
    }
    return i;
  }

  /** End position of an embedded clause starting at p: a comma before a verb, or the end. */
  private static int clauseEnd(TaggedSentence s, int[] idx, int p) {
    for (int i = p; i < idx.length - 1; i++) {
      if (s.words[idx[i]].equals(",") && (s.isVerb(idx[i + 1]) && !s.tags[idx[i + 1]].equals("VBG")
          || s.tags[idx[i + 1]].equals("RB") && i + 2 < idx.length && s.isVerb(idx[i + 2]))) {
        return i;
      }
    }
    return idx.length;
  }

  /** "NP1, NP2, ..." where NP2 renames NP1: "NP1 is NP2" and the sentence without NP2. */
  private List<Part> appositive(TaggedSentence s, int[] idx) {
    return appositive(s, idx, false);
  }

  /** Appositives; in a bare noun phrase ({@code phrase}) the rest need not hold a verb. */
  private List<Part> appositive(TaggedSentence s, int[] idx, boolean phrase) {
    for (int p = 1; p < idx.length - 2; p++) {
      if (!s.words[idx[p]].equals(",")) {
        continue;
      }
      int a2 = p + 1;
      boolean closingQuote = s.isQuoteMark(idx[a2]) && quoteOpenBefore(s, idx, p) && a2 + 1 < idx.length - 1;
      if (closingQuote) {
        a2++; // 'a "supply chain risk," a label ...': the quotation closes after the comma
      }
      int t2 = idx[a2];
      if (!s.chunkStarts(t2, "NP") || s.tags[t2].equals("PRP") || s.tags[t2].equals("CD")) {
        continue;
      }
      if (!(s.tags[t2].equals("DT") || s.tags[t2].equals("PRP$") || s.tags[t2].startsWith("JJ")
          || s.isProper(idx[p - 1]) || s.isProper(t2))) {
        continue;
      }
      if (closesLeadingClause(s, idx, p)) {
        continue; // "Because the firm lacked X and Y, its reputation ...": the main clause's subject
      }
      int ante = antecedent(s, idx, p);
      if (ante < 0 || !s.inChunk(idx[p - 1], "NP") && !s.isQuoteMark(idx[p - 1]) && !s.words[idx[p - 1]].equals(")")) {
        continue;
      }
      if (s.tags[idx[ante]].equals("POS") || !agrees(s, idx, p, a2) || uncertainHead(s, idx, ante, p)
          || placeQualifier(s, idx, p)) {
        continue;
      }
      // the appositive runs to the next comma or the end, and holds no finite verb outside a relative clause
      int end = a2;
      boolean ok = true;
      boolean inRelative = false;
      while (end < idx.length && !s.words[idx[end]].equals(",") && !s.words[idx[end]].equals(";")) {
        int k = idx[end];
        if (end > a2 && (s.lower[k].equals("that") || s.lower[k].equals("which") || s.lower[k].equals("who"))) {
          inRelative = true; // at the appositive's start, "that" is a determiner ("that monopoly has ended")
        }
        boolean participle = s.tags[k].equals("VBD") && end > a2 + 1 && end + 1 < idx.length
            && (s.isNoun(idx[end - 1]) || s.tags[idx[end - 1]].equals("RB")) && !CLAUSE_TAKING.contains(s.lemmas[k])
            && (s.tags[idx[end + 1]].equals("IN") || s.tags[idx[end + 1]].equals("TO"));
        if (s.isFiniteVerb(k) && !inRelative && !participle || s.tags[k].equals("CC") && !inRelative && !phrase) {
          ok = false;
          break;
        }
        end++;
      }
      if (!ok || end - a2 < 2 && !s.isNoun(t2)) {
        continue;
      }
      if (TIME_NOUNS.contains(s.lemmas[idx[end - 1]]) || DATE_WORDS.contains(s.lower[idx[end - 1]])) {
        continue; // ", last spring," is when, not another name
      }
      // a list ("A, B, and C") is not an appositive
      if (end < idx.length - 1 && s.words[idx[end]].equals(",") && s.tags[idx[end + 1]].equals("CC")) {
        continue;
      }
      if (end < idx.length - 1 && s.words[idx[end]].equals(",") && s.inChunk(idx[end + 1], "NP")
          && !s.lower[idx[end + 1]].equals("which") && !s.lower[idx[end + 1]].equals("who")) {
        int k = end + 1;
        boolean verb = false;
        while (k < idx.length && !s.words[idx[k]].equals(",")) {
          verb |= s.isVerb(idx[k]);
          k++;
        }
        if (!verb) {
          continue;
        }
      }
      boolean relativeNext = end + 1 < idx.length && (s.lower[idx[end + 1]].equals("which")
          || s.lower[idx[end + 1]].equals("who"));
      int[] head = closingQuote ? concat(slice(idx, 0, p), slice(idx, p + 1, p + 2)) : slice(idx, 0, p);
      // a relative clause after the appositive keeps its comma, so the relative rule still sees it
      int[] mainIdx = concat(head, slice(idx, end < idx.length && !relativeNext ? end + 1 : end, idx.length));
      if (!phrase && !hasVerb(s, mainIdx)) {
        continue;
      }
      if (summative(s, idx, a2, end)) {
        return List.of(new Part(toRanges(mainIdx), -1));
      }
      int[] ap1 = closingQuote ? concat(slice(idx, ante, p), slice(idx, p + 1, p + 2)) : slice(idx, ante, p);
      List<int[]> apRanges = new ArrayList<>(toRanges(ap1));
      int copulaAfter = apRanges.size() - 1;
      apRanges.addAll(toRanges(slice(idx, a2, end)));
      return List.of(new Part(toRanges(mainIdx), -1), new Part(apRanges, copulaAfter));
    }
    return null;
  }

  /**
   * Whether the comma at p is the first one after a subordinate clause that opens the text ("Because S1,
   * S2", "Although S1, S2", "If S1, S2") and holds a finite verb: it closes that clause, and what follows
   * starts the main clause, so it renames nothing.
   */
  private static boolean closesLeadingClause(TaggedSentence s, int[] idx, int p) {
    String first = s.lower[idx[0]];
    if (!(FACTUAL_SUBORDINATORS.contains(first) || CLAUSE_OPENERS.contains(first))
        || !(s.tags[idx[0]].equals("IN") || s.tags[idx[0]].equals("WRB"))) {
      return false;
    }
    for (int k = 1; k < p; k++) {
      if (s.words[idx[k]].equals(",")) {
        return false;
      }
    }
    return hasFiniteVerb(s, slice(idx, 1, p));
  }

  /** Nouns that sum up a whole clause in an appositive after it ("..., a step that ..."). */
  private static final Set<String> SUMMATIVE = Set.of("move", "step", "decision", "development", "sign", "signal",
      "blow", "setback", "change", "shift", "reversal", "departure", "twist", "turn", "gesture", "concession",
      "outcome", "result", "action", "measure");

  /**
   * Whether the appositive [a2, end) closes the text and is "a/an (adjectives) N" with N a noun that sums
   * up an event ("..., will meet in Oslo in March, a step that could ..."): it describes the whole
   * clause, not the noun phrase before the comma, so it gives no "X is Y" claim.
   */
  private static boolean summative(TaggedSentence s, int[] idx, int a2, int end) {
    if (end < idx.length || !(s.lower[idx[a2]].equals("a") || s.lower[idx[a2]].equals("an"))) {
      return false;
    }
    int k = a2 + 1;
    while (k < end && s.tags[idx[k]].startsWith("JJ")) {
      k++;
    }
    return k < end && s.tags[idx[k]].startsWith("NN") && SUMMATIVE.contains(s.lemmas[idx[k]]);
  }

  /** Whether an odd number of quotation marks stands before position p: a quotation is open there. */
  private static boolean quoteOpenBefore(TaggedSentence s, int[] idx, int p) {
    int n = 0;
    for (int i = 0; i < p; i++) {
      if (s.isQuoteMark(idx[i]) && !s.words[idx[i]].equals("'")) {
        n++;
      }
    }
    return n % 2 == 1;
  }

  /**
   * Whether an appositive starting at a2 can rename the noun phrase ending before p by number: "a" or
   * "an" names one thing, so it cannot rename a plural ("potential targets, a program that ...").
   */
  private static boolean agrees(TaggedSentence s, int[] idx, int p, int a2) {
    int h = p - 1;
    while (h > 0 && (s.isQuoteMark(idx[h]) || s.words[idx[h]].equals(")"))) {
      h = s.words[idx[h]].equals(")") ? skipParenthesis(s, idx, h) : h - 1;
    }
    String head = s.tags[idx[h]];
    boolean plural = head.equals("NNS") || head.equals("NNPS");
    boolean singular = s.lower[idx[a2]].equals("a") || s.lower[idx[a2]].equals("an");
    return !(plural && singular);
  }

  /**
   * Whether ", Y" after a proper name is one capitalised word qualifying a place ("Scott, Miss.",
   * "Paris, Texas", "Monroe, Conn., couple"), not a second name for it.
   */
  private static boolean placeQualifier(TaggedSentence s, int[] idx, int p) {
    if (!s.isProper(idx[p - 1]) || !s.isProper(idx[p + 1])) {
      return false;
    }
    int e = p + 2;
    if (e < idx.length && s.words[idx[e]].equals(".")) {
      e++;
    }
    return e >= idx.length || s.isPunct(idx[e]) || !s.isProper(idx[e]) && !s.inChunk(idx[e], "NP");
  }

  private static int skipParenthesis(TaggedSentence s, int[] idx, int close) {
    int i = close - 1;
    while (i > 0 && !s.words[idx[i]].equals("(")) {
      i--;
    }
    return Math.max(0, i - 1);
  }

  /**
   * Whether the noun phrase before an appositive may not be what the appositive renames: a common
   * noun that is the object of a preposition or of a verb inside an infinitive or participle clause
   * ("to identify potential targets, a program that ..." renames the whole activity). A proper name
   * there is reliable ("met with Jane Doe, the agency's director").
   */
  private static boolean uncertainHead(TaggedSentence s, int[] idx, int ante, int p) {
    if (ante == 0) {
      return false;
    }
    boolean proper = false;
    for (int i = ante; i < p; i++) {
      proper |= s.isProper(idx[i]);
    }
    boolean name = p + 1 < idx.length && s.isProper(idx[p + 1]);
    for (int i = p + 1; name && i < idx.length && !s.isPunct(idx[i]); i++) {
      name = s.isProper(idx[i]); // the appositive is itself a name: "its model, Grok, ..."
    }
    if (proper || name) {
      return false;
    }
    String before = s.tags[idx[ante - 1]];
    if (before.equals("IN") || before.equals("TO")) {
      return true;
    }
    if (before.equals("VBG")) {
      return true;
    }
    return before.equals("VB") && ante >= 2 && s.tags[idx[ante - 2]].equals("TO");
  }

  /**
   * "NP, VBN by/in ... [,]" where the participle phrase describes the noun phrase before it: the
   * sentence without the phrase, and "NP is/was VBN ..." (the copula takes the main verb's tense). A
   * naming participle may take the name directly ("The boat, called Osprey, sank" -> "The boat was
   * called Osprey").
   */
  private List<Part> reducedRelative(TaggedSentence s, int[] idx) {
    for (int p = 2; p < idx.length - 2; p++) {
      if (!s.words[idx[p]].equals(",")) {
        continue;
      }
      int next = idx[p + 2];
      boolean naming = NAMING.contains(s.lemmas[idx[p + 1]]) && (s.isProper(next) || s.isQuoteMark(next))
          && s.isNoun(idx[p - 1]);
      // the tagger may read a naming participle as a past verb ("The ferry, called/VBD Osprey, sank")
      if (!s.tags[idx[p + 1]].equals("VBN") && !(naming && s.tags[idx[p + 1]].equals("VBD"))) {
        continue;
      }
      if (!(s.tags[next].equals("IN") || s.tags[next].equals("TO") || s.tags[next].equals("RB") || naming)) {
        continue; // "created by ...", "based in ...", "known as ..."; not a clause with an object
      }
      int ante = antecedent(s, idx, p);
      if (ante < 0 || !hasFiniteVerb(s, slice(idx, 0, ante)) && ante > 0 && !s.isNoun(idx[ante])) {
        continue;
      }
      int end = p + 2;
      while (end < idx.length && !(s.words[idx[end]].equals(",") && !PlaceRelations.commaBeforeState(s, idx[end]))
          && !s.words[idx[end]].equals(";")) {
        if (s.isFiniteVerb(idx[end])) {
          end = -1;
          break;
        }
        end++;
      }
      if (end < 0) {
        continue;
      }
      int[] mainIdx = concat(slice(idx, 0, p), slice(idx, end < idx.length ? end + 1 : end, idx.length));
      if (!hasClauseVerb(s, mainIdx)) {
        continue;
      }
      String copula = "is";
      for (int k : mainIdx) {
        if (s.isFiniteVerb(k)) {
          copula = s.tags[k].equals("VBD") ? "was" : "is";
          break;
        }
      }
      List<int[]> relRanges = new ArrayList<>(toRanges(slice(idx, ante, p)));
      int copulaAfter = relRanges.size() - 1;
      relRanges.addAll(toRanges(slice(idx, p + 1, end)));
      return List.of(new Part(toRanges(mainIdx), -1), new Part(relRanges, copulaAfter, copula));
    }
    return null;
  }

  /** "S made an offer: A, B and C" -> a proposition per item, carrying the lead-in's verb. */
  private List<Part> colonList(TaggedSentence s, int[] idx) {
    for (int p = 1; p < idx.length - 1; p++) {
      if (!s.words[idx[p]].equals(":")) {
        continue;
      }
      int[] left = slice(idx, 0, p);
      int[] right = slice(idx, p + 1, idx.length);
      if (!hasVerb(s, left)) {
        return List.of(new Part(toRanges(right), -1));
      }
      if (hasFiniteVerb(s, right)) {
        return List.of(new Part(toRanges(left), -1), new Part(toRanges(right), -1));
      }
      if (s.tags[right[0]].equals("VB") || !enumerates(s, left)) {
        // options or steps ("faces a choice: stand firm ... or compromise"), or an elaboration of one
        // thing ("a calculation: ..."): the items are no objects of the lead-in's verb
        return KEEP_WHOLE;
      }
      int[] lead = leadIn(s, left);
      return List.of(new Part(toRanges(concat(lead, right)), -1));
    }
    return null;
  }

  /**
   * Whether a lead-in announces several things: its final noun phrase is plural or counted ("two red
   * lines:", "various tasks:"), or it ends in a verb or preposition ("is used for:").
   */
  private static boolean enumerates(TaggedSentence s, int[] left) {
    int e = left.length - 1;
    if (e < 0) {
      return false;
    }
    int last = left[e];
    if (!s.inChunk(last, "NP")) {
      return true;
    }
    for (int i = e; i >= 0 && s.inChunk(left[i], "NP"); i--) {
      String t = s.tags[left[i]];
      if (t.equals("NNS") || t.equals("NNPS") || t.equals("CD")) {
        return true;
      }
      if (s.chunks[left[i]].startsWith("B-")) {
        break;
      }
    }
    return false;
  }

  /** A lead-in without its final noun phrase ("Claude is used for various tasks" -> "Claude is used for"). */
  static int[] leadIn(TaggedSentence s, int[] left) {
    int e = left.length;
    if (e > 0 && s.inChunk(left[e - 1], "NP")) {
      int k = e - 1;
      while (k > 0 && s.inChunk(left[k - 1], "NP") && !s.chunks[left[k]].startsWith("B-")) {
        k--;
      }
      if (k > 0 && (s.isVerb(left[k - 1]) || s.tags[left[k - 1]].equals("IN") || s.tags[left[k - 1]].equals("TO"))) {
        e = k;
      }
    }
    return slice(left, 0, e);
  }

  /**
   * "S V1 O1 and V2 O2" -> "S V1 O1", "S V2 O2"; "S V1 and V2 O" -> "S V1 O", "S V2 O". "as well as"
   * joins verb phrases like "and". The right verb pairs with the nearest left verb of a compatible
   * form, so a governing verb stays with both ("is considering severing A and declaring B" -> "is
   * considering declaring B"; "threatened to fine A as well as revoke B" -> "threatened to revoke B").
   * A left verb of another tense pairs only when it is the clause's first finite verb ("had given A,
   * and threatens B"). Correlative "either"/"both" is left out; the parts of "either V1 or V2" are
   * alternatives, not each asserted.
   */
  private List<Part> predicates(TaggedSentence s, int[] idx) {
    int firstFinite = -1;
    for (int i = 0; i < idx.length && firstFinite < 0; i++) {
      if (s.isFiniteVerb(idx[i])) {
        firstFinite = i;
      }
    }
    for (int p = 2; p < idx.length - 1; p++) {
      int cc = idx[p];
      int width = coordinatorWidth(s, idx, p);
      if (width == 0) {
        continue;
      }
      int r = p + width;
      while (r < idx.length && s.tags[idx[r]].equals("RB") && !s.tags[idx[p - 1]].equals("RB")) {
        r++;
      }
      if (r >= idx.length) {
        continue;
      }
      int rightStart = p + width;
      if (r == p + width && r + 1 < idx.length && s.tags[idx[r]].equals("TO") && s.tags[idx[r + 1]].equals("VB")
          && toBefore(s, idx, p)) {
        r++; // "wants to build A and to expand B": the second "to" is the first one repeated
        rightStart = r;
      }
      boolean slip = width > 1 && verbTaggedAsModifier(s, idx, r);
      if (!slip && (!s.isVerb(idx[r]) || !s.chunkStarts(idx[r], "VP") && !s.inChunk(idx[r], "VP"))) {
        continue;
      }
      String rightTag = slip ? "VB" : s.tags[idx[r]];
      int leftEnd = p;
      if (s.words[idx[leftEnd - 1]].equals(",")) {
        leftEnd--;
      }
      boolean rightAux = s.tags[idx[r]].equals("MD") || r + 1 < idx.length && s.isVerb(idx[r + 1])
          && (s.lemmas[idx[r]].equals("be") || s.lemmas[idx[r]].equals("have") || s.lemmas[idx[r]].equals("do"));
      // a VBP may be a base form the tagger slipped on ("or explain/VBP"), but not an auxiliary ("and have asserted")
      boolean baseSlip = rightTag.equals("VBP") && !rightAux;
      // the left conjunct's verb: the nearest verb to the left with a compatible form
      int v = -1;
      for (int i = leftEnd - 1; i >= 0 && v < 0; i--) {
        int k = idx[i];
        if (s.words[k].equals(";")) {
          break;
        }
        // "had given A, and threatens B"; not inside a relative, nor with a VBP, often a base form ("or explain")
        boolean form = compatible(s.tags[k], rightTag) && !(s.tags[k].equals("VB") && rightTag.equals("VBP") && !baseSlip)
            || i == firstFinite && isFinite(rightTag) && !rightTag.equals("VBP") && !hasWhWord(s, idx, i);
        boolean base = rightTag.equals("VB") || baseSlip;
        if (s.isVerb(k) && form && (i == 0 || !s.tags[idx[i - 1]].equals("TO") || base)) {
          v = i;
        }
      }
      if (v <= 0) {
        continue;
      }
      while (rightAux && v > 0 && (s.isVerb(idx[v - 1]) || s.tags[idx[v - 1]].equals("RB") && v > 1
          && s.isVerb(idx[v - 2]))) {
        v--;
      }
      if (!Attribution.hasNoun(s, idx[0], idx[v - 1] + 1) && !hasNounIn(s, idx, 0, v)) {
        continue;
      }
      boolean verbOnly = true;
      for (int i = v; i < leftEnd; i++) {
        verbOnly &= s.isVerb(idx[i]) || s.tags[idx[i]].equals("RB") || s.tags[idx[i]].equals("TO");
      }
      int[] subject = slice(idx, 0, v);
      if (verbOnly && (s.tags[idx[leftEnd - 1]].equals("MD") || s.lemmas[idx[leftEnd - 1]].equals("do"))) {
        continue; // "can and do make mistakes": the auxiliaries share one verb
      }
      // a plain "or" is left unmarked: under a negation or a denial it joins what is denied ("never A or B")
      String alternative = null;
      int correlative = -1;
      String last = s.lower[idx[v - 1]];
      if (last.equals("either") || last.equals("both")) { // "will either cut A and declare B, or invoke C"
        correlative = idx[v - 1];
        subject = slice(idx, 0, v - 1);
        if (last.equals("either") && contains(s, idx, p, idx.length, "or")) {
          alternative = "either ... or";
        }
      }
      if (r > p + width) { // "would effectively blacklist A and potentially damage B": each verb has its adverb
        int e = subject.length;
        while (e > 1 && s.tags[subject[e - 1]].equals("RB") && !NEGATIONS.contains(s.lower[subject[e - 1]])) {
          e--;
        }
        subject = slice(subject, 0, e);
      }
      if (verbOnly) {
        int re = r;
        while (re < idx.length && (s.isVerb(idx[re]) || s.tags[idx[re]].equals("RP"))) {
          re++;
        }
        if (re >= idx.length) {
          continue;
        }
        int[] tail = slice(idx, re, idx.length);
        // a prepositional tail may be the right verb's own complement ("was arrested and charged with fraud"):
        // the left verb goes without it, which holds on either reading ("was born and raised in Ohio")
        int t = idx[re];
        boolean ownComplement = s.tags[t].equals("IN") && !s.lower[t].equals("that")
            || s.tags[t].equals("TO") && !(re + 1 < idx.length && s.tags[idx[re + 1]].equals("VB"));
        int[] leftTail = ownComplement ? new int[0] : tail;
        return List.of(
            new Part(toRanges(concat(concat(subject, without(slice(idx, v, leftEnd), correlative)), leftTail)), -1,
                "is", alternative),
            new Part(toRanges(concat(concat(subject, slice(idx, rightStart, re)), tail)), -1, "is", alternative));
      }
      if (hasClauseVerb(s, idx) && !hasClauseVerb(s, slice(idx, 0, leftEnd))) {
        continue; // the predicates sit inside a subject or complement ("using X to alter A and build B would be ...")
      }
      return List.of(
          new Part(toRanges(without(slice(idx, 0, leftEnd), correlative)), -1, "is", alternative),
          new Part(toRanges(concat(subject, slice(idx, rightStart, idx.length))), -1, "is", alternative));
    }
    return null;
  }

  /**
   * "P, including A, B and C" / "P such as A and B" at the end of a clause: an explicit enumeration, so
   * one proposition per item, each "P including A". Items are split at commas and at the last "and" or
   * "or"; each must start a noun phrase and hold no finite verb (else it is a list of clauses), so the
   * sentence is otherwise left to the other rules.
   */
  private List<Part> includingList(TaggedSentence s, int[] idx) {
    for (int p = 2; p < idx.length - 3; p++) {
      String w = s.lower[idx[p]];
      int width = w.equals("including") && s.words[idx[p - 1]].equals(",") ? 1
          : w.equals("such") && s.lower[idx[p + 1]].equals("as") ? 2 : 0;
      if (width == 0) {
        continue;
      }
      int start = p + width;
      List<int[]> items = new ArrayList<>();
      int a = start;
      for (int k = start; k <= idx.length; k++) {
        if (k == idx.length || s.words[idx[k]].equals(",")) {
          if (k > a) {
            items.add(new int[] {a, k});
          }
          a = k + 1;
        }
      }
      if (items.isEmpty()) {
        return null;
      }
      int[] last = items.get(items.size() - 1);
      int cc = -1;
      for (int k = last[0]; k < last[1]; k++) {
        if (s.lower[idx[k]].equals("and") || s.lower[idx[k]].equals("or")) {
          cc = k;
        }
      }
      if (cc == last[0] && cc + 1 < last[1]) {
        last[0] = cc + 1; // ", and C"
      } else if (cc > last[0] && cc + 1 < last[1]) {
        items.set(items.size() - 1, new int[] {last[0], cc}); // "B and C"
        items.add(new int[] {cc + 1, last[1]});
      } else if (items.size() < 3) {
        return null;
      }
      if (items.size() < 2 || items.size() > MAX_PARTS) {
        return null;
      }
      for (int[] it : items) {
        int t = idx[it[0]];
        if (!(s.inChunk(t, "NP") || s.tags[t].equals("$")) || hasFiniteVerb(s, slice(idx, it[0], it[1]))) {
          return null;
        }
      }
      int[] pre = slice(idx, 0, s.words[idx[p - 1]].equals(",") ? p - 1 : p);
      int[] marker = slice(idx, p, start);
      List<Part> out = new ArrayList<>();
      for (int[] it : items) {
        if (!placeholder(s, idx, it)) {
          out.add(new Part(toRanges(concat(concat(pre, marker), slice(idx, it[0], it[1]))), -1));
        }
      }
      return out;
    }
    return null;
  }

  /**
   * Coordinated complement clauses of one verb: "must prove that A, that B and that C", "hard to tell
   * how A, or how much B": one proposition per clause, each with the words before the first complementiser.
   * Each clause opens with the same word ("that", or a wh-word) after a comma or a conjunction and holds a
   * finite verb.
   */
  private List<Part> complementList(TaggedSentence s, int[] idx) {
    for (int w = 2; w < idx.length - 3; w++) {
      int t = idx[w];
      boolean that = s.lower[t].equals("that") && s.tags[t].equals("IN");
      boolean wh = s.tags[t].startsWith("W") && !s.words[idx[w - 1]].equals(",") && !s.isNoun(idx[w - 1]);
      if (!that && !wh || !s.isVerb(idx[w - 1]) && !s.tags[idx[w - 1]].equals("RB")) {
        continue; // a complement right after its verb ("prove that", "say how"), not a relative clause
      }
      List<Integer> starts = new ArrayList<>();
      starts.add(w);
      for (int k = w + 2; k < idx.length - 2; k++) {
        boolean sep = s.words[idx[k - 1]].equals(",") || s.tags[idx[k - 1]].equals("CC");
        if (sep && s.lower[idx[k]].equals(s.lower[t])) {
          starts.add(k);
        }
      }
      if (starts.size() < 2) {
        return null;
      }
      int[] pre = slice(idx, 0, w);
      List<Part> out = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        int a = starts.get(i);
        int e = i + 1 < starts.size() ? starts.get(i + 1) - 1 : idx.length;
        while (e > a && (s.words[idx[e - 1]].equals(",") || s.tags[idx[e - 1]].equals("CC"))) {
          e--;
        }
        int[] clause = slice(idx, that ? a + 1 : a, e);
        if (!hasFiniteVerb(s, clause)) {
          return null;
        }
        out.add(new Part(toRanges(concat(pre, slice(idx, a, e))), -1));
      }
      return out;
    }
    return null;
  }

  /** Whether an infinitive marker "to" right before a base verb stands before position p. */
  private static boolean toBefore(TaggedSentence s, int[] idx, int p) {
    for (int i = p - 1; i > 0; i--) {
      if (s.tags[idx[i]].equals("VB") && s.tags[idx[i - 1]].equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /** Whether "but" at position p means "almost" ("have all but disappeared"): no coordinator. */
  private static boolean allBut(TaggedSentence s, int[] idx, int p) {
    return p > 0 && s.lower[idx[p]].equals("but") && s.lower[idx[p - 1]].equals("all");
  }

  /** Tokens of a coordinator at position p: 1 for and/or/but, 3 for "as well as", 0 for none. */
  private static int coordinatorWidth(TaggedSentence s, int[] idx, int p) {
    if (COORD.contains(s.lower[idx[p]])) {
      return allBut(s, idx, p) ? 0 : 1;
    }
    boolean asWellAs = p + 3 < idx.length && s.lower[idx[p]].equals("as") && s.lower[idx[p + 1]].equals("well")
        && s.lower[idx[p + 2]].equals("as");
    return asWellAs ? 3 : 0;
  }

  /** Object pronouns: a word right before one is a verb, whatever its tag ("as well as classify/JJ it"). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "us", "me");

  /**
   * Whether the word at r, after "as well as", is a verb the tagger took for a modifier or noun: an
   * adjective or singular noun right before an object pronoun or a determiner ("classify/JJ it",
   * "picket/NN the depot"). A left verb of base form must still be found for it to count.
   */
  private static boolean verbTaggedAsModifier(TaggedSentence s, int[] idx, int r) {
    String t = s.tags[idx[r]];
    if (r + 1 >= idx.length || !(t.equals("JJ") || t.equals("NN"))) {
      return false;
    }
    String next = s.tags[idx[r + 1]];
    return OBJECT_PRONOUNS.contains(s.lower[idx[r + 1]]) || next.equals("DT") || next.equals("PRP$");
  }

  /** Negating adverbs: they stay with a shared subject and auxiliary. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n\u2019t", "never");

  /** Whether a wh-word stands before position p (the verb there is inside a relative or embedded clause). */
  private static boolean hasWhWord(TaggedSentence s, int[] idx, int p) {
    for (int i = 0; i < p; i++) {
      if (s.tags[idx[i]].startsWith("W")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFinite(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }

  /** The positions without the token {@code token} (all of them when it is -1). */
  private static int[] without(int[] idx, int token) {
    return token < 0 ? idx : java.util.Arrays.stream(idx).filter(k -> k != token).toArray();
  }

  private static boolean contains(TaggedSentence s, int[] idx, int a, int b, String word) {
    for (int i = a; i < b; i++) {
      if (s.lower[idx[i]].equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNounIn(TaggedSentence s, int[] idx, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s.isNoun(idx[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(String left, String right) {
    if (left.equals(right)) {
      return true;
    }
    boolean l = left.equals("VBD") || left.equals("VBN");
    boolean r = right.equals("VBD") || right.equals("VBN");
    boolean lp = left.equals("VBZ") || left.equals("VBP") || left.equals("MD");
    boolean rp = right.equals("VBZ") || right.equals("VBP");
    boolean base = left.equals("VB") && right.equals("VBP") || left.equals("VBP") && right.equals("VB");
    return l && r || lp && rp || left.equals("MD") && right.equals("VB") || base; // VB/VBP: a common tagger slip
  }

  /** Coordinated noun phrases: "threatens A, B, and C" -> "threatens A", "threatens B", "threatens C". */
  private List<Part> nounList(TaggedSentence s, int[] idx) {
    for (int p = 1; p < idx.length - 1; p++) {
      int cc = idx[p];
      if (!COORD.contains(s.lower[cc]) && !s.tags[cc].equals("CC") || allBut(s, idx, p)) {
        continue;
      }
      int prev = idx[p - 1];
      int next = idx[p + 1];
      if (s.words[prev].equals(")") || s.words[prev].equals("-RRB-")) {
        continue; // "xAI (Grok) and Google (Gemini)": items with a parenthesis each are not cut reliably
      }
      // inside one chunk: "morale and image", "futures and options", "red and blue"
      Part[] modifiers = coordinatedModifiers(s, idx, p);
      if (modifiers != null) {
        return List.of(modifiers);
      }
      if (s.isProper(prev) && s.isProper(next)) {
        continue; // "Research and Engineering" inside a name
      }
      if (s.inChunk(cc, "NP") && s.inChunk(prev, "NP") && s.chunks[next].equals("I-NP")
          && sameClass(s.tags[prev], s.tags[next]) && !s.tags[next].equals("DT") && !s.tags[next].equals("PRP$")) {
        int ce = p + 1;
        while (ce < idx.length && s.chunks[idx[ce]].equals("I-NP")) {
          ce++;
        }
        // only the words just around the conjunction are coordinated; the rest of the chunk is shared
        int cs = p - 1;
        int[] pre = slice(idx, 0, cs);
        int[] post = slice(idx, p + 2, idx.length);
        if (s.tags[prev].startsWith("NN") && ce > p + 2) {
          continue;
        }
        return List.of(
            new Part(toRanges(concat(concat(pre, slice(idx, cs, p)), post)), -1),
            new Part(toRanges(concat(concat(pre, slice(idx, p + 1, p + 2)), post)), -1));
      }
      // across chunks: "A, B, and C" where each item starts a noun phrase
      if (!s.chunkStarts(next, "NP") && !(s.inChunk(next, "NP") && s.chunks[cc].equals("O"))) {
        continue;
      }
      int rightEnd = npEnd(s, idx, p + 1);
      if (rightEnd < idx.length && (s.tags[idx[rightEnd]].equals("WDT") || s.tags[idx[rightEnd]].equals("WP"))) {
        while (rightEnd < idx.length && !s.words[idx[rightEnd]].equals(",")) {
          rightEnd++; // a relative clause after the last item belongs to it
        }
      }
      List<int[]> items = new ArrayList<>();
      items.add(new int[] {p + 1, rightEnd});
      int e = p;
      if (s.words[idx[e - 1]].equals(",")) {
        e--;
      }
      int st = npStart(s, idx, e);
      if (st < 0 || st >= e) {
        continue;
      }
      items.add(0, new int[] {st, e});
      while (st >= 2 && s.words[idx[st - 1]].equals(",")) {
        int e2 = st - 1;
        int st2 = npStart(s, idx, e2);
        if (st2 < 0 || st2 >= e2 || !s.chunkStarts(idx[st2], "NP") && !s.inChunk(idx[st2], "NP")) {
          break;
        }
        items.add(0, new int[] {st2, e2});
        st = st2;
      }
      if (items.size() == 2 && s.words[idx[p - 1]].equals(",")) {
        // "X, and Y" with two items only is usually two clauses, not a list
        continue;
      }
      if (items.size() == 2 && prepositionAfterNoun(s, idx, items.get(0)[0])) {
        // "a fear of the storm and a respect for ...": the second item may pair with either noun
        continue;
      }
      sharedHead(s, idx, items);
      int listStart = items.get(0)[0];
      int[] pre = slice(idx, 0, listStart);
      int[] post = slice(idx, rightEnd, idx.length);
      if (pre.length == 0 && post.length == 0) {
        continue;
      }
      List<Part> r = new ArrayList<>();
      for (int[] it : items) {
        if (!placeholder(s, idx, it)) {
          r.add(new Part(toRanges(concat(concat(pre, slice(idx, it[0], it[1])), post)), -1));
        }
      }
      return r;
    }
    return null;
  }

  /** Closing words of a list that name no item: "and the like", "and so on", "and others". */
  private static final Set<String> LIST_PLACEHOLDERS = Set.of("the like", "so on", "others", "the rest",
      "more", "many more", "so forth");

  private static boolean placeholder(TaggedSentence s, int[] idx, int[] item) {
    StringBuilder b = new StringBuilder();
    for (int k = item[0]; k < item[1]; k++) {
      b.append(k > item[0] ? " " : "").append(s.lower[idx[k]]);
    }
    return LIST_PLACEHOLDERS.contains(b.toString());
  }

  /**
   * "sales of scooters, kayaks and rowing machines": when only the first item has an "of" and
   * the others none, the items are the objects of that "of" and the head before it is shared ("sales
   * of kayaks"), so the first item starts after the "of".
   */
  private static void sharedHead(TaggedSentence s, int[] idx, List<int[]> items) {
    int[] first = items.get(0);
    int of = -1;
    for (int k = first[0] + 1; k < first[1] - 1; k++) {
      if (s.lower[idx[k]].equals("of")) {
        of = k;
      }
    }
    if (of < 0) {
      return;
    }
    for (int i = 1; i < items.size(); i++) {
      if (contains(s, idx, items.get(i)[0], items.get(i)[1], "of")) {
        return;
      }
    }
    first[0] = of + 1;
  }

  /**
   * Coordinated modifiers of one common-noun head inside a noun phrase: "board and regulatory
   * approval" -> "board approval", "regulatory approval"; "the St. Paul and Akron plants" -> "the
   * St. Paul plants", "the Akron plants" (a name on either side is taken whole). Null when the head after
   * them is a name ("the Chief Digital and AI Office") or there is no head after them, and when the
   * clause holds a second such coordination: the parts would pair each modifier of one with each of the
   * other ("imports of steel and aluminium sheets were offset by exports of steel and aluminium tubes"), and
   * a pair the sentence may mean respectively ("aluminium sheets ... steel tubes") is not stated.
   */
  private static Part[] coordinatedModifiers(TaggedSentence s, int[] idx, int p) {
    Part[] parts = modifiersAt(s, idx, p);
    if (parts == null) {
      return null;
    }
    for (int q = 1; q < idx.length - 2; q++) {
      if (q != p && modifiersAt(s, idx, q) != null) {
        return null;
      }
    }
    return parts;
  }

  private static Part[] modifiersAt(TaggedSentence s, int[] idx, int p) {
    int cc = idx[p];
    if (!s.lower[cc].equals("and") && !s.lower[cc].equals("or") || !s.inChunk(cc, "NP") || p + 2 >= idx.length) {
      return null;
    }
    int ls = p - 1;
    int re = p + 2;
    if (s.isProper(idx[ls])) {
      while (ls > 0 && s.chunks[idx[ls]].startsWith("I-") && (s.isProper(idx[ls - 1])
          || capitalised(s.words[idx[ls - 1]]) || s.words[idx[ls - 1]].equals("."))) { // "St. Paul", "New/JJ York"
        ls--;
      }
    }
    if (s.isProper(idx[p + 1])) {
      while (re < idx.length && s.isProper(idx[re]) && s.chunks[idx[re]].equals("I-NP")) {
        re++;
      }
    }
    int ce = re;
    while (ce < idx.length && s.chunks[idx[ce]].equals("I-NP")) {
      ce++;
    }
    int head = idx[ce - 1];
    boolean modifiers = modifier(s.tags[idx[p - 1]]) && modifier(s.tags[idx[p + 1]])
        && !(s.tags[idx[p - 1]].startsWith("JJ") && s.tags[idx[p + 1]].startsWith("JJ"));
    if (!modifiers || ce <= re || !s.tags[head].startsWith("NN") || s.isProper(head)
        || !s.chunks[idx[p + 1]].equals("I-NP") || !s.inChunk(idx[ls], "NP")) {
      return null;
    }
    int[] pre = slice(idx, 0, ls);
    int[] post = slice(idx, re, idx.length);
    return new Part[] {
      new Part(toRanges(concat(concat(pre, slice(idx, ls, p)), post)), -1),
      new Part(toRanges(concat(concat(pre, slice(idx, p + 1, re)), post)), -1)};
  }

  /** Tags of words that can modify a noun before it: nouns and adjectives. */
  private static boolean modifier(String tag) {
    return tag.startsWith("NN") || tag.startsWith("JJ");
  }

  /** Whether the noun phrase at position st is the object of a preposition that follows a noun phrase. */
  private static boolean prepositionAfterNoun(TaggedSentence s, int[] idx, int st) {
    return st >= 2 && (s.tags[idx[st - 1]].equals("IN") || s.tags[idx[st - 1]].equals("TO")) && !s.lower[idx[st - 1]].equals("of")
        && s.isNoun(idx[st - 2]) && !s.tags[idx[st - 2]].equals("PRP");
  }

  /** End of a noun phrase starting at position p: its chunk, then "of"/"'s" + noun phrase attachments. */
  static int npEnd(TaggedSentence s, int[] idx, int p) {
    int e = p + 1;
    while (e < idx.length && s.chunks[idx[e]].startsWith("I-") && !s.tags[idx[e]].equals("CC")) {
      e++;
    }
    while (e + 1 < idx.length && s.lower[idx[e]].equals("of") && s.inChunk(idx[e + 1], "NP")) {
      e += 2;
      while (e < idx.length && s.chunks[idx[e]].startsWith("I-") && !s.tags[idx[e]].equals("CC")) {
        e++;
      }
    }
    return e;
  }

  /** Start of the noun phrase (with "of" attachments) ending before position e. */
  static int npStart(TaggedSentence s, int[] idx, int e) {
    int i = e - 1;
    if (i < 0 || !s.inChunk(idx[i], "NP")) {
      return -1;
    }
    while (true) {
      while (i > 0 && s.chunks[idx[i]].startsWith("I-") && s.inChunk(idx[i - 1], "NP")) {
        i--;
      }
      if (i > 1 && s.lower[idx[i - 1]].equals("of") && s.inChunk(idx[i - 2], "NP")) {
        i -= 2;
        continue;
      }
      return i;
    }
  }

  private static boolean sameClass(String a, String b) {
    return a.startsWith("NN") && b.startsWith("NN") || a.startsWith("JJ") && b.startsWith("JJ");
  }

  private static boolean hasVerb(TaggedSentence s, int[] idx) {
    for (int k : idx) {
      if (s.isVerb(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb heads a clause: a finite tag, or a base form right after its subject ("the lines
   * have/VB never ..." is a common tagger slip), not after "to" or a modal.
   */
  private static boolean hasClauseVerb(TaggedSentence s, int[] idx) {
    for (int i = 0; i < idx.length; i++) {
      int k = idx[i];
      if (s.isFiniteVerb(k) || pastAfterSubject(s, idx, i)
          || s.tags[k].equals("VB") && i > 0 && (s.isNoun(idx[i - 1]) || s.tags[idx[i - 1]].equals("PRP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A past form tagged as a participle right after the noun phrase that starts a clause ("the refinery
   * shut/VBN down", "Local shops closed/VBN early"): the tagger cannot tell VBD from VBN there.
   */
  private static boolean pastAfterSubject(TaggedSentence s, int[] idx, int i) {
    if (!s.tags[idx[i]].equals("VBN") || i == 0 || !s.inChunk(idx[i - 1], "NP") || !s.isNoun(idx[i - 1])) {
      return false;
    }
    int a = i - 1;
    while (a > 0 && s.inChunk(idx[a - 1], "NP") && !s.chunks[idx[a]].startsWith("B-")) {
      a--;
    }
    return a == 0 || s.tags[idx[a - 1]].equals("IN") && !s.lower[idx[a - 1]].equals("of") || s.words[idx[a - 1]].equals(",");
  }

  private static boolean hasFiniteVerb(TaggedSentence s, int[] idx) {
    for (int k : idx) {
      if (s.isFiniteVerb(k)) {
        return true;
      }
    }
    return false;
  }

  /** Drops leading and trailing punctuation and conjunctions; null when nothing checkable is left. */
  static Part trim(TaggedSentence s, Part p) {
    int[] idx = flatten(p.ranges());
    int a = 0;
    int b = idx.length;
    int copulaTok = p.copulaAfter() >= 0 ? p.ranges().get(p.copulaAfter())[1] - 1 : -1;
    while (a < b && (s.isPunct(idx[a]) && !s.isQuoteMark(idx[a]) || s.tags[idx[a]].equals("CC"))) {
      a++;
    }
    while (b > a && (s.isPunct(idx[b - 1]) && !s.isQuoteMark(idx[b - 1]) || s.tags[idx[b - 1]].equals("CC"))) {
      b--;
    }
    if (b - a > 2 && s.lower[idx[a]].equals("that") && s.tags[idx[a]].equals("IN")
        && hasClauseVerb(s, slice(idx, a + 1, b))) {
      a++; // a complementiser left by a reporting verb: "(experts note) that P" -> "P"
    }
    int content = 0;
    for (int i = a; i < b; i++) {
      if (Character.isLetterOrDigit(s.words[idx[i]].charAt(0))) {
        content++;
      }
    }
    if (content < 2) {
      return null;
    }
    int[] kept = withoutDiscourse(s, slice(idx, a, b), copulaTok);
    List<int[]> ranges = new ArrayList<>();
    for (int[] r : toRanges(kept)) {
      if (r[0] <= copulaTok && copulaTok + 1 < r[1]) { // keep the copula's place a range boundary
        ranges.add(new int[] {r[0], copulaTok + 1});
        ranges.add(new int[] {copulaTok + 1, r[1]});
      } else {
        ranges.add(r);
      }
    }
    int copulaAfter = -1;
    if (copulaTok >= 0) {
      for (int i = 0; i < ranges.size(); i++) {
        if (ranges.get(i)[1] - 1 == copulaTok) {
          copulaAfter = i;
        }
      }
    }
    return new Part(ranges, copulaAfter, p.copula(), p.alternative());
  }

  /** The tokens without discourse adverbials at the start ("However, ...") or between commas. */
  static int[] withoutDiscourse(TaggedSentence s, int[] idx, int keep) {
    int[] out = idx;
    for (int i = 0; i < out.length; i++) {
      boolean atStart = i == 0;
      if (!atStart && !s.words[out[i]].equals(",")) {
        continue;
      }
      int from = atStart ? 0 : i + 1;
      for (int len = 1; len <= MAX_DISCOURSE && from + len < out.length; len++) {
        if (!s.words[out[from + len]].equals(",")) {
          continue;
        }
        StringBuilder phrase = new StringBuilder();
        boolean kept = false;
        for (int k = from; k < from + len; k++) {
          phrase.append(k > from ? " " : "").append(s.lower[out[k]]);
          kept |= out[k] == keep;
        }
        if (!kept && DISCOURSE.contains(phrase.toString()) && from + len + 1 < out.length) {
          // drop the adverbial and its closing comma; between commas the opening one goes too
          out = concat(slice(out, 0, atStart ? 0 : i), slice(out, from + len + 1, out.length));
          i = Math.max(-1, i - 2);
        }
        break;
      }
    }
    return out;
  }

  private static Part part(int[] idx, int a, int b, int c, int d) {
    int[] x = slice(idx, a, b);
    if (c >= 0) {
      x = concat(x, slice(idx, c, d));
    }
    return new Part(toRanges(x), -1);
  }

  static int[] flatten(List<int[]> ranges) {
    int n = 0;
    for (int[] r : ranges) {
      n += Math.max(0, r[1] - r[0]);
    }
    int[] out = new int[n];
    int k = 0;
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        out[k++] = i;
      }
    }
    return out;
  }

  static List<int[]> toRanges(int[] idx) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < idx.length) {
      int j = i + 1;
      while (j < idx.length && idx[j] == idx[j - 1] + 1) {
        j++;
      }
      out.add(new int[] {idx[i], idx[j - 1] + 1});
      i = j;
    }
    return out;
  }

  static int[] slice(int[] idx, int a, int b) {
    return java.util.Arrays.copyOfRange(idx, Math.max(0, a), Math.max(Math.max(0, a), Math.min(b, idx.length)));
  }

  static int[] concat(int[] x, int[] y) {
    int[] out = java.util.Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }
}
