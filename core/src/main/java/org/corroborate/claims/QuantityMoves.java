package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.claims.ClauseSplitter.Part;

/**
 * Each figure of a movement a clause states with several: "Sales rose 5% to $10 million from $9.5
 * million" -> "Sales rose 5%", "Sales rose to $10 million", "Sales rose from $9.5 million"; "The shares
 * closed at $12, up 40 cents" -> "The shares closed at $12", "The shares closed up 40 cents". Each figure
 * is a fact of its own (a report may give only the new level, another only the change), and each is
 * entailed by the clause.
 *
 * <p>A figure is a quantity (a number, money, a percentage, with its unit: "$4.25 an hour", "11 points")
 * right after the verb group, or after "to", "from", "at", "up" or "down". The figures must follow one
 * another (a comma between them at most), with no comma or second verb between the verb and the first.
 * What precedes the first figure stays in every variant (the subject, the verb, "a cut in the budget");
 * an adjunct that follows the last one without a comma stays too ("... at midnight"), a phrase a comma
 * appends does not. A bare number followed by "to" ("outnumbered them 551 to 349", "2 to 4 points
 * higher") is a score or a range, not two figures: the clause gives no variants. Stateless and thread
 * safe.
 */
final class QuantityMoves {
  /** Words that introduce a figure. */
  private static final Set<String> MARKERS = Set.of("to", "from", "at", "up", "down");
  /** Words before a number that qualify it ("about $5", "the current $3.35", "as much as"). */
  private static final Set<String> QUALIFIERS = Set.of("about", "nearly", "almost", "around", "roughly", "some",
      "over", "under", "more", "less", "than", "as", "much", "many", "just", "only", "the", "a", "an", "current",
      "previous", "record", "estimated");
  /** Fewest figures a clause must state for its variants to say something the clause does not. */
  static final int MIN_FIGURES = 2;

  private QuantityMoves() {}

  /**
   * The variants of the clause at positions idx, one per figure; empty when it states fewer than two,
   * or when its figures are among the tokens in {@code stated} (another part of the sentence, split at a
   * coordination in its subject, gave them already: "sales of bikes and kayaks rose 8% to ..."). The
   * first figure's variant is left out when the clause ends with its figures (and a kept adjunct): the
   * clause itself then states the first figure with the others beside it, and one more variant would
   * repeat it. Adds the first figure's first token to {@code stated}.
   */
  static List<Part> of(TaggedSentence s, int[] idx, Set<Integer> stated) {
    if (idx.length < 4 || s.tags[idx[0]].startsWith("W")
        || s.tags[idx[0]].equals("IN") && ClauseSplitter.startsClause(s, idx, 1)) {
      return List.of(); // "If sales rise 5% to ...", "When ...": a subordinate clause, not what is asserted
    }
    int v = -1;
    for (int i = 1; i < idx.length; i++) {
      if (s.isVerb(idx[i]) && s.inChunk(idx[i], "VP")) {
        v = i;
        break;
      }
      if (s.tags[idx[i]].startsWith("W") || s.lower[idx[i]].equals("that") && !s.tags[idx[i]].equals("DT")) {
        return List.of(); // a clause inside the subject: the first verb is not the main one
      }
    }
    if (v < 0) {
      return List.of();
    }
    int g = v;
    while (g < idx.length && (s.isVerb(idx[g]) || s.tags[idx[g]].startsWith("RB") && !MARKERS.contains(s.lower[idx[g]])
        || s.tags[idx[g]].equals("TO") && g + 1 < idx.length && s.tags[idx[g + 1]].equals("VB"))) {
      g++;
    }
    List<int[]> figures = new ArrayList<>();
    int k = g;
    while (k < idx.length && figures.isEmpty()) {
      int e = figureEnd(s, idx, k, k == g);
      if (e > k) {
        figures.add(new int[] {k, e});
        break;
      }
      if (s.words[idx[k]].equals(",") || s.isFiniteVerb(idx[k]) || s.isQuoteMark(idx[k])) {
        return List.of(); // the first figure must sit in the verb's own stretch of the clause
      }
      k++;
    }
    if (figures.isEmpty()) {
      return List.of();
    }
    int end = figures.get(0)[1];
    while (end < idx.length) {
      int next = s.words[idx[end]].equals(",") ? end + 1 : end;
      int e = next < idx.length ? figureEnd(s, idx, next, false) : -1;
      if (e <= next) {
        break;
      }
      figures.add(new int[] {next, e});
      end = e;
    }
    if (figures.size() < MIN_FIGURES) {
      return List.of();
    }
    for (int f = 0; f + 1 < figures.size(); f++) {
      int[] a = figures.get(f);
      if (s.lower[idx[figures.get(f + 1)[0]]].equals("to") && a[1] == figures.get(f + 1)[0] && unitless(s, idx, a)) {
        return List.of(); // "551 to 349", "2 to 4 points higher": a score or a range
      }
    }
    if (!stated.add(idx[figures.get(0)[0]])) {
      return List.of();
    }
    int[] head = ClauseSplitter.slice(idx, frontedEnd(s, idx, v), figures.get(0)[0]);
    int[] suffix = keptSuffix(s, idx, end);
    if (end + suffix.length == idx.length) {
      figures.remove(0);
    }
    List<Part> out = new ArrayList<>();
    for (int[] f : figures) {
      int[] variant = ClauseSplitter.concat(ClauseSplitter.concat(head, ClauseSplitter.slice(idx, f[0], f[1])), suffix);
      Part p = ClauseSplitter.trim(s, new Part(ClauseSplitter.toRanges(variant), -1));
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * End of the figure starting at position k (a marker then a quantity, or a bare quantity when
   * {@code bare}), or -1 when none starts there.
   */
  private static int figureEnd(TaggedSentence s, int[] idx, int k, boolean bare) {
    int q = k;
    String w = s.lower[idx[k]];
    if (MARKERS.contains(w) && (s.tags[idx[k]].equals("TO") || s.tags[idx[k]].equals("IN") || s.tags[idx[k]].equals("RP")
        || s.tags[idx[k]].startsWith("RB"))) {
      q = k + 1;
      if ((w.equals("up") || w.equals("down")) && q < idx.length && (s.lower[idx[q]].equals("to") || s.lower[idx[q]].equals("from"))) {
        q++; // "up from 8%"
      }
    } else if (!bare) {
      return -1;
    }
    int n = q;
    while (n < idx.length && n - q < 3 && QUALIFIERS.contains(s.lower[idx[n]])) {
      n++;
    }
    if (n >= idx.length || !number(s, idx[n])) {
      return -1;
    }
    int e = n;
    while (e < idx.length) {
      int t = idx[e];
      String tag = s.tags[t];
      if (s.words[t].equals("(") || s.words[t].equals("-LRB-")) {
        int c = e + 1;
        while (c < idx.length && c - e < 10 && !(s.words[idx[c]].equals(")") || s.words[idx[c]].equals("-RRB-"))) {
          c++;
        }
        if (c >= idx.length || c - e >= 10) {
          break;
        }
        e = c + 1; // "12.5 billion pesos (about $700 million)": the figure's conversion stays with it
        continue;
      }
      boolean unit = tag.equals("CD") || tag.equals("$") || tag.equals("#") || tag.equals("NN") || tag.equals("NNS")
          || tag.equals("DT") && e + 1 < idx.length && s.tags[idx[e + 1]].startsWith("NN") && !s.isProper(idx[e + 1])
          || tag.equals("JJR") || tag.equals("RBR") || s.words[t].equals("%");
      if (!unit || e > n && tag.equals("DT") && !(s.lower[t].equals("a") || s.lower[t].equals("an"))) {
        break;
      }
      e++;
    }
    return e;
  }

  private static boolean number(TaggedSentence s, int t) {
    String tag = s.tags[t];
    return tag.equals("CD") || tag.equals("$") || tag.equals("#");
  }

  /** Whether the figure is a number alone, without a unit, a currency or a percentage. */
  private static boolean unitless(TaggedSentence s, int[] idx, int[] f) {
    for (int i = f[0]; i < f[1]; i++) {
      String tag = s.tags[idx[i]];
      if (tag.startsWith("NN") || tag.equals("$") || tag.equals("#") || s.words[idx[i]].equals("%")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The adjunct after the last figure that every variant keeps: one that follows without a comma, opens
   * with a preposition, an adverb or a noun ("at midnight", "by April", "yesterday") and holds no finite
   * verb. Empty otherwise.
   */
  private static int[] keptSuffix(TaggedSentence s, int[] idx, int end) {
    if (end >= idx.length) {
      return new int[0];
    }
    String tag = s.tags[idx[end]];
    boolean adjunct = tag.equals("IN") || tag.equals("TO") || tag.startsWith("RB") || tag.startsWith("NN");
    if (!adjunct || s.lower[idx[end]].equals("as") || s.lower[idx[end]].equals("than")) {
      return new int[0];
    }
    for (int i = end; i < idx.length; i++) {
      if (s.isFiniteVerb(idx[i]) || s.words[idx[i]].equals(",") || s.tags[idx[i]].equals("CC") || s.isQuoteMark(idx[i])) {
        return new int[0];
      }
    }
    return ClauseSplitter.slice(idx, end, idx.length);
  }

  /**
   * Where the clause starts once an adverbial before its subject, closed by a comma, is left out ("Under
   * the agreement, wages would rise ..." -> "wages would rise ..."): the variants state the figures, and
   * coordinated parts of the adverbial would repeat them. 0 when there is none.
   */
  private static int frontedEnd(TaggedSentence s, int[] idx, int v) {
    String tag = s.tags[idx[0]];
    if (!(tag.equals("IN") || tag.startsWith("RB") || tag.equals("VBG") || tag.equals("VBN") || tag.equals("NN"))) {
      return 0;
    }
    for (int k = v - 1; k > 0; k--) {
      if (s.words[idx[k]].equals(",") && (!tag.equals("NN") || k <= 3) && ClauseSplitter.startsClause(s, idx, k + 1)) {
        return k + 1;
      }
    }
    return 0;
  }
}
