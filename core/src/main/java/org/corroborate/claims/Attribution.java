package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Stance;

/**
 * Who a sentence attributes its proposition to: "X said (that) P", "P, X said", "according to X,
 * P", "X told Y that P", "X has learned that P", "X's claim that P", "X denied that P", "X declined
 * to comment". The result names the token ranges that hold P. Stateless and thread safe.
 */
final class Attribution {
  /**
   * Verbs that report a finding when a that-clause follows ("The survey found that P", "A study showed that
   * P"): the study, report or survey is the speaker. Without "that" they state an act ("found the body").
   */
  static final Set<String> FINDING = Set.of("find", "show", "demonstrate", "determine");

  /** Verbs (lemmas) that report speech or knowledge. */
  static final Set<String> REPORTING = Set.of("say", "tell", "state", "add", "note", "claim", "report", "announce",
      "confirm", "write", "argue", "explain", "warn", "insist", "contend", "assert", "acknowledge", "admit",
      "allege", "suggest", "indicate", "predict", "estimate", "believe", "learn", "reiterate", "emphasize",
      "stress", "deny", "dispute", "reject", "refute", "rebut", "decline", "refuse", "maintain", "testify",
      "caution", "conclude", "observe", "recall", "disclose", "reveal", "complain", "concede", "agree", "assure",
      "inform", "remind", "tweet", "post", "recount", "forecast", "expect", "think", "fear", "hope",
      "counter", "respond", "reply", "answer", "promise", "pledge", "vow", "boast");
  static final Set<String> DENIAL = Set.of("deny", "dispute", "refute", "rebut", "reject");
  static final Set<String> DECLINE = Set.of("decline", "refuse");
  static final Set<String> TELLING = Set.of("tell", "inform", "assure", "remind", "warn");
  static final Set<String> CLAIM_NOUNS = Set.of("claim", "assertion", "allegation", "contention", "argument",
      "report", "statement", "belief", "insistence", "suggestion", "accusation", "charge", "view", "remark",
      "comment", "warning", "prediction", "admission", "announcement");
  static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "story", "article", "investigation",
      "analysis", "survey", "study", "reporting", "poll", "interview", "broadcast");
  /** Head words that make a capitalised name look like a news organisation. */
  static final Set<String> NEWS_HEADS = Set.of("journal", "times", "post", "news", "press", "tribune", "herald",
      "gazette", "agency", "wire", "network", "magazine", "radio", "tv", "television", "broadcasting", "telegraph",
      "guardian", "observer", "review", "daily", "weekly", "chronicle", "insider", "report");
  /** Head nouns (lemmas) of a source that passes information to a reporter without being named. */
  static final Set<String> SOURCE_NOUNS = Set.of("official", "source", "person", "people", "aide", "insider",
      "executive", "diplomat", "officer", "adviser", "advisor", "staffer", "employee", "lawmaker", "representative",
      "spokesperson", "spokesman", "spokeswoman", "member", "negotiator", "analyst");
  /** Largest attribution tail, in tokens, at the end of a sentence ("..., a senior official said"). */
  static final int MAX_TAIL = 16;
  /** Largest subject of a reporting verb, in tokens. */
  static final int MAX_SUBJECT = 14;
  /** Largest subject when an appositive closes it with a comma ("Mr. Robinson of ..., the seed producer in ..., said"). */
  static final int MAX_APPOSITIVE_SUBJECT = 24;

  /**
   * The attribution found in one sentence; {@code nested} holds reports inside its content with
   * speakers of their own ({@link NestedReports}).
   */
  record Found(List<int[]> content, int speakerStart, int speakerEnd, Stance stance, String citedSource,
      List<String> cues, List<List<int[]>> more, List<Found> nested) {
    Found(List<int[]> content, int speakerStart, int speakerEnd, Stance stance, String citedSource, List<String> cues) {
      this(content, speakerStart, speakerEnd, stance, citedSource, cues, List.of());
    }

    Found(List<int[]> content, int speakerStart, int speakerEnd, Stance stance, String citedSource, List<String> cues,
        List<List<int[]>> more) {
      this(content, speakerStart, speakerEnd, stance, citedSource, cues, more, List.of());
    }

    boolean hasSpeaker() {
      return speakerEnd > speakerStart;
    }

    /** Every proposition reported: the content, then those of coordinated reporting verbs ("..., but noted that P2"). */
    List<List<int[]>> propositions() {
      List<List<int[]>> all = new ArrayList<>();
      all.add(content);
      all.addAll(more);
      return all;
    }
  }

  private final PersonNames persons;

  Attribution(PersonNames persons) {
    this.persons = persons;
  }

  /** Finds the attribution of tokens [a, b) of the sentence; content is [a, b) when there is none. */
  Found find(TaggedSentence s, int a, int b) {
    Found f = according(s, a, b);
    if (f == null) {
      f = quoteTail(s, a, b);
    }
    if (f == null) {
      f = colonQuote(s, a, b);
    }
    if (f == null) {
      f = possessiveClaim(s, a, b);
    }
    if (f == null) {
      f = subjectVerb(s, a, b);
    }
    if (f == null) {
      f = tail(s, a, b);
    }
    if (f == null) {
      f = new Found(List.of(new int[] {a, b}), 0, 0, Stance.ASSERTS, null, List.of());
    }
    return NestedReports.apply(s, parenthetical(s, f));
  }

  private Found according(TaggedSentence s, int a, int b) {
    if (b - a > 3 && s.lower[a].equals("according") && s.lower[a + 1].equals("to")) {
      int c = indexOf(s, ",", a + 2, b);
      if (c > a + 2 && c < b - 2) {
        return speakerFound(s, a + 2, c, List.of(new int[] {c + 1, b}), Stance.ASSERTS, "according to");
      }
    }
    for (int i = b - 3; i > a + 2; i--) {
      if (s.lower[i].equals("according") && s.lower[i + 1].equals("to") && isSep(s, i - 1)) {
        int end = b;
        int comma = indexOf(s, ",", i + 2, b);
        if (comma > i + 2 && comma + 1 < b && s.tags[comma + 1].startsWith("W")) {
          end = comma; // "P, according to X, which ...": the relative clause describes X
        } else if (comma > i + 2 && hasVerb(s, comma + 1, b)) {
          return null; // "P, according to X, and Q": a parenthetical, Q is content too
        }
        return speakerFound(s, i + 2, end, List.of(new int[] {a, i - 1}), Stance.ASSERTS, "according to");
      }
    }
    return null;
  }

  private Found possessiveClaim(TaggedSentence s, int a, int b) {
    for (int i = a + 2; i < b - 2; i++) {
      int pos = i - 1;
      while (pos > a + 1 && s.tags[pos].startsWith("JJ")) {
        pos--; // "X's recent remarks that"
      }
      if (CLAIM_NOUNS.contains(s.lemmas[i]) && s.lower[i + 1].equals("that") && s.tags[pos].equals("POS")) {
        int sp = s.chunkStart(pos - 1);
        if (sp <= a) {
          return null; // "The council's warning that P drew protests": the clause runs into the main verb
        }
        for (int k = a; k < sp; k++) {
          if (REPORTING.contains(s.lemmas[k]) && s.tags[k].startsWith("VB")) {
            return null; // "The traders, an analyst said, disliked X's remark that P": the sentence's own report
          }
        }
        Stance stance = Stance.ASSERTS;
        for (int k = a; k < sp; k++) {
          if (DENIAL.contains(s.lemmas[k])) {
            stance = Stance.DENIES;
          }
        }
        return speakerFound(s, sp, pos, List.of(new int[] {i + 2, b}), stance, s.lower[i]);
      }
    }
    return null;
  }

  private Found subjectVerb(TaggedSentence s, int a, int b) {
    int v = -1;
    for (int i = a; i < b && i - a <= MAX_APPOSITIVE_SUBJECT; i++) {
      if (s.isFiniteVerb(i) || s.tags[i].equals("VBN") && i > a && s.isVerb(i - 1)) {
        v = i;
        break;
      }
      if (s.tags[i].startsWith("W") && i > a + 1 && s.words[i - 1].equals(",")) {
        int close = indexOf(s, ",", i + 1, Math.min(b, i + MAX_SUBJECT));
        if (close > 0 && close + 1 < b) {
          i = close; // "Ana Ruiz, who took office in January, said": skip the relative clause
          continue;
        }
      }
      if (s.lower[i].equals("that") && !s.tags[i].equals("DT") || s.tags[i].startsWith("W")) {
        return null; // a relative or complement clause before any verb; "In that decision" is neither
      }
    }
    if (v <= a || v - a > MAX_SUBJECT && !s.words[v - 1].equals(",")) {
      return null;
    }
    int subjStart = a;
    // a leading adverbial ("Earlier this year, X said") is not part of the subject
    int lastComma = -1;
    for (int i = a; i < v; i++) {
      if (s.words[i].equals(",")) {
        lastComma = i;
      }
    }
    int ve = v;
    while (ve < b && (s.isVerb(ve) || s.tags[ve].equals("RB") || s.tags[ve].equals("TO"))) {
      ve++;
    }
    int head = -1;
    for (int i = v; i < ve; i++) {
      if (s.isVerb(i) && !s.tags[i].equals("MD") && !s.lemmas[i].equals("be") && !s.lemmas[i].equals("have")
          && !s.lemmas[i].equals("do")) {
        head = i;
        break;
      }
    }
    if (head >= 0 && passive(s, v, head) && !TELLING.contains(s.lemmas[head])) {
      // "X was quoted as saying P": X is the speaker; "X was said to ...": X is not. "X was told that P"
      // stays X's: the report reached the outlet through X, as with "X has learned that P"
      if (!s.lower[head].equals("quoted") || ve + 1 >= b || !s.lower[ve].equals("as")
          || !s.tags[ve + 1].equals("VBG") || !REPORTING.contains(s.lemmas[ve + 1])) {
        return null;
      }
      head = ve + 1;
      ve += 2;
    }
    if (head < 0 || !(REPORTING.contains(s.lemmas[head])
        || FINDING.contains(s.lemmas[head]) && ve + 1 < b && s.lower[ve].equals("that") && !s.isVerb(ve + 1)
        && !modalBefore(s, v, head))) { // "must show that P" is a duty, not a finding
      return null;
    }
    if (lastComma >= 0 && ve < b && s.words[ve].equals(",")) {
      return null; // "The idea, the official said, would be ...": a parenthetical
    }
    for (int i = v; i < ve; i++) {
      if (s.lower[i].equals("not") || s.lower[i].equals("n't") || s.lower[i].equals("never")) {
        return null;
      }
    }
    // a leading adverbial ("However,", "In that decision,") is not part of the subject
    while (subjStart < v && (s.tags[subjStart].equals("RB") || s.tags[subjStart].equals("IN")
        || s.tags[subjStart].equals("CC"))) {
      int comma = indexOf(s, ",", subjStart, v);
      if (comma < 0 || !hasNoun(s, comma + 1, v)) {
        if (s.tags[subjStart].equals("CC") || s.tags[subjStart].equals("RB")) {
          subjStart++;
          continue;
        }
        break;
      }
      subjStart = comma + 1;
    }
    if (!hasNoun(s, subjStart, v)) {
      return null;
    }
    String lemma = s.lemmas[head];
    int spEnd = v;
    int firstComma = indexOf(s, ",", subjStart, v);
    if (firstComma > subjStart && s.words[v - 1].equals(",")) {
      spEnd = firstComma; // "Jessica Tillipman, associate dean at ..., warned": the name
    } else if (firstComma > subjStart && firstComma == lastComma && hasNoun(s, lastComma + 1, v)
        && !allProper(s, subjStart, firstComma)) {
      subjStart = lastComma + 1; // "Last week, the mayor said": the subject after the adverbial
    }
    while (spEnd > subjStart && (s.tags[spEnd - 1].equals("RB") || s.isPunct(spEnd - 1))) {
      spEnd--;
    }
    // declines: the claim is the sentence itself
    if (DECLINE.contains(lemma) || lemma.equals("comment")) {
      if (ve < b && s.lower[ve - 1].equals("comment") || containsWord(s, v, Math.min(b, ve + 3), "comment")) {
        return speakerFound(s, subjStart, spEnd, List.of(new int[] {a, b}), Stance.DECLINES, s.lower[head]);
      }
      return null;
    }
    Stance stance = DENIAL.contains(lemma) ? Stance.DENIES : Stance.ASSERTS;
    int c = ve;
    String cited = null;
    if (TELLING.contains(lemma) && c < b && s.chunkStart(c) == c && s.inChunk(c, "NP")) {
      int oe = s.chunkEnd(c);
      cited = organisation(s, c, oe, unnamedSource(s, subjStart, spEnd));
      c = oe;
    }
    int colon = quoteColon(s, c, Math.min(b, c + 8));
    boolean introduced = true;
    if (colon >= 0) {
      c = colon + 1; // "X said on Monday: “P”": the adverbial before the colon is not P
    } else if (c < b && s.words[c].equals(":")) {
      c++;
    } else {
      introduced = false;
      int that = -1;
      int c2 = c < b && s.words[c].equals(",") ? indexOf(s, ",", c + 1, Math.min(b, c + 12)) : -1;
      if (c2 > c + 1 && c2 + 2 < b && s.lower[c2 + 1].equals("that") && !s.isVerb(c2 + 2)
          && !hasFiniteVerb(s, c + 1, c2)) {
        c = c2 + 1; // "X said, without giving evidence, that P": the adverbial between commas is not P
      }
      for (int i = c; i < b && i - c <= 12; i++) {
        if (s.lower[i].equals("that") && (s.tags[i].equals("IN") || s.tags[i].equals("WDT") || s.tags[i].equals("DT"))
            && i + 1 < b && !s.isVerb(i + 1)) {
          that = i;
          break;
        }
        if (s.isFiniteVerb(i) || s.words[i].equals(",")) {
          break;
        }
      }
      if (that >= 0) {
        c = that + 1;
        introduced = true;
      } else if (c < b && s.words[c].equals(",")) {
        c++;
      }
    }
    if (c < b && !introduced && stance == Stance.ASSERTS && !s.isQuoteMark(c) && !hasFiniteVerb(s, c, b)) {
      return null; // "The city announced a plan to ...", "It suggests an intent to ...": an object, not a clause
    }
    if (c >= b || !hasVerb(s, c, b) && stance == Stance.ASSERTS || s.tags[c].equals("IN") && !s.lower[c].equals("that")) {
      return null;
    }
    if (s.tags[c].startsWith("W") && !s.lower[c].equals("that")) {
      return null; // "would tell visitors where to find the gate": a wh-clause states no proposition
    }
    if (lemma.equals("reject") && !(c > 0 && s.lower[c - 1].equals("that"))) {
      return null; // "rejects its use" is an act, not a denial of a statement
    }
    List<String> cues = new ArrayList<>();
    if (lemma.equals("learn") || lemma.equals("report") && allProper(s, subjStart, spEnd)) {
      String org = s.range(skipDeterminer(s, subjStart, spEnd), spEnd);
      cues.add(s.range(v, ve));
      return new Found(List.of(new int[] {c, b}), 0, 0, stance, org, cues);
    }
    int[] second = stance == Stance.ASSERTS ? coordinatedReport(s, c, b) : null;
    Found f = speakerFound(s, subjStart, spEnd, List.of(new int[] {c, second == null ? b : second[0]}), stance,
        s.lower[head]);
    if (f != null && second != null) {
      List<String> both = new ArrayList<>(f.cues());
      both.add(s.lower[second[1]]);
      f = new Found(f.content(), f.speakerStart(), f.speakerEnd(), f.stance(), f.citedSource(), both,
          List.of(List.of(new int[] {second[2], b})));
    }
    return cited == null || f == null ? f : withCited(f, cited);
  }

  /**
   * "X said P1, but noted that P2" / "X said, “P1,” but said P2": a second reporting verb
   * coordinated with the first, sharing its subject, reports a second proposition. Returns the end
   * of P1, the second verb and the start of P2, or null. The second verb must introduce a clause
   * ("that", a quote, a comma, or a subject and finite verb), so "the firm grew and added 300 jobs"
   * is not one.
   */
  private static int[] coordinatedReport(TaggedSentence s, int c, int b) {
    for (int k = c + 3; k < b - 3; k++) {
      boolean participle = addingReport(s, k, b);
      if (!participle && (!(s.lower[k].equals("but") || s.lower[k].equals("and")) || !s.tags[k].equals("CC"))) {
        continue;
      }
      int v = k + 1;
      if (v < b && s.tags[v].equals("RB")) {
        v++; // "but also said"
      }
      if (v >= b - 2 || !participle && !s.isFiniteVerb(v) || !REPORTING.contains(s.lemmas[v])
          || DENIAL.contains(s.lemmas[v]) || DECLINE.contains(s.lemmas[v])) {
        continue;
      }
      int p = v + 1;
      boolean clause = s.lower[p].equals("that") || s.isQuoteMark(p) || s.words[p].equals(",")
          || s.words[p].equals(":");
      if (!clause && !s.lemmas[v].equals("add")) {
        for (int i = p + 1; i < Math.min(b, p + 8); i++) {
          if (s.isFiniteVerb(i)) {
            clause = s.inChunk(p, "NP");
            break;
          }
        }
      }
      if (!clause) {
        continue;
      }
      while (p < b && (s.lower[p].equals("that") || s.words[p].equals(",") || s.words[p].equals(":"))) {
        p++;
      }
      int e1 = contentEnd(s, c, k);
      if (e1 - c < 3 || b - p < 3 || !hasVerb(s, c, e1) || !hasVerb(s, p, b)) {
        continue;
      }
      return new int[] {e1, v, p};
    }
    return null;
  }

  /**
   * Whether the comma at k opens a participle that reports more words of the same speaker: "X said P,
   * adding that Q" / "..., noting that Q" (a reporting verb in -ing introducing a that-clause).
   */
  private static boolean addingReport(TaggedSentence s, int k, int b) {
    return s.words[k].equals(",") && k + 3 < b && s.tags[k + 1].equals("VBG") && REPORTING.contains(s.lemmas[k + 1])
        && !DENIAL.contains(s.lemmas[k + 1]) && !DECLINE.contains(s.lemmas[k + 1]) && s.lower[k + 2].equals("that");
  }

  /**
   * "“P,” X said" / "“P,” said X, who ..." / "“P,” X told Axios": the attribution after a closing
   * quotation mark. It comes before the subject-verb rule, which would otherwise take a reporting
   * verb inside the quotation ("“Nobody has told the workers,” an executive said") for the sentence's
   * own, and it has no length limit, the speaker's appositive after it being dropped.
   */
  private Found quoteTail(TaggedSentence s, int a, int b) {
    for (int q = b - 2; q > a + 1; q--) {
      int k = closingQuoteStart(s, q);
      if (k > a + 1 && s.words[k - 1].equals(",")) {
        return tailAt(s, q + 1, b, a, contentEnd(s, a, k), true);
      }
    }
    return null;
  }

  /** "X: “P”": a speaker without a verb, a colon, then the quotation. */
  private Found colonQuote(TaggedSentence s, int a, int b) {
    int colon = quoteColon(s, a + 1, Math.min(b, a + MAX_SUBJECT));
    if (colon < 0 || hasVerb(s, a, colon) || !hasNoun(s, a, colon) || b - colon < 4) {
      return null;
    }
    return speakerFound(s, a, colon, List.of(new int[] {colon + 1, b}), Stance.ASSERTS, ":");
  }

  /** The first ":" in [from, to) directly followed by a quotation mark, with no verb before it, or -1. */
  private static int quoteColon(TaggedSentence s, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (s.isVerb(i)) {
        return -1;
      }
      if (s.words[i].equals(":") && s.isQuoteMark(i + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** Where the closing quotation mark that ends at token i starts ("''" may come as two "'"), or -1. */
  private static int closingQuoteStart(TaggedSentence s, int i) {
    String w = s.words[i];
    if (w.equals("\u201d") || w.equals("''") || w.equals("\"") && i > 0 && s.isPunct(i - 1)) {
      return i;
    }
    return w.equals("'") && i > 0 && s.words[i - 1].equals("'") ? i - 1 : -1;
  }

  private Found tail(TaggedSentence s, int a, int b) {
    for (int c = b - 2; c > a + 2 && b - c <= MAX_TAIL; c--) {
      if (!isSep(s, c)) {
        continue;
      }
      int ts = c + 1;
      while (ts < b && s.isQuoteMark(ts)) {
        ts++;
      }
      Found f = tailAt(s, ts, b, a, contentEnd(s, a, c), false);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * The attribution tail starting at token ts, its content being [a, ce). After a closing quote
   * ({@code afterQuote}) a reporting word right after the quote is the verb even when tagged as a
   * noun ("“...,” promises/NNS the 52-year-old Mr. Okafor").
   */
  private Found tailAt(TaggedSentence s, int ts, int b, int a, int ce, boolean afterQuote) {
    int verb = -1;
    for (int i = ts; i < b; i++) {
      if (s.lower[i].equals("that") || s.tags[i].startsWith("W")) {
        return null; // "the same terms that Anthropic rejected" is not an attribution
      }
      boolean nounVerb = afterQuote && i == ts && s.tags[i].startsWith("NNS") && REPORTING.contains(s.lemmas[i])
          && i + 1 < b && s.inChunk(i + 1, "NP");
      // "..., the company claims.": a reporting word ending the sentence after a noun is its verb
      nounVerb |= i == b - 1 && i > ts && s.tags[i].equals("NNS") && REPORTING.contains(s.lemmas[i])
          && s.isNoun(i - 1) && !s.tags[i - 1].equals("POS");
      if (s.isVerb(i) && REPORTING.contains(s.lemmas[i]) || nounVerb) {
        verb = i;
        break;
      }
      if (s.isVerb(i) && !s.lemmas[i].equals("have") && !s.lemmas[i].equals("be") && !s.tags[i].equals("MD")) {
        return null;
      }
    }
    if (verb < 0 || ce <= a || !hasVerb(s, a, ce) || s.tags[verb].equals("VBG")) {
      return null; // "..., adding six new routes": a participle clause, not "P, said X"
    }
    for (int i = verb + 1; i < b && !s.words[i].equals(",") && !s.tags[i].startsWith("W") && !s.lower[i].equals("that");
        i++) {
      if (s.isFiniteVerb(i)) {
        return null; // "..., or compromise on the rules it believes are needed": the verb has a clause of its own
      }
    }
    String lemma = s.lemmas[verb];
    Stance stance = DENIAL.contains(lemma) ? Stance.DENIES : Stance.ASSERTS;
    int vs = verb;
    while (vs > ts && (s.isVerb(vs - 1) || s.tags[vs - 1].equals("RB"))) {
      vs--;
    }
    if (passive(s, vs, verb)) {
      return passiveTail(s, verb, b, new int[] {a, ce}, stance);
    }
    List<int[]> content = List.of(new int[] {a, ce});
    if (s.tags[ts].equals("IN") || s.tags[ts].equals("RB") || s.tags[ts].equals("WRB")) {
      return null; // "..., even as the company has pledged ...": a subordinate clause
    }
    if (vs > ts && !TELLING.contains(lemma) && verb + 1 < b && objectFollows(s, verb + 1, b)) {
      return null; // "..., the owners added a second shift": the verb has an object, it reports nothing
    }
    if (vs > ts && hasNoun(s, ts, vs)) {
      // "P, X said" / "P, X told Axios" / "P, Axios has learned"
      if (verb + 2 < b && s.words[verb + 1].equals(",") && hasVerb(s, verb + 2, b)) {
        return null; // "P, the mayor said, and Q": a parenthetical attribution; Q is content too
      }
      if (lemma.equals("learn") || lemma.equals("report") && allProper(s, ts, vs)) {
        return new Found(content, 0, 0, stance, s.range(skipDeterminer(s, ts, vs), vs), List.of(s.range(vs, verb + 1)));
      }
      int comma = indexOf(s, ",", ts + 1, vs);
      if (comma > ts && hasNoun(s, ts, comma) && hasNoun(s, comma + 1, vs)) {
        vs = comma; // "“P,” Mia Ford, a spokeswoman, said": the name without its appositive
      }
      if (afterQuote) {
        content = topicOf(s, a, ce, verb, b, content);
      }
      Found f = speakerFound(s, ts, vs, content, stance, s.lower[verb]);
      int o = verb + 1;
      if (f != null && TELLING.contains(lemma) && o < b && s.inChunk(o, "NP")) {
        String cited = organisation(s, o, s.chunkEnd(o), unnamedSource(s, f.speakerStart(), f.speakerEnd()));
        if (cited != null) {
          f = withCited(f, cited);
        }
      }
      return f;
    }
    if (vs == ts && verb + 1 < b && (s.inChunk(verb + 1, "NP") || s.isProper(verb + 1))) {
      // "P, said X"
      int oe = s.chunkEnd(verb + 1);
      while (oe < b && !s.isVerb(oe) && !s.tags[oe].startsWith("W") && !endsName(s, oe)) {
        oe++; // "the 52-year-old Mr. Okafor": hyphens and initials stay in the name
      }
      return speakerFound(s, verb + 1, oe, content, stance, s.lower[verb]);
    }
    return null;
  }

  /**
   * Whether [a, b) is a clause whose subject responds without words of its own: a noun phrase and a
   * reporting verb with no complement ("the judge agreed", "the council disagreed with her"). Coordinated
   * after a report ("X said P, but the council disagreed"), it is the outlet's statement, not X's words.
   */
  static boolean bareResponse(TaggedSentence s, int a, int b) {
    while (a < b && (s.tags[a].equals("CC") || s.isPunct(a))) {
      a++;
    }
    while (b > a && s.isPunct(b - 1)) {
      b--;
    }
    int v = a;
    while (v < b && !s.isVerb(v)) {
      if (s.tags[v].startsWith("W") || s.lower[v].equals("that")) {
        return false;
      }
      v++;
    }
    if (v >= b || !hasNoun(s, a, v)) {
      return false;
    }
    int head = v;
    while (head + 1 < b && (s.tags[head].equals("MD") || s.lemmas[head].equals("have") || s.tags[head].equals("RB"))) {
      head++;
    }
    if (!s.isVerb(head) || !(REPORTING.contains(s.lemmas[head]) || s.lower[head].startsWith("disagree"))) {
      return false;
    }
    int e = head + 1;
    while (e < b && s.tags[e].equals("RB")) {
      e++;
    }
    if (e < b && s.lower[e].equals("with")) {
      for (int i = e + 1; i < b; i++) {
        if (s.isVerb(i) || s.tags[i].startsWith("W") || s.lower[i].equals("that")) {
          return false;
        }
      }
      return true; // "the judge agreed with her"
    }
    return e == b;
  }

  /** Pronouns that a quotation's topic ("..., she says of the plan") stands for. */
  private static final Set<String> TOPIC_PRONOUNS = Set.of("it", "they", "this");

  /**
   * "“But it is too slow,” she says of the council's plan": the quotation's pronoun subject is the topic
   * that "of" names after the verb, so the claim reads "the council's plan is too slow". Only a pronoun
   * that opens the quotation (after "but", "and", an adverb) and its verb after it; a clitic verb ("it's")
   * is written out in the claim ("... is too slow", see {@code ClaimExtractor}); otherwise the content stays
   * as it is.
   */
  private static List<int[]> topicOf(TaggedSentence s, int a, int ce, int verb, int b, List<int[]> content) {
    if (verb + 2 >= b || !s.lower[verb + 1].equals("of") || !hasNoun(s, verb + 2, b)) {
      return content;
    }
    for (int i = verb + 2; i < b; i++) {
      if (s.isFiniteVerb(i) || s.tags[i].startsWith("W") || s.words[i].equals(",")) {
        return content; // the "of" phrase must be a noun phrase to the end
      }
    }
    int p = a;
    while (p < ce && (s.isQuoteMark(p) || s.tags[p].equals("CC") || s.tags[p].equals("RB") || s.words[p].equals(","))) {
      p++;
    }
    if (p + 1 >= ce || !TOPIC_PRONOUNS.contains(s.lower[p]) || !s.isVerb(p + 1)) {
      return content;
    }
    return List.of(new int[] {verb + 2, b}, new int[] {p + 1, ce});
  }

  /** Whether a modal or "to" stands in the verb group from v to head ("must show", "has to show"). */
  private static boolean modalBefore(TaggedSentence s, int v, int head) {
    for (int i = v; i < head; i++) {
      if (s.tags[i].equals("MD") || s.tags[i].equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the reporting verb at head is a passive participle after a form of "be" or "get" from v. */
  private static boolean passive(TaggedSentence s, int v, int head) {
    if (!s.tags[head].equals("VBN")) {
      return false;
    }
    for (int i = v; i < head; i++) {
      if (s.lemmas[i].equals("be") || s.lemmas[i].equals("get")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "P, it was reported by X" / "P, it was announced": a passive report names its speaker only in its
   * "by" phrase; its grammatical subject ("it") is none.
   */
  private Found passiveTail(TaggedSentence s, int verb, int b, int[] content, Stance stance) {
    int by = verb + 1;
    if (by + 1 < b && s.lower[by].equals("by") && hasNoun(s, by + 1, b)) {
      int e = by + 1;
      while (e < b && !s.isVerb(e) && !s.tags[e].startsWith("W") && !endsName(s, e)) {
        e++;
      }
      return speakerFound(s, by + 1, e, List.of(content), stance, s.lower[verb]);
    }
    return new Found(List.of(content), 0, 0, stance, null, List.of(s.lower[verb]));
  }

  /** Words that end a noun phrase of time ("last week", "this year"): an adverbial, not an object. */
  private static final Set<String> TIME_WORDS = Set.of("year", "week", "month", "day", "quarter", "today",
      "yesterday", "tomorrow", "night", "morning", "afternoon", "evening", "weekend", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Whether a noun phrase that is not one of time starts at i (the verb before it has an object). */
  private static boolean objectFollows(TaggedSentence s, int i, int b) {
    if (!s.chunkStarts(i, "NP") || s.tags[i].equals("PRP")) {
      return false;
    }
    int e = Math.min(b, s.chunkEnd(i));
    return !TIME_WORDS.contains(s.lower[e - 1]);
  }

  /** ", X said," inside a sentence: drop it from the content and take X as the speaker. */
  private Found parenthetical(TaggedSentence s, Found f) {
    List<int[]> out = new ArrayList<>();
    int ss = f.speakerStart();
    int se = f.speakerEnd();
    Stance stance = f.stance();
    List<String> cues = new ArrayList<>(f.cues());
    List<List<int[]>> more = new ArrayList<>(f.more());
    boolean changed = false;
    for (int[] r : f.content()) {
      int start = r[0];
      for (int c1 = r[0] + 1; c1 < r[1] - 3; c1++) {
        if (!s.words[c1].equals(",")) {
          continue;
        }
        int c2 = indexOf(s, ",", c1 + 1, Math.min(r[1], c1 + 9));
        if (c2 < 0 || c2 + 1 >= r[1]) {
          continue;
        }
        boolean according = s.lower[c1 + 1].equals("according") && s.lower[c1 + 2].equals("to");
        int verb = -1;
        for (int i = c1 + 1; i < c2 && !according; i++) { // "according" may be tagged as a verb
          if (s.isVerb(i)) {
            verb = REPORTING.contains(s.lemmas[i]) && s.tags[i].startsWith("VB") ? i : -2;
            break;
          }
        }
        if (verb == -1 && !according || verb == -2) {
          continue;
        }
        if (according) {
          if (!f.hasSpeaker() && ss == 0 && se == 0) {
            ss = c1 + 3;
            se = c2;
          }
          cues.add("according to");
        } else {
          if (!hasNoun(s, c1 + 1, verb) && !hasNoun(s, verb + 1, c2)) {
            continue;
          }
          if (!f.hasSpeaker() && se == 0) {
            ss = hasNoun(s, c1 + 1, verb) ? c1 + 1 : verb + 1;
            se = hasNoun(s, c1 + 1, verb) ? verb : c2;
            while (ss < se && s.isQuoteMark(ss)) {
              ss++; // '“P,” the mayor said, “Q.”': the quotation closes before the speaker
            }
          }
          cues.add(s.lower[verb]);
        }
        out.add(new int[] {start, c1});
        start = c2 + 1;
        changed = true;
        if (!according && addingReport(s, c2, r[1])) {
          more.add(List.of(new int[] {c2 + 3, r[1]})); // "P, the owner said, adding that Q"
          cues.add(s.lower[c2 + 1]);
          start = r[1];
          break;
        }
        c1 = c2;
      }
      if (start < r[1]) {
        out.add(new int[] {start, r[1]});
      }
    }
    if (!changed) {
      return f;
    }
    return new Found(out, ss, se, stance, f.citedSource(), cues, more);
  }

  private Found speakerFound(TaggedSentence s, int ss, int se, List<int[]> content, Stance stance, String cue) {
    while (ss < se && (s.isPunct(ss) || s.tags[ss].equals("CC") || s.lower[ss].equals("both"))) {
      ss++;
    }
    while (se > ss && s.isPunct(se - 1)) {
      se--;
    }
    for (int i = ss + 1; i < se; i++) {
      if (s.words[i].startsWith("(") || s.words[i].equals("-LRB-")) {
        se = i; // "Sen. Ann Bly (D-Ohio)": the bracket describes the speaker
        break;
      }
    }
    while (se > ss && s.isPunct(se - 1)) {
      se--;
    }
    if (se <= ss) {
      return null;
    }
    int[] name = nameWithin(s, ss, se);
    ss = name[0];
    se = name[1];
    String cited = null;
    // "a Wall Street Journal report": the report's outlet is the cited source
    if (REPORT_NOUNS.contains(s.lower[se - 1]) || se - ss > 2 && isReportOf(s, ss, se)) {
      cited = properRun(s, ss, se);
    } else if (allProper(s, ss, se) && isNewsShaped(s, ss, se)) {
      cited = s.range(skipDeterminer(s, ss, se), se);
    }
    return new Found(content, ss, se, stance, cited, List.of(cue));
  }

  /** Personal titles: a name after one is a person's ("Mr. Okafor of Lagos Mutual" names Mr. Oobinson). */
  private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.");
  /** Second parts of hyphenated modifiers before a name ("Portland-based", "47-year-old"). */
  private static final Set<String> HYPHENATED_HEADS = Set.of("based", "owned", "backed", "run", "led", "old",
      "controlled", "born", "funded");

  /**
   * The name inside a speaker written with modifiers, [start, end): after a hyphenated modifier
   * ("Portland-based Riverside Savings", "the 52-year-old Mr. Hale") or a possessive ("Harbour Capital's
   * Mr. Hartley") that a proper name follows, and without the "of ..." after a titled name ("Mr. Okafor of
   * Lagos Mutual"). A common-noun head keeps its modifiers ("the company's chief executive").
   */
  static int[] nameWithin(TaggedSentence s, int ss, int se) {
    int from = ss;
    for (int i = ss; i < se - 1; i++) {
      String w = s.lower[i];
      int dash = w.lastIndexOf('-');
      boolean hyphenated = HYPHENATED_HEADS.contains(dash > 0 ? w.substring(dash + 1) : w)
          && (dash > 0 || i > ss && s.words[i - 1].equals("-"));
      if ((hyphenated || s.tags[i].equals("POS")) && properRunTo(s, i + 1, se)) {
        from = i + 1;
      }
    }
    int to = se;
    if (TITLES.contains(s.lower[from])) {
      for (int i = from + 1; i < se - 1; i++) {
        if (!s.isProper(i)) {
          if (s.lower[i].equals("of") && i > from + 1) {
            to = i;
          }
          break;
        }
      }
    }
    return new int[] {from, to};
  }

  /** Whether [a, b) is a name: proper nouns (a title, initials, "&" inside), the first one capitalised. */
  private static boolean properRunTo(TaggedSentence s, int a, int b) {
    if (a >= b || !s.isProper(a)) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!s.isProper(i) && !s.words[i].equals("&") && !s.words[i].equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isReportOf(TaggedSentence s, int ss, int se) {
    for (int i = ss; i < se; i++) {
      if (REPORT_NOUNS.contains(s.lower[i]) && (i + 1 >= se || s.tags[i + 1].equals("IN"))) {
        return properRun(s, ss, i) != null;
      }
    }
    return false;
  }

  private static Found withCited(Found f, String cited) {
    return new Found(f.content(), f.speakerStart(), f.speakerEnd(), f.stance(), cited, f.cues(), f.more());
  }

  /**
   * The capitalised name of [a, b) when it looks like a publication rather than a person: shaped
   * like a news outlet, a single word the article does not use as a person's name, or a name an
   * unnamed source is said to have told ("a senior official told the Lakeview Ledger"; sources talk
   * to reporters) unless it reads as a person's (no determiner, a surname the article uses).
   */
  private String organisation(TaggedSentence s, int a, int b, boolean toldBySource) {
    int x = skipDeterminer(s, a, b);
    if (x >= b || !allProper(s, x, b)) {
      return null;
    }
    if (isNewsShaped(s, x, b) || toldBySource && (x > a || !persons.isPersonWord(s.words[b - 1]))) {
      return s.range(x, b);
    }
    String name = s.range(x, b);
    if (b - x == 1 && !persons.isPersonWord(s.words[x]) && !s.tags[x].equals("PRP")) {
      return name;
    }
    return null;
  }

  /** Whether token i ends a speaker named after its verb: a comma, a dash, a bracket, a quote mark. */
  private static boolean endsName(TaggedSentence s, int i) {
    String w = s.words[i];
    return s.isPunct(i) && !w.equals("-") && !w.equals("&") && !w.equals(".");
  }

  /** Whether [a, b) is a source the text does not name: "a senior Defense official", "two people". */
  static boolean unnamedSource(TaggedSentence s, int a, int b) {
    return b > a + 1 && (s.tags[a].equals("DT") || s.tags[a].equals("CD")) && SOURCE_NOUNS.contains(s.lemmas[b - 1])
        && !s.isProper(b - 1);
  }

  private static boolean isNewsShaped(TaggedSentence s, int a, int b) {
    return NEWS_HEADS.contains(s.lower[b - 1]);
  }

  private static String properRun(TaggedSentence s, int a, int b) {
    int i = a;
    while (i < b && !s.isProper(i)) {
      i++;
    }
    int j = i;
    while (j < b && s.isProper(j)) {
      j++;
    }
    return j > i ? s.range(i, j) : null;
  }

  static boolean allProper(TaggedSentence s, int a, int b) {
    int x = skipDeterminer(s, a, b);
    if (x >= b) {
      return false;
    }
    for (int i = x; i < b; i++) {
      if (!s.isProper(i) && !Character.isUpperCase(s.words[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static int countProper(TaggedSentence s, int a) {
    int i = a;
    while (i < s.size() && s.isProper(i)) {
      i++;
    }
    return i - a;
  }

  static int skipDeterminer(TaggedSentence s, int a, int b) {
    return a < b && s.tags[a].equals("DT") ? a + 1 : a;
  }

  private static int contentEnd(TaggedSentence s, int a, int c) {
    int e = c;
    while (e > a && (s.isQuoteMark(e - 1) || s.words[e - 1].equals(","))) {
      e--;
    }
    return e;
  }

  private static boolean isSep(TaggedSentence s, int i) {
    return s.words[i].equals(",") || s.words[i].equals("--");
  }

  static int indexOf(TaggedSentence s, String w, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s.words[i].equals(w)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsWord(TaggedSentence s, int a, int b, String w) {
    for (int i = a; i < b; i++) {
      if (s.lower[i].equals(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasNoun(TaggedSentence s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s.isNoun(i)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasFiniteVerb(TaggedSentence s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s.isFiniteVerb(i)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasVerb(TaggedSentence s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s.isVerb(i)) {
        return true;
      }
    }
    return false;
  }
}
