package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Stance;

/**
 * Reports nested in a sentence that are not the sentence's own attribution, each with its own speaker:
 * <ul>
 *   <li>a relative clause whose verb reports: "the union cited a memo, in which the manager wrote that
 *       P" (P, spoken by "the manager"); "the group which has long said that P" (P, spoken by the group,
 *       or by the subject of "be" when the group is its complement: "Farmers are the group which said P"
 *       -> "Farmers"). The relative clause leaves the sentence's own content ("the union cited a memo").</li>
 *   <li>a possessive noun of saying after the verb: "the shoppers were angry about the owner's claim that
 *       P" (P, spoken by "the owner"); the sentence keeps its content and its own speaker.</li>
 * </ul>
 * The relative clause must end the content and follow its main verb, or be set off by a comma or a
 * preposition: "The officials who said the plan would fail were fired" is left alone (where P ends is
 * not known). Stateless and thread safe.
 */
final class NestedReports {
  /** Largest subject inside a relative clause ("in which the plant manager wrote"), in tokens. */
  static final int MAX_SUBJECT = 8;

  private NestedReports() {}

  /** The attribution f with nested reports added and relative reports cut out of its content. */
  static Attribution.Found apply(TaggedSentence s, Attribution.Found f) {
    List<int[]> content = new ArrayList<>();
    List<Attribution.Found> nested = new ArrayList<>(f.nested());
    boolean cut = false;
    for (int[] r : f.content()) {
      Relative rel = relative(s, r[0], r[1]);
      if (rel != null) {
        nested.add(rel.report());
        if (rel.cut() > r[0]) {
          content.add(new int[] {r[0], rel.cut()});
        }
        cut = true;
        continue;
      }
      content.add(r);
      Attribution.Found p = possessive(s, r[0], r[1], f);
      if (p != null) {
        nested.add(p);
      }
    }
    if (nested.size() == f.nested().size() || content.isEmpty()) {
      return f;
    }
    return new Attribution.Found(cut ? content : f.content(), f.speakerStart(), f.speakerEnd(), f.stance(),
        f.citedSource(), f.cues(), f.more(), nested);
  }

  /** A relative report: the report, and where the sentence's own content ends. */
  private record Relative(Attribution.Found report, int cut) {}

  private static Relative relative(TaggedSentence s, int a, int b) {
    for (int w = a + 2; w < b - 4; w++) {
      boolean wh = s.tags[w].startsWith("W") && !s.lower[w].equals("what") && !s.lower[w].equals("how")
          && !s.lower[w].equals("when") && !s.lower[w].equals("where") && !s.lower[w].equals("why")
          || s.lower[w].equals("that") && s.isNoun(w - 1);
      if (!wh) {
        continue;
      }
      boolean prep = s.tags[w - 1].equals("IN") && !s.lower[w - 1].equals("that")
          && (s.lower[w].equals("which") || s.lower[w].equals("whom"));
      int start = prep ? w - 1 : w;
      boolean comma = start > a && s.words[start - 1].equals(",");
      int subjStart = w + 1;
      int v = subjStart;
      while (v < b && v - subjStart <= MAX_SUBJECT && !s.isVerb(v) && !s.isPunct(v)) {
        v++;
      }
      if (v >= b || !s.isVerb(v) || prep != Attribution.hasNoun(s, subjStart, v)) {
        continue; // "in which" needs a subject of its own; "which" alone is the subject
      }
      int head = v;
      while (head < b && (s.tags[head].equals("MD") || s.tags[head].equals("RB")
          || s.isVerb(head) && (s.lemmas[head].equals("have") || s.lemmas[head].equals("do"))
          && head + 1 < b && (s.isVerb(head + 1) || s.tags[head + 1].equals("RB")))) {
        head++;
      }
      if (head >= b || !s.isVerb(head) || !Attribution.REPORTING.contains(s.lemmas[head])
          || Attribution.DECLINE.contains(s.lemmas[head]) || s.tags[head].equals("VBG")
          || s.tags[head].equals("VBN") && !s.lemmas[head - 1].equals("have")) {
        continue;
      }
      int c = head + 1;
      if (c < b && s.lower[c].equals("that")) {
        c++;
      }
      if (b - c < 3 || !Attribution.hasVerb(s, c, b) || s.tags[c].startsWith("W") || s.tags[c].equals("IN")
          || s.tags[c].equals("TO") || s.isPunct(c)) {
        continue;
      }
      int cut = start;
      if (comma) {
        cut = start - 1;
      } else if (prep && start - 2 > a && s.tags[start - 1].equals("CC") && s.words[start - 2].equals(",")) {
        cut = start - 2; // "..., and in which X said P"
      }
      if (!comma && !prep && !hasFiniteVerb(s, a, start)) {
        continue; // "The officials who said P were fired": where P ends is not known
      }
      int[] speaker = prep ? new int[] {subjStart, v} : antecedent(s, a, start);
      if (speaker == null) {
        continue;
      }
      Stance stance = Attribution.DENIAL.contains(s.lemmas[head]) ? Stance.DENIES : Stance.ASSERTS;
      int[] name = Attribution.nameWithin(s, speaker[0], speaker[1]);
      Attribution.Found report = new Attribution.Found(List.of(new int[] {c, b}), name[0], name[1], stance, null,
          List.of(s.lower[head]));
      return new Relative(report, cut);
    }
    return null;
  }

  /**
   * The speaker of a relative clause whose pronoun is its subject: the noun phrase before it ("the
   * group in the valley"), or the subject of "be" when that phrase is its complement ("Farmers are the
   * group ...").
   */
  private static int[] antecedent(TaggedSentence s, int a, int w) {
    int e = w;
    if (e > a && s.words[e - 1].equals(",")) {
      e--;
    }
    if (e <= a || !s.isNoun(e - 1)) {
      return null;
    }
    int st = s.chunkStart(e - 1);
    // "the group in the valley": the phrase and its prepositional attachments
    while (st - 2 >= a && s.tags[st - 1].equals("IN") && s.isNoun(st - 2)) {
      st = s.chunkStart(st - 2);
    }
    if (st > a && st - a <= MAX_SUBJECT && s.lemmas[st - 1].equals("be") && s.isFiniteVerb(st - 1)
        && Attribution.hasNoun(s, a, st - 1) && !Attribution.hasVerb(s, a, st - 1) && !hasComma(s, a, st - 1)) {
      return new int[] {a, st - 1};
    }
    return st < e ? new int[] {st, e} : null;
  }

  /** "were angry about the owner's recent claim that P": P, spoken by the owner, after the main verb. */
  private static Attribution.Found possessive(TaggedSentence s, int a, int b, Attribution.Found f) {
    for (int i = a + 3; i < b - 3; i++) {
      if (!Attribution.CLAIM_NOUNS.contains(s.lemmas[i]) || !s.lower[i + 1].equals("that")
          || !s.isNoun(i) || s.isVerb(i + 2)) {
        continue;
      }
      int pos = i - 1;
      while (pos > a + 1 && s.tags[pos].startsWith("JJ")) {
        pos--;
      }
      if (!s.tags[pos].equals("POS")) {
        continue;
      }
      int sp = s.chunkStart(pos - 1);
      if (sp <= a || !hasFiniteVerb(s, a, sp) || f.cues().contains(s.lower[i])) {
        continue; // as the subject, P runs into the main verb; possessiveClaim already took it
      }
      if (!Attribution.hasVerb(s, i + 2, b)) {
        continue;
      }
      int[] name = Attribution.nameWithin(s, sp, pos);
      Stance stance = Stance.ASSERTS;
      return new Attribution.Found(List.of(new int[] {i + 2, b}), name[0], name[1], stance, null,
          List.of(s.lower[i]));
    }
    return null;
  }

  private static boolean hasFiniteVerb(TaggedSentence s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s.isFiniteVerb(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasComma(TaggedSentence s, int a, int b) {
    return Attribution.indexOf(s, ",", a, b) >= 0;
  }
}
