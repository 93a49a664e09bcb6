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
 *       will hold a vote on the plan next week" -> "the council will hold a vote").
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
    Part report = report(s, b, f);
    if (report != null) {
      out.add(new Derived(report, true));
    }
    for (Part p : parts) {
      if (p.copulaAfter() < 0) {
        Part core = core(s, ClauseSplitter.flatten(p.ranges()));
        if (core != null) {
          out.add(new Derived(core, false));
        }
      }
    }
    for (Part p : NounPhraseRelations.of(s, b)) {
      out.add(new Derived(p, true));
    }
    return out;
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
    if (idx.length - rest < MIN_DROPPED) {
      return null;
    }
    String next = s.tags[idx[e]];
    if (!(next.equals("IN") || next.equals("TO") || next.equals("RB") || s.words[idx[e]].equals(","))
        || s.lower[idx[e]].equals("that") || s.lower[idx[e]].equals("than") || s.lower[idx[e]].equals("as")) {
      return null; // a complement clause or comparison after the object is part of what is said
    }
    if (next.equals("TO") || next.equals("IN") && e + 1 < idx.length && s.tags[idx[e + 1]].equals("VBG")) {
      // "allowed employees to dress", "attributed the rise to ...", "prevent a plant from pollinating": a
      // "to" phrase or a gerund after the object is often the verb's second argument, not an adjunct
      return null;
    }
    int[] core = ClauseSplitter.concat(ClauseSplitter.slice(idx, subj, v), ClauseSplitter.slice(idx, v, e));
    return contentWords(s, core) < MIN_CORE_WORDS ? null
        : ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(core), -1));
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
