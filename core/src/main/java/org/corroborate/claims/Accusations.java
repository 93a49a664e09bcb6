package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corroborate.claims.ClauseSplitter.Part;

/**
 * What an accusation says the accused did: "The union accused the company of hiding safety reports" ->
 * "the company hid safety reports", spoken by the accuser ("The union"), never by the outlet; likewise
 * "charged X with V-ing" and "blamed X for V-ing". The conduct is stated in the past (an accusation is
 * about what was done). The sentence's own claim (that the union accused the company) stays as it is.
 * Only when the accuser is a short noun phrase right before the verb and the accused a short noun
 * phrase right after it. Stateless and thread safe.
 */
final class Accusations {
  /** Accusing verbs (lemmas) and the preposition before the gerund of the conduct. */
  static final Map<String, String> VERBS = Map.of("accuse", "of", "charge", "with", "blame", "for");
  /** Most tokens in the accuser's and the accused's noun phrases. */
  static final int MAX_PHRASE = 8;

  /** The conduct as a part, with the accuser's tokens [speakerStart, speakerEnd) and the accusing verb. */
  record Accused(Part part, int speakerStart, int speakerEnd, int verb) {}

  private Accusations() {}

  /** The accusations in a claim's tokens idx (a contiguous run of the sentence). */
  static List<Accused> of(TaggedSentence s, int[] idx) {
    List<Accused> out = new ArrayList<>();
    for (int v = 1; v < idx.length - 3; v++) {
      int verb = idx[v];
      String prep = VERBS.get(s.lemmas[verb]);
      // the tagger may read a past verb after its subject as a participle ("The union accused/VBN the ...");
      // after "be" it is a passive, whose accuser is not named
      boolean perfect = s.lemmas[idx[v - 1]].equals("have");
      if (prep == null || !(s.tags[verb].equals("VBD") || s.tags[verb].equals("VBZ") || s.tags[verb].equals("VBP")
          || s.tags[verb].equals("VBN") && !s.lemmas[idx[v - 1]].equals("be"))) {
        continue;
      }
      int subjEnd = s.tags[verb].equals("VBN") && perfect ? v - 1 : v;
      if (subjEnd < 1 || subjEnd > MAX_PHRASE || !nounPhrase(s, idx, 0, subjEnd)) {
        continue;
      }
      int p = v + 1;
      while (p < idx.length && p - v <= MAX_PHRASE && !s.lower[idx[p]].equals(prep)) {
        p++;
      }
      if (p >= idx.length - 1 || p == v + 1 || p - v > MAX_PHRASE || !nounPhrase(s, idx, v + 1, p)) {
        continue;
      }
      int g = p + 1;
      while (g < idx.length && s.isQuoteMark(idx[g])) {
        g++;
      }
      if (g >= idx.length - 1 || !s.tags[idx[g]].equals("VBG")) {
        continue;
      }
      int end = idx.length;
      while (end > g + 1 && (s.isPunct(idx[end - 1]))) {
        end--;
      }
      int[] accused = ClauseSplitter.slice(idx, v + 1, p);
      List<int[]> ranges = new ArrayList<>(ClauseSplitter.toRanges(accused));
      int copulaAfter = ranges.size() - 1;
      int[] rest = ClauseSplitter.slice(idx, g + 1, end);
      ranges.addAll(ClauseSplitter.toRanges(withoutQuoteMarks(s, rest)));
      out.add(new Accused(new Part(ranges, copulaAfter, Inflector.past(s.lemmas[idx[g]])), idx[0], idx[subjEnd - 1] + 1, verb));
    }
    return out;
  }

  /** Whether positions [a, b) of idx are a noun phrase: nouns, determiners, adjectives, no verb or comma. */
  private static boolean nounPhrase(TaggedSentence s, int[] idx, int a, int b) {
    boolean noun = false;
    for (int k = a; k < b; k++) {
      int i = idx[k];
      if (s.isVerb(i) || s.isPunct(i) && !s.words[i].equals(".") || s.tags[i].equals("IN") && !s.lower[i].equals("of")
          || s.tags[i].startsWith("W")) {
        return false;
      }
      noun |= s.isNoun(i);
    }
    return noun;
  }

  private static int[] withoutQuoteMarks(TaggedSentence s, int[] idx) {
    return java.util.Arrays.stream(idx).filter(i -> !s.isQuoteMark(i)).toArray();
  }
}
