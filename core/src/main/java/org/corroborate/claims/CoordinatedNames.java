package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.claims.ClauseSplitter.Part;

/**
 * What a claim states of each of two coordinated proper names: "the plant ships to Canada and Mexico"
 * -> "the plant ships to Canada", "the plant ships to Mexico"; "Ortiz and Lund founded the firm" ->
 * "Ortiz founded the firm", "Lund founded the firm". The claim itself stays whole (the splitter keeps
 * "A and B" between capitalised words together: it may be one name, "the Chief Digital and AI Office").
 * Each name is a run of proper-noun tokens; the pair is left alone when it may be one name or a
 * modifier of a shared head:
 * <ul>
 *   <li>a common noun or a possessive follows the second name ("Ford and Nissan dealers": the names
 *       modify one head), or the second name ends in an institution's head word ("the Food and
 *       Drug Administration", "the Fish and Wildlife Service");
 *   <li>the first name follows "of" after a proper noun ("the Association of Growers and Shippers");
 *   <li>a comma after a proper noun precedes the first name (a longer list, or "Dayton, Ohio and
 *       ...": the splitter's lists handle those);
 *   <li>the pair lies in an appositive ("the rice plant, a staple grown in Vietnam and Thailand"): the
 *       variants would restate the claim with half of a side remark;
 *   <li>"between" or "among" governs the pair (a relation that needs both);
 *   <li>a plural present verb follows the pair as its subject ("Ortiz and Lund are partners": neither
 *       alone "are"; after a preposition the verb has another subject).
 * </ul>
 * Stateless and thread safe.
 */
final class CoordinatedNames {
  /** Head words that end the name of an institution, lower case. */
  static final Set<String> INSTITUTION_HEADS = Set.of("commission", "fund", "association", "office", "department",
      "institute", "bureau", "board", "committee", "council", "agency", "authority", "center", "centre",
      "foundation", "society", "service", "services", "administration", "corp.", "corp", "co.", "co", "inc.",
      "inc", "ltd.", "ltd", "group", "company", "bank", "university", "college", "school", "party", "union",
      "court", "ministry", "force", "forces", "laboratory", "laboratories", "museum", "hospital", "church",
      "exchange", "trust", "alliance", "federation", "league", "coalition", "organization", "organisation",
      "program", "project", "act", "law", "bill", "treaty", "accord", "agreement");
  private static final Set<String> RELATIONAL = Set.of("between", "among", "amongst");
  private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "do");

  private CoordinatedNames() {}

  /** Most tokens in one name of a list ("West Germany", "the U.S."). */
  static final int MAX_ITEM = 4;

  /**
   * One part for each name of each coordinated pair of proper names in the claim's tokens idx, and for
   * each name of a list of three or more ("consists of Canada, France, Japan and Italy"; with a comma
   * before the "and" the splitter's lists give one claim per name already).
   */
  static List<Part> of(TaggedSentence s, int[] idx) {
    List<Part> out = new ArrayList<>();
    for (int p = 1; p + 1 < idx.length; p++) {
      if (!s.lower[idx[p]].equals("and") || !s.isProper(idx[p - 1]) || !s.isProper(idx[p + 1])
          || idx[p - 1] != idx[p] - 1 || idx[p + 1] != idx[p] + 1) {
        continue;
      }
      int a = p - 1;
      while (a > 0 && s.isProper(idx[a - 1]) && idx[a - 1] == idx[a] - 1) {
        a--;
      }
      int e = p + 2;
      while (e < idx.length && s.isProper(idx[e]) && idx[e] == idx[e - 1] + 1) {
        e++;
      }
      List<int[]> items = list(s, idx, a, p);
      if (items != null) {
        items.add(new int[] {p + 1, e});
        if (!oneName(s, idx, items.get(0)[0], p, e, true)) {
          for (int[] item : items) {
            int[] one = ClauseSplitter.concat(ClauseSplitter.slice(idx, 0, items.get(0)[0]),
                ClauseSplitter.concat(ClauseSplitter.slice(idx, item[0], item[1]), ClauseSplitter.slice(idx, e, idx.length)));
            out.add(new Part(ClauseSplitter.toRanges(one), -1));
          }
        }
        continue;
      }
      if (oneName(s, idx, a, p, e, false)) {
        continue;
      }
      int from = a > 0 && s.lower[idx[a - 1]].equals("both") ? a - 1 : a; // correlative "both A and B"
      int[] first = ClauseSplitter.concat(ClauseSplitter.slice(idx, 0, from),
          ClauseSplitter.concat(ClauseSplitter.slice(idx, a, p), ClauseSplitter.slice(idx, e, idx.length)));
      int[] second = ClauseSplitter.concat(ClauseSplitter.slice(idx, 0, from), ClauseSplitter.slice(idx, p + 1, idx.length));
      out.add(new Part(ClauseSplitter.toRanges(first), -1));
      out.add(new Part(ClauseSplitter.toRanges(second), -1));
    }
    return out;
  }

  /**
   * Whether the token at position a of idx lies in a noun phrase set off by a comma after a noun ("the
   * rice plant, a staple crop in Vietnam and Thailand"): no verb between that comma and it. The variants
   * would restate the whole claim with half of a side remark.
   */
  private static boolean inAppositive(TaggedSentence s, int[] idx, int a) {
    for (int k = a - 1; k > 0; k--) {
      int i = idx[k];
      if (s.isVerb(i) || s.tags[i].equals("WDT") || s.tags[i].equals("WP")) {
        return false;
      }
      if (s.words[i].equals(",")) {
        return s.tags[idx[k - 1]].startsWith("NN") && k + 1 < idx.length && s.tags[idx[k + 1]].equals("DT");
      }
    }
    return false;
  }

  /**
   * The names of a list before the last one, when the name [a, p) before the "and" at p ends a list of three or more names
   * set off by commas (each of at most {@link #MAX_ITEM} tokens, "the" allowed before it; no comma
   * between a city and its state: "Dayton, Ohio, and ..." is a place); null otherwise.
   */
  private static List<int[]> list(TaggedSentence s, int[] idx, int a, int p) {
    List<int[]> items = new ArrayList<>();
    items.add(new int[] {a, p});
    int j = a - 1;
    while (j > 0 && s.words[idx[j]].equals(",") && s.isProper(idx[j - 1]) && idx[j - 1] == idx[j] - 1) {
      if (PlaceRelations.commaBeforeState(s, idx[j])) {
        return null; // "Dayton, Ohio, and Reno": a place, not a list
      }
      int b = j - 1;
      while (b > 0 && s.isProper(idx[b - 1]) && idx[b - 1] == idx[b] - 1) {
        b--;
      }
      if (b > 0 && s.lower[idx[b - 1]].equals("the") && idx[b - 1] == idx[b] - 1) {
        b--;
      }
      items.add(0, new int[] {b, j});
      j = b - 1;
    }
    if (items.size() < 2) {
      return null;
    }
    for (int[] item : items) {
      if (item[1] - item[0] > MAX_ITEM) {
        return null;
      }
    }
    return items;
  }

  /**
   * Whether names [a, p) and [p + 1, e) around the "and" at p may be one name or modify one head; for a
   * list (a starts its first name), the comma before a name is no sign of a longer list.
   */
  private static boolean oneName(TaggedSentence s, int[] idx, int a, int p, int e, boolean list) {
    if (e < idx.length) {
      int next = idx[e];
      if (s.tags[next].startsWith("NN") || s.tags[next].equals("POS")) {
        return true;
      }
      boolean subject = a == 0 || !s.tags[idx[a - 1]].equals("IN") && !s.tags[idx[a - 1]].equals("TO");
      if (subject && (PLURAL_VERBS.contains(s.lower[next]) || s.tags[next].equals("VBP"))) {
        return true;
      }
    }
    if (INSTITUTION_HEADS.contains(s.lower[idx[e - 1]]) || inAppositive(s, idx, a)) {
      return true;
    }
    if (a > 0) {
      String before = s.lower[idx[a - 1]];
      if (before.equals(",") && a > 1 && s.isProper(idx[a - 2]) && !list || RELATIONAL.contains(before)
          || before.equals("of") && a > 1 && s.isProper(idx[a - 2])) {
        return true;
      }
      if (before.equals("both") && a > 1 && RELATIONAL.contains(s.lower[idx[a - 2]])) {
        return true;
      }
    }
    return false;
  }
}
