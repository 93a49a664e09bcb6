package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.claims.ClauseSplitter.Part;

/**
 * What a place written in the news style "City, State" states by itself: "a plant in Dayton, Ohio" ->
 * "Dayton is in Ohio"; "the Wellesley, Mass., maker" -> "Wellesley is in Mass.". The state is one of the
 * fifty US states, written out or with its news-style abbreviation, so a comma between two names ("Smith,
 * Jones") is not taken for a place. Stateless and thread safe.
 */
final class PlaceRelations {
  /** Most tokens in the place's name before the comma. */
  static final int MAX_NAME = 3;

  /** The US states, written out and in the abbreviations newswire style uses, lower case. */
  static final Set<String> STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
      "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
      "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
      "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee",
      "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
      "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.",
      "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.",
      "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.",
      "w.va.", "wis.", "wyo.");
  /** States of two words ("New Jersey"), as their first word followed by the second. */
  static final Set<String> TWO_WORD_STATES = Set.of("new hampshire", "new jersey", "new mexico", "new york",
      "north carolina", "north dakota", "rhode island", "south carolina", "south dakota", "west virginia");
  private static final Set<String> TWO_WORD_FIRSTS = Set.of("new", "north", "rhode", "south", "west");

  private PlaceRelations() {}

  /** "X is in S" for every "X, S" of tokens [0, b) where S is a state. */
  static List<Part> of(TaggedSentence s, int b) {
    List<Part> out = new ArrayList<>();
    for (int c = 1; c < b - 1; c++) {
      if (!s.words[c].equals(",") || !s.isProper(c - 1)) {
        continue;
      }
      int se = stateEnd(s, c + 1, b);
      if (se < 0 || se < b && s.isProper(se)) {
        continue; // "Portland, Ore., Power Co.": the name goes on
      }
      int a = c - 1;
      while (a > 0 && c - a < MAX_NAME && s.isProper(a - 1)) {
        a--;
      }
      if (a > 0 && s.isProper(a - 1) || stateEnd(s, a, c) == c) {
        continue; // a longer name, or a state before the comma: not a city
      }
      out.add(new Part(List.of(new int[] {a, c}, new int[] {c + 1, se}), 0, "is in"));
    }
    return out;
  }

  /**
   * Whether the comma at token k belongs to a place written "City, State,": the one between the city
   * and the state, or the one closing the state. Such a comma ends no clause or appositive.
   */
  static boolean commaInPlace(TaggedSentence s, int k) {
    if (!s.words[k].equals(",")) {
      return false;
    }
    if (commaBeforeState(s, k)) {
      return true;
    }
    for (int j = k - 1; j >= Math.max(2, k - 3); j--) {
      if (stateEnd(s, j, k) == k && s.words[j - 1].equals(",") && s.isProper(j - 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the comma at token k is the one between a city and its state ("Dayton, Ohio"). The comma
   * after the state may also close a phrase around the place ("The firm, based in Dayton, Ohio, makes
   * brakes"); this one never does.
   */
  static boolean commaBeforeState(TaggedSentence s, int k) {
    return s.words[k].equals(",") && k > 0 && s.isProper(k - 1) && stateEnd(s, k + 1, s.size()) > 0;
  }

  /** The end of a state's name starting at token i, or -1. */
  private static int stateEnd(TaggedSentence s, int i, int b) {
    if (i >= b) {
      return -1;
    }
    if (i + 1 < b && TWO_WORD_FIRSTS.contains(s.lower[i]) && TWO_WORD_STATES.contains(s.lower[i] + " " + s.lower[i + 1])) {
      return i + 2;
    }
    if (!Character.isUpperCase(s.words[i].charAt(0))) {
      return -1;
    }
    if (i + 1 < b && s.words[i + 1].equals(".") && STATES.contains(s.lower[i] + ".")) {
      return i + 2; // the tokenizer may cut the abbreviation's period off ("Ind" ".")
    }
    return STATES.contains(s.lower[i]) ? i + 1 : -1;
  }
}
