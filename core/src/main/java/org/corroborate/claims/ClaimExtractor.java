package org.corroborate.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.claims.Attribution.Found;
import org.corroborate.claims.ClauseSplitter.Part;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.DropReason;
import org.corroborate.model.Dropped;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Token;

/**
 * Splits an article into atomic claims, each with its speaker, stance, hedges, numbers, dates and
 * offsets, and lists the sentences that are not claims with the reason. The stages: blocks
 * ({@link BlockClassifier}), sentences and tags ({@link Tagger}), non-claim sentences, attribution
 * ({@link Attribution}), splitting ({@link ClauseSplitter}), then one {@link Claim} per piece.
 *
 * <p>Not thread safe (it owns OpenNLP tools): use one instance per thread. The models behind it
 * ({@link NlpModels}) are shared.
 */
public final class ClaimExtractor {
  /** Sentences looked back over to resolve "any such concerns" in a denial. */
  static final int ANAPHORA_WINDOW = 3;
  /** Most tokens in a list item that takes its lead-in's subject and verb. */
  static final int MAX_ITEM_TOKENS = 12;

  private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "apparently", "purportedly",
      "reputedly", "possibly", "probably", "likely", "perhaps", "unclear", "rumored", "rumoured", "seemingly",
      "presumably", "supposedly", "considering", "may", "might", "could");
  private static final Set<String> HEDGE_PASSIVES = Set.of("said", "believed", "thought", "reported", "rumored",
      "expected", "understood", "alleged");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("no", "none", "nobody", "nothing", "neither");
  private static final Set<String> ANAPHORS = Set.of("such", "those", "these", "the same", "similar");

  private static final java.util.regex.Pattern SPACE_BEFORE_CLITIC =
      java.util.regex.Pattern.compile("\\s+([,.;:!?%)]|'s\\b|\u2019s\\b|n't\\b|n\u2019t\\b)");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final Tagger tagger;
  private final BlockClassifier blocks = new BlockClassifier();
  private final ClauseSplitter splitter = new ClauseSplitter();
  private final Quantities quantities = new Quantities();

  /** An extractor on the models shared by the whole JVM. */
  public ClaimExtractor() {
    this(NlpModels.shared());
  }

  public ClaimExtractor(NlpModels models) {
    this.tagger = new Tagger(models);
  }

  /** A claim before its id is known. */
  record Draft(int sentenceStart, String sentence, List<Span> spans, String text, List<Token> tokens,
      String speaker, String speakerName, Stance stance, String cited, List<String> cues, boolean hedged,
      boolean negated, boolean headline, boolean quote) {}

  /** What the lead-in of a bulleted list gives each of its short items. */
  private record LeadIn(TaggedSentence sentence, List<int[]> prefix, String speaker, String speakerName,
      Stance stance, String cited, List<String> cues) {}

  /** The article's claims: what the engine clusters and counts. */
  public ArticleClaims extract(Article article) {
    return run(article, null).claims();
  }

  /**
   * The article's claims and, beside them, its derived propositions ({@link DerivedPropositions}):
   * statements each entailed by a claim of the same sentence, for inspection and proposition-level
   * benchmarks. The engine does not use them (they add no evidence of their own).
   */
  public Propositions extractWithDerived(Article article) {
    return run(article, new ArrayList<>());
  }

  /** Runs the stage; collects derived propositions too when {@code derived} is a list (null: not). */
  private Propositions run(Article article, List<Draft> derived) {
    String text = article.text();
    Dates dates = new Dates(article.published());
    PersonNames persons = new PersonNames();
    Attribution attribution = new Attribution(persons);
    List<Draft> drafts = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    List<TaggedSentence> previous = new ArrayList<>();
    String quoteSpeaker = null;
    String quoteSpeakerName = null;
    LeadIn lead = null;
    for (Block block : blocks.classify(text, article.title())) {
      if (block.drop() != null) {
        dropped.add(new Dropped(article.id(), text.substring(block.start(), block.end()), block.start(), block.end(),
            block.drop()));
        lead = null;
        continue;
      }
      if (lead != null && block.listItem()) {
        TaggedSentence item = tagger.tag(text, block.start(), block.end());
        if (item.size() <= MAX_ITEM_TOKENS && !hasFiniteVerb(item)) {
          drafts.add(itemDraft(lead, item));
          continue;
        }
      }
      lead = null;
      int blockDrafts = drafts.size();
      List<int[]> sentences = tagger.sentences(text, block.start(), block.end());
      for (int si = 0; si < sentences.size(); si++) {
        int[] range = sentences.get(si);
        range[0] = afterDateline(text, range[0], range[1]);
        TaggedSentence s = tagger.tag(text, range[0], range[1]);
        persons.learn(s);
        if (s.size() == 0) {
          continue;
        }
        if (block.headline()) {
          drafts.add(draft(s, List.of(new int[] {0, s.size()}), -1, "", null, null, Stance.ASSERTS, null, List.of(),
              true, dates));
          previous.add(s);
          continue;
        }
        DropReason reason = dropReason(s);
        if (reason != null) {
          dropped.add(new Dropped(article.id(), s.sentence(), s.start, s.end, reason));
          continue;
        }
        int b = s.size();
        while (b > 0 && (s.words[b - 1].equals(".") || s.words[b - 1].equals("!") || s.isQuoteMark(b - 1))) {
          b--;
        }
        boolean leadIn = si == sentences.size() - 1 && b > 0 && s.words[b - 1].equals(":");
        Found f = attribution.find(s, 0, b);
        String speaker = f.hasSpeaker() ? s.range(f.speakerStart(), f.speakerEnd()) : null;
        String speakerName = persons.resolve(s, f.speakerStart(), f.speakerEnd());
        boolean pureQuote = s.isQuoteMark(0) && !f.hasSpeaker();
        if (pureQuote && quoteSpeaker != null) {
          speaker = quoteSpeaker;
          speakerName = quoteSpeakerName;
        }
        if (speakerName != null) {
          persons.mentioned(speakerName);
        } else {
          mentionSubject(s, persons);
        }
        boolean hasQuote = containsQuote(s);
        quoteSpeaker = hasQuote && speaker != null ? speaker : pureQuote ? quoteSpeaker : null;
        quoteSpeakerName = quoteSpeaker == null ? null : speakerName;
        if (leadIn) {
          List<int[]> content = new ArrayList<>(f.content());
          int[] last = content.get(content.size() - 1);
          int[] idx = ClauseSplitter.flatten(content);
          int cut = idx.length;
          while (cut > 0 && s.words[idx[cut - 1]].equals(":")) {
            cut--;
          }
          int[] prefix = ClauseSplitter.leadIn(s, ClauseSplitter.slice(idx, 0, cut));
          if (prefix.length > 0 && last[1] > last[0]) {
            lead = new LeadIn(s, ClauseSplitter.toRanges(prefix), speaker, speakerName, f.stance(), f.citedSource(),
                f.cues());
          }
        }
        List<Part> parts = new ArrayList<>();
        List<Found> reporters = new ArrayList<>();
        for (List<int[]> proposition : f.propositions()) {
          List<Part> split = f.stance() == Stance.DECLINES ? List.of(new Part(proposition, -1))
              : splitter.split(s, proposition);
          for (Part p : split) {
            Found inner = split.size() > 1 ? innerReport(attribution, s, p) : null;
            if (inner == null) {
              inner = participleReport(s, p);
            }
            if (inner == null) {
              parts.add(p);
              reporters.add(split.size() > 1 && f.hasSpeaker() && bareResponse(s, p) ? NO_SPEAKER : f);
              continue;
            }
            for (List<int[]> q : inner.propositions()) {
              for (Part p2 : splitter.split(s, q)) {
                parts.add(p2);
                reporters.add(inner);
              }
            }
          }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int pi = 0; pi < parts.size(); pi++) {
          Part p = parts.get(pi);
          Found g = reporters.get(pi);
          String pSpeaker = g == f ? speaker : g.hasSpeaker() ? s.range(g.speakerStart(), g.speakerEnd()) : null;
          String pSpeakerName = g == f ? speakerName : persons.resolve(pSpeaker);
          Draft d = draft(s, p.ranges(), p.copulaAfter(), p.copula(), pSpeaker, pSpeakerName, g.stance(), g.citedSource(),
              withAlternative(g.cues(), p.alternative()), false, dates);
          if (g.stance() == Stance.DENIES) {
            d = resolveAnaphora(d, s, p, previous, dates);
          }
          if (seen.add(d.text())) {
            drafts.add(d);
          }
        }
        for (Found n : f.nested()) { // "a memo, in which the manager wrote that P": P, by its own speaker
          String nSpeaker = s.range(n.speakerStart(), n.speakerEnd());
          String nSpeakerName = persons.resolve(s, n.speakerStart(), n.speakerEnd());
          for (Part p : splitter.split(s, n.content())) {
            Draft d = draft(s, p.ranges(), p.copulaAfter(), p.copula(), nSpeaker, nSpeakerName, n.stance(),
                n.citedSource(), n.cues(), false, dates);
            if (seen.add(d.text())) {
              drafts.add(d);
            }
          }
        }
        if (derived != null) {
          derive(s, b, f, parts, speaker, speakerName, persons, derived, dates);
        }
        if (f.hasSpeaker()) { // "X, the agency's chief economist, said": the article's own statement about X
          for (Part p : splitter.speakerFacts(s, f.speakerStart(), f.speakerEnd())) {
            Draft d = draft(s, p.ranges(), p.copulaAfter(), p.copula(), null, null, Stance.ASSERTS, null, List.of(),
                false, dates);
            if (seen.add(d.text())) {
              drafts.add(d);
            }
          }
        }
        previous.add(s);
        if (previous.size() > ANAPHORA_WINDOW) {
          previous.remove(0);
        }
      }
      Quotations.attribute(drafts, blockDrafts, text, block.start(), block.end());
    }
    ArticleClaims claims = new ArticleClaims(article, number(article, drafts, "#", dates), sorted(dropped));
    return new Propositions(claims, derived == null ? List.of() : number(article, derived, "#d", dates));
  }

  /** The reporter of a part the outlet states itself ("..., but the council disagreed"). */
  private static final Found NO_SPEAKER = new Found(List.of(), 0, 0, Stance.ASSERTS, null, List.of());

  /** Whether a split part is a response without words ("the judge agreed"): no one's report. */
  private static boolean bareResponse(TaggedSentence s, Part p) {
    int[] idx = ClauseSplitter.flatten(p.ranges());
    return p.copulaAfter() < 0 && idx.length > 1 && idx[idx.length - 1] - idx[0] + 1 == idx.length
        && Attribution.bareResponse(s, idx[0], idx[idx.length - 1] + 1);
  }

  /**
   * The attribution inside one proposition of a split sentence: "The mayor said the bridge will reopen,
   * but engineers said repairs could take longer" gives "engineers said repairs could take longer", whose
   * own speaker is "engineers" and whose claim is "repairs could take longer". Null when the proposition
   * is not one contiguous run of tokens or reports no one's words; a refusal to comment ("..., but the company
   * declined to comment") is its subject's, with stance declines.
   */
  private static Found innerReport(Attribution attribution, TaggedSentence s, Part p) {
    if (p.copulaAfter() >= 0) {
      return null;
    }
    int[] idx = ClauseSplitter.flatten(p.ranges());
    if (idx.length < 4 || idx[idx.length - 1] - idx[0] + 1 != idx.length) {
      return null;
    }
    Found g = attribution.find(s, idx[0], idx[idx.length - 1] + 1);
    if (!g.hasSpeaker() || FIRST_PERSON.contains(s.lower[g.speakerStart()])) {
      return null; // "“I think prices will fall,” she says": the outer speaker's words, "I think" a hedge of them
    }
    int[] c = ClauseSplitter.flatten(g.content());
    return c.length == 0 || s.tags[c[0]].startsWith("W") ? null : g; // "would show visitors where to park": no proposition
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** Reporting verbs whose participle after a clause reports its subject's words (", adding that Q"). */
  private static final Set<String> PARTICIPLE_REPORTS = Set.of("say", "add", "note", "warn", "argue", "claim",
      "insist", "explain", "stress", "predict", "acknowledge", "contend", "caution", "emphasize");

  /**
   * The report in a participle clause made finite ("The union rejected the offer, saying (that) the raise
   * was too small" -> "The union said ..."): Q, with the clause's subject as its speaker. Null when the part
   * is no such participle, its verb is modal ("could sue, arguing P"), its subject is not one run of tokens,
   * or no clause of its own follows.
   */
  static Found participleReport(TaggedSentence s, Part p) {
    int c = p.copulaAfter();
    if (c < 0 || c + 1 >= p.ranges().size() || MODAL_WORDS.contains(p.copula().split(" ")[0].toLowerCase(Locale.ROOT))) {
      return null; // "could take them to court, arguing P": a report that may be made is none yet
    }
    int[] subject = ClauseSplitter.flatten(p.ranges().subList(0, c + 1));
    int[] rest = ClauseSplitter.flatten(p.ranges().subList(c + 1, p.ranges().size()));
    if (subject.length == 0 || rest.length < 3 || subject[subject.length - 1] - subject[0] + 1 != subject.length) {
      return null;
    }
    int v = s.tags[rest[0]].equals("VBG") ? rest[0] : rest[0] - 1;
    int k = v == rest[0] ? 1 : 0;
    if (v < 0 || !s.tags[v].equals("VBG") || !PARTICIPLE_REPORTS.contains(s.lemmas[v])) {
      return null;
    }
    if (k < rest.length && s.lower[rest[k]].equals("that")) {
      k++;
    }
    if (k >= rest.length - 1 || !ClauseSplitter.startsClause(s, rest, k)) {
      return null;
    }
    List<int[]> content = ClauseSplitter.toRanges(ClauseSplitter.slice(rest, k, rest.length));
    return new Found(content, subject[0], subject[subject.length - 1] + 1, Stance.ASSERTS, null,
        List.of(s.lower[v]));
  }


  /**
   * The derived propositions of one sentence, those already among its claims left out, and what each
   * accusation says the accused did, with the accuser as its speaker ({@link Accusations}).
   */
  private void derive(TaggedSentence s, int b, Found f, List<Part> parts, String speaker, String speakerName,
      PersonNames persons, List<Draft> out, Dates dates) {
    Set<String> seen = new java.util.HashSet<>();
    for (Part p : parts) {
      seen.add(DerivedPropositions.key(s, p.ranges()));
    }
    for (DerivedPropositions.Derived d : DerivedPropositions.of(s, b, f, parts)) {
      Part p = d.part();
      if (seen.add(DerivedPropositions.key(s, p.ranges()))) {
        out.add(d.own() // the outlet's own statement: that X said P, what a noun phrase says
            ? draft(s, p.ranges(), p.copulaAfter(), p.copula(), null, null, Stance.ASSERTS, null, List.of(), false, dates)
            : draft(s, p.ranges(), p.copulaAfter(), p.copula(), speaker, speakerName, f.stance(), f.citedSource(),
                f.cues(), false, dates));
      }
    }
    for (Part p : parts) {
      int[] idx = ClauseSplitter.flatten(p.ranges());
      if (p.copulaAfter() >= 0 || idx.length == 0 || idx[idx.length - 1] - idx[0] + 1 != idx.length) {
        continue;
      }
      for (Accusations.Accused a : Accusations.of(s, idx)) {
        Part c = a.part();
        String accuser = s.range(a.speakerStart(), a.speakerEnd());
        if (seen.add(DerivedPropositions.key(s, c.ranges()))) { // the accuser's words, never the outlet's
          out.add(draft(s, c.ranges(), c.copulaAfter(), c.copula(), accuser, persons.resolve(accuser), Stance.ASSERTS,
              null, List.of(s.lower[a.verb()]), false, dates));
        }
      }
    }
  }

  private static List<Dropped> sorted(List<Dropped> dropped) {
    List<Dropped> out = new ArrayList<>(dropped);
    out.sort(Comparator.comparingInt(Dropped::start));
    return out;
  }

  private List<Claim> number(Article article, List<Draft> drafts, String idMark, Dates dates) {
    List<Draft> order = new ArrayList<>(drafts);
    order.sort(Comparator.comparingInt(Draft::sentenceStart));
    List<Claim> claims = new ArrayList<>(order.size());
    for (Draft d : order) {
      String id = article.id() + idMark + (claims.size() + 1);
      int start = d.spans().get(0).start();
      int end = 0;
      for (Span sp : d.spans()) {
        start = Math.min(start, sp.start());
        end = Math.max(end, sp.end());
      }
      claims.add(new Claim(id, article.id(), article.source(), d.text(), d.sentence(), d.sentenceStart(), start, end,
          d.spans(), d.speaker(), d.speakerName(), d.stance(), d.hedged(), d.negated(), d.headline(), d.cues(),
          quantities.find(d.text()), dates.find(d.text()), d.cited(), d.quote(),
          d.tokens()));
    }
    return claims;
  }

  /** Why a sentence is not a claim, or null when it is one. */
  private static DropReason dropReason(TaggedSentence s) {
    int n = s.size();
    int last = n - 1;
    while (last > 0 && s.isQuoteMark(last)) {
      last--;
    }
    if (s.words[last].equals("?")) {
      return DropReason.QUESTION;
    }
    boolean inQuote = false;
    boolean verb = false;
    for (int i = 0; i < n; i++) {
      if (s.isQuoteMark(i)) {
        inQuote = !inQuote;
        continue;
      }
      verb |= s.isVerb(i);
      if (!inQuote && s.tags[i].startsWith("PRP") && (s.words[i].equals("I") || s.lower[i].equals("my")
          || s.lower[i].equals("me"))) {
        return DropReason.OPINION;
      }
    }
    int first = 0;
    while (first < n && (s.isQuoteMark(first) || s.isPunct(first))) {
      first++;
    }
    if (first < n && s.tags[first].equals("VB") && Character.isUpperCase(s.words[first].charAt(0))
        && !s.lower[first].equals("be")) {
      return DropReason.OPINION; // an imperative
    }
    if (!verb) {
      return n <= 6 ? DropReason.FURNITURE : DropReason.OTHER;
    }
    return null;
  }

  private static boolean hasFiniteVerb(TaggedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.isFiniteVerb(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsQuote(TaggedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.isQuoteMark(i) && !s.words[i].equals("'")) {
        return true;
      }
    }
    return false;
  }

  /** Remembers a person named in the sentence's subject, for a following "he" or "she". */
  private static void mentionSubject(TaggedSentence s, PersonNames persons) {
    for (int i = 0; i < s.size() && !s.isVerb(i); i++) {
      if (s.isProper(i) && (i + 1 >= s.size() || !s.isProper(i + 1))) {
        String name = persons.resolve(s.words[i]);
        if (name != null) {
          persons.mentioned(name);
        }
      }
    }
  }

  private Draft itemDraft(LeadIn lead, TaggedSentence item) {
    List<Span> spans = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int[] r : lead.prefix()) {
      add(lead.sentence(), r, spans, tokens, text);
    }
    int e = item.size();
    while (e > 0 && item.isPunct(e - 1)) {
      e--;
    }
    add(item, new int[] {0, Math.max(1, e)}, spans, tokens, text);
    String t = clean(text.toString());
    Cues c = cues(tokens, lead.cues());
    return new Draft(item.start, item.sentence(), spans, t, tokens, lead.speaker(), lead.speakerName(), lead.stance(),
        lead.cited(), c.cues, c.hedged, c.negated, false, false);
  }

  private Draft draft(TaggedSentence s, List<int[]> ranges, int copulaAfter, String copula, String speaker, String speakerName,
      Stance stance, String cited, List<String> attributionCues, boolean headline, Dates dates) {
    List<Span> spans = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int quoted = 0;
    int all = 0;
    boolean inQuote = false;
    int qi = 0;
    for (int i = 0; i < ranges.size(); i++) {
      int[] r = ranges.get(i);
      for (; qi < r[1]; qi++) {
        if (s.isQuoteMark(qi) && !s.words[qi].equals("'")) {
          inQuote = !inQuote;
        } else if (qi >= r[0]) {
          all++;
          if (inQuote) {
            quoted++;
          }
        }
      }
      add(s, r, spans, tokens, text);
      if (i == copulaAfter) {
        text.append(' ').append(copula);
        tokens.addAll(insertedVerb(copula, r[1] > r[0] ? s.ends[r[1] - 1] : s.start));
      }
    }
    spans.sort(null); // a relation may state its pieces out of order ("the loophole is gaping")
    Cues c = cues(tokens, attributionCues);
    boolean quote = all > 0 && quoted * 2 >= all;
    return new Draft(s.start, s.sentence(), spans, clean(text.toString()), tokens, speaker, speakerName, stance, cited,
        c.cues, c.hedged, c.negated, headline, quote);
  }

  private static final Set<String> MODAL_WORDS = Set.of("will", "would", "can", "could", "may", "might", "shall",
      "should", "must");

  /**
   * Tokens for the verb words a claim inserts ("is" in "the law is a Korean War-era act", "killed" for a
   * participle made finite), so the stages after see the claim's verb as they see a written one. They
   * have no extent in the article: each is an empty span where it is inserted.
   */
  static List<Token> insertedVerb(String words, int at) {
    List<Token> out = new ArrayList<>();
    for (String w : words.trim().split(" +")) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      String tag = switch (lower) {
        case "is", "has", "does" -> "VBZ";
        case "are", "have", "do", "am" -> "VBP";
        case "was", "were", "had", "did" -> "VBD";
        case "be" -> "VB";
        default -> MODAL_WORDS.contains(lower) ? "MD"
            : out.isEmpty() ? (lower.endsWith("ed") ? "VBD" : lower.endsWith("s") ? "VBZ" : "VBD") : "VB";
      };
      out.add(new Token(w, at, at, tag, Lemmatizer.compute(lower, tag)));
    }
    return out;
  }

  private static void add(TaggedSentence s, int[] r, List<Span> spans, List<Token> tokens, StringBuilder text) {
    if (r[1] <= r[0]) {
      return;
    }
    int a = s.starts[r[0]];
    int b = s.ends[r[1] - 1];
    spans.add(new Span(a, b));
    if (text.length() > 0) {
      text.append(' ');
      String full = cliticVerb(s, r[0]);
      if (full != null) { // "it's risky" with the topic for "it": "the plan is risky", not "the plan's risky"
        text.append(full);
        a = s.ends[r[0]];
      }
    }
    text.append(s.text, a, b);
    for (int i = r[0]; i < r[1]; i++) {
      tokens.add(new Token(s.words[i], s.starts[i], s.ends[i], s.tags[i], s.lemmas[i]));
    }
  }

  /**
   * The written-out form of a clitic verb ("'s", "'re") at token i, for a span that starts with it after
   * another span's words (it would otherwise read as a possessive of them); null for any other token.
   */
  static String cliticVerb(TaggedSentence s, int i) {
    String w = s.lower[i].replace('\u2019', '\'');
    if (!s.isVerb(i) || !w.startsWith("'")) {
      return null;
    }
    boolean perfect = i + 1 < s.size() && s.tags[i + 1].equals("VBN");
    return switch (w) {
      case "'s" -> perfect ? "has" : "is";
      case "'re" -> "are";
      case "'ve" -> "have";
      case "'ll" -> "will";
      case "'m" -> "am";
      default -> null;
    };
  }

  /** A parenthesis a split left open ("the Defense Production Act (DPA") is closed at the end. */
  static String closeParenthesis(String x) {
    int depth = 0;
    int lastOpen = -1;
    for (int i = 0; i < x.length(); i++) {
      char ch = x.charAt(i);
      if (ch == '(') {
        if (depth == 0) {
          lastOpen = i;
        }
        depth++;
      } else if (ch == ')' && depth > 0) {
        depth--;
      }
    }
    return depth == 1 && lastOpen >= 0 ? x + ")" : x;
  }

  /**
   * {@code SPACE_BEFORE_CLITIC.matcher(t).replaceAll("$1")}, run only where the regex can match: its
   * {@code \s+} is directly followed by its group, so a match has a char of {@code [ \t\n\x0B\f\r]}
   * directly followed by an alternative of the group: a char of {@code ,.;:!?%)}, or {@code 's},
   * {@code \u2019s}, {@code n't} or {@code n\u2019t} (whose {@code \b}s are left to the regex). A profile
   * of the claims stage had the two regexes of {@link #clean} at 6 of 422 samples.
   */
  static String withoutSpaceBeforeClitics(String t) {
    return mayHaveSpaceBeforeClitic(t) ? SPACE_BEFORE_CLITIC.matcher(t).replaceAll("$1") : t;
  }

  private static boolean mayHaveSpaceBeforeClitic(String t) {
    int n = t.length();
    for (int i = 0; i + 1 < n; i++) {
      if (!WhitespaceRuns.isSpace(t.charAt(i))) {
        continue;
      }
      char c = t.charAt(i + 1);
      if (",.;:!?%)".indexOf(c) >= 0
          || (c == '\'' || c == '\u2019') && i + 2 < n && t.charAt(i + 2) == 's'
          || c == 'n' && i + 3 < n && (t.charAt(i + 2) == '\'' || t.charAt(i + 2) == '\u2019')
              && t.charAt(i + 3) == 't') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code SPACES.matcher(t).replaceAll(" ")}, run only where it can change the text: each run of
   * {@code \s} becomes one space, which leaves a run that is one space already as it is; so a text
   * without two spaces in a row and without a {@code \s} other than the space is left as it is.
   */
  static String spacesCollapsed(String t) {
    return t.indexOf("  ") >= 0 || hasSpaceOtherThanBlank(t)
        ? SPACES.matcher(t).replaceAll(" ") : t;
  }

  private static boolean hasSpaceOtherThanBlank(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != ' ' && WhitespaceRuns.isSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /** Claim text from pieces: no space before closing punctuation, no unbalanced quote marks. */
  static String clean(String t) {
    String x = spacesCollapsed(withoutSpaceBeforeClitics(t)).strip();
    int open = 0;
    int close = 0;
    for (int i = 0; i < x.length(); i++) {
      char ch = x.charAt(i);
      if (ch == '\u201c') {
        open++;
      } else if (ch == '\u201d') {
        close++;
      }
    }
    if (open != close) {
      x = x.replace("\u201c", "").replace("\u201d", "").strip();
    }
    x = pairStraightQuotes(x);
    if (x.endsWith(",\u201d") || x.endsWith(",\"")) { // 'a "supply chain risk,"' at the claim's end
      x = x.substring(0, x.length() - 2) + x.charAt(x.length() - 1);
    }
    x = closeParenthesis(x);
    return x.isEmpty() ? t.strip() : x;
  }

  /**
   * Straight quotation marks taken in pairs: no space inside a pair ('a "risk "' from pieces joined
   * with spaces reads 'a "risk"'); an unpaired one is dropped with the others.
   */
  private static String pairStraightQuotes(String x) {
    if (x.indexOf('"') < 0) {
      return x;
    }
    if (x.chars().filter(c -> c == '"').count() % 2 == 1) {
      return SPACES.matcher(x.replace("\"", "")).replaceAll(" ").strip();
    }
    StringBuilder b = new StringBuilder(x.length());
    boolean open = false;
    for (int i = 0; i < x.length(); i++) {
      char ch = x.charAt(i);
      if (ch == '"') {
        if (open && b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
          b.setLength(b.length() - 1);
        }
        b.append(ch);
        if (!open) {
          while (i + 1 < x.length() && x.charAt(i + 1) == ' ') {
            i++;
          }
        }
        open = !open;
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * Conjunctions that open a condition or a circumstance: a negation inside such a clause ("...
   * if Anthropic does not lift its restrictions") does not negate the claim's proposition. The
   * clause is taken to run to the next comma or semicolon, or to the end.
   */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "because", "although", "though", "whether",
      "since", "while", "when", "until", "before", "after");

  private record Cues(List<String> cues, boolean hedged, boolean negated) {}

  /** The attribution's cues, with the alternative's cue ("either ... or") when a split part has one. */
  private static List<String> withAlternative(List<String> cues, String alternative) {
    if (alternative == null) {
      return cues;
    }
    List<String> out = new ArrayList<>(cues);
    out.add(alternative);
    return out;
  }

  private static Cues cues(List<Token> tokens, List<String> attributionCues) {
    List<String> cues = new ArrayList<>(attributionCues);
    boolean hedged = false;
    boolean negated = false;
    boolean seenVerb = false;
    boolean subordinate = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (t.pos().equals("IN") && CONDITIONS.contains(w)) {
        subordinate = true;
      } else if (t.text().equals(",") || t.text().equals(";")) {
        subordinate = false;
      }
      boolean month = w.equals("may") && i > 0 && t.text().equals("May"); // "in May", not the modal
      if (HEDGES.contains(w) && !month && (!t.pos().equals("MD") || w.equals("may") || w.equals("might")
          || w.equals("could") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("have"))) {
        hedged = true;
        cues.add(w.equals("could") ? "could have" : w);
      } else if (t.pos().equals("VBN") && HEDGE_PASSIVES.contains(w) && i > 0 && tokens.get(i - 1).lemma().equals("be")
          && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("to")) {
        hedged = true;
        cues.add(tokens.get(i - 1).text() + " " + w + " to");
      } else if (NEGATIONS.contains(w) && !subordinate) {
        negated = true;
        cues.add(w);
      } else if (!seenVerb && NEGATIVE_SUBJECTS.contains(w)) {
        negated = true;
        cues.add(w);
      }
      seenVerb |= t.pos().startsWith("VB");
      if (w.equals("sources") && i + 1 < tokens.size() && (tokens.get(i + 1).lemma().equals("say") || tokens.get(i + 1).lemma().equals("tell"))) {
        hedged = true;
        cues.add("sources say");
      }
    }
    for (String c : attributionCues) {
      if (c.equals("sources") || c.equals("either ... or")) {
        hedged = true; // unnamed sources; one of the alternatives of "either ... or"
      }
    }
    return new Cues(cues.stream().distinct().toList(), hedged, negated);
  }

  /**
   * In a denial, replaces "any such concerns" with the concerns a recent sentence states in full,
   * so that the denied proposition stands on its own.
   */
  private Draft resolveAnaphora(Draft d, TaggedSentence s, Part p, List<TaggedSentence> previous, Dates dates) {
    int[] idx = ClauseSplitter.flatten(p.ranges());
    for (int k = 0; k < idx.length; k++) {
      int t = idx[k];
      if (!ANAPHORS.contains(s.lower[t])) {
        continue;
      }
      int noun = -1;
      for (int j = k + 1; j < idx.length && j <= k + 3; j++) {
        if (s.tags[idx[j]].startsWith("NN")) {
          noun = j;
        } else if (noun >= 0) {
          break;
        }
      }
      if (noun < 0) {
        continue;
      }
      String lemma = s.lemmas[idx[noun]];
      for (int pi = previous.size() - 1; pi >= 0; pi--) {
        TaggedSentence ps = previous.get(pi);
        for (int i = 0; i < ps.size(); i++) {
          if (!ps.tags[i].startsWith("NN") || !ps.lemmas[i].equals(lemma)) {
            continue;
          }
          int a = i;
          while (a > 0 && ps.inChunk(a - 1, "NP") && !ps.chunks[a].startsWith("B-")
              && (ps.tags[a - 1].startsWith("JJ") || ps.tags[a - 1].startsWith("NN"))) {
            a--;
          }
          int e = ps.chunkEnd(i);
          while (e + 1 < ps.size() && (ps.chunkStarts(e, "PP") || ps.lower[e].equals("of")) && ps.inChunk(e + 1, "NP")) {
            e = ps.chunkEnd(e + 1);
          }
          if (e - a < 2) {
            continue;
          }
          int from = k;
          if (from > 0 && s.tags[idx[from - 1]].equals("DT")) {
            from--; // "any such concerns"
          }
          return replaced(d, s, p, idx, from, noun + 1, ps, a, e);
        }
      }
    }
    return d;
  }

  private Draft replaced(Draft d, TaggedSentence s, Part p, int[] idx, int from, int to, TaggedSentence ps, int a,
      int e) {
    List<Span> spans = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int[] r : ClauseSplitter.toRanges(ClauseSplitter.slice(idx, 0, from))) {
      add(s, r, spans, tokens, text);
    }
    add(ps, new int[] {a, e}, spans, tokens, text);
    for (int[] r : ClauseSplitter.toRanges(ClauseSplitter.slice(idx, to, idx.length))) {
      add(s, r, spans, tokens, text);
    }
    spans.sort(null);
    List<String> cues = new ArrayList<>(d.cues());
    return new Draft(d.sentenceStart(), d.sentence(), spans, clean(text.toString()), tokens, d.speaker(),
        d.speakerName(), d.stance(), d.cited(), cues, d.hedged(), d.negated(), false, d.quote());
  }

  /**
   * A wire dateline that opens a sentence ("HOLLIS (AP) \u2014 ", "LONDON, Feb 24 (Reuters) - "): where and
   * through whom the story was filed, not part of what it states. A place in capitals, an optional date,
   * a parenthesised credit and a dash.
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "\\p{Lu}{2,}[\\p{Lu} .'\u2019-]*(?:,[\\p{L}\\p{N} .]{1,30})?\\s*\\(\\s*\\p{L}[\\p{L} .&'-]{0,40}\\)\\s*[\u2014\u2013-]{1,2}\\s*");

  /** Where a sentence's own words start: after a wire dateline that opens it, if any. */
  static int afterDateline(String text, int start, int end) {
    java.util.regex.Matcher m = DATELINE.matcher(text).region(start, end);
    return m.lookingAt() && m.end() < end ? m.end() : start;
  }
}
