package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.ClauseSplitter.Part;

/**
 * What a subject's noun phrase states by itself: a prepositional phrase after the subject's noun, before
 * the verb, can only belong to that noun, and says where or what it is: "Demand for electric buses has
 * grown" -> "Demand is for electric buses"; "Scientists at the institute found ..." -> "Scientists are at
 * the institute". Not "of", which names what the noun is rather than stating a relation ("Shares of
 * the bank"). Measured and left out: relations from possessives, adjectives and titles before names
 * ("the city's mayor", "a sharp decline", "Senator Smith"), right in under half the cases on CaRB
 * dev (docs/claims-design.md). Works on the chunker's noun phrases; stateless and thread safe.
 */
final class NounPhraseRelations {
  private NounPhraseRelations() {}

  /** The relations of the noun phrases before the first finite verb of tokens [0, b). */
  static List<Part> of(TaggedSentence s, int b) {
    List<Part> out = new ArrayList<>();
    int firstVerb = b;
    for (int i = 0; i < b; i++) {
      if (s.isFiniteVerb(i)) {
        firstVerb = i;
        break;
      }
    }
    for (int a = 0; a < firstVerb; ) {
      if (!s.chunkStarts(a, "NP")) {
        a++;
        continue;
      }
      int e = s.chunkEnd(a);
      Part p = subjectPhrase(s, a, e, firstVerb);
      if (p != null) {
        out.add(p);
      }
      a = e;
    }
    return out;
  }

  /** "Demand for electric buses has grown": "Demand is for electric buses". */
  private static Part subjectPhrase(TaggedSentence s, int a, int e, int firstVerb) {
    if (e + 1 >= firstVerb || !s.tags[e].equals("IN") || s.lower[e].equals("that") || s.lower[e].equals("of")
        || !s.chunkStarts(e + 1, "NP") || !s.tags[e - 1].startsWith("NN")) {
      return null;
    }
    if (a > 0 && (s.words[a - 1].equals("-") || s.tags[a - 1].equals("POS")) || s.tags[a].equals("POS")) {
      return null; // the phrase starts inside a hyphenated word or after a possessive: its noun is elsewhere
    }
    int e2 = Math.min(firstVerb, s.chunkEnd(e + 1));
    while (e2 + 1 < firstVerb && s.words[e2].equals("-") && s.inChunk(e2 + 1, "NP")) {
      e2 = Math.min(firstVerb, s.chunkEnd(e2 + 1)); // "income - tax evasion": the hyphenated word is one
    }
    int x = a;
    while (x < e && (s.tags[x].equals("DT") || s.tags[x].equals("PDT"))) {
      x++;
    }
    if (x >= e) {
      return null;
    }
    boolean plural = s.tags[e - 1].equals("NNS") || s.tags[e - 1].equals("NNPS");
    return new Part(List.of(new int[] {x, e}, new int[] {e, e2}), 0, plural ? "are" : "is");
  }
}
