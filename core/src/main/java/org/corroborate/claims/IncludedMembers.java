package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.ClauseSplitter.Part;

/**
 * "V N, including M" states "V M" of each member M it names: "The storm injured 30 people, including two
 * firefighters" -> "The storm injured two firefighters"; "..., including A, B and C" gives one per member.
 * Only where the set is a plural noun phrase right before the comma ("the review of [several options],
 * including a sale" -> "the review of a sale") and the members run to the end of
 * the clause, each a noun phrase of at most {@link #MAX_MEMBER} tokens without a finite verb. Members are
 * split at commas only: "a loan or grant from the state" is one member. Stateless and thread safe.
 */
final class IncludedMembers {
  /** Most tokens in one member. */
  static final int MAX_MEMBER = 8;
  /** Most members stated one by one. */
  static final int MAX_MEMBERS = 6;

  private IncludedMembers() {}

  /** The proposition for each member named after ", including" in the clause idx; empty when none. */
  static List<Part> of(TaggedSentence s, int[] idx) {
    int k = -1;
    for (int i = 3; i < idx.length - 1; i++) {
      if (s.lower[idx[i]].equals("including") && s.words[idx[i - 1]].equals(",")) {
        k = i;
        break;
      }
    }
    if (k < 0 || !(s.tags[idx[k - 2]].equals("NNS") || s.tags[idx[k - 2]].equals("NNPS"))) {
      return List.of();
    }
    int set = k - 2; // the set's own noun phrase: "the evaluation of [various alternatives], including M"
    while (set > 0 && s.chunks[idx[set]].startsWith("I-") && s.inChunk(idx[set - 1], "NP")) {
      set--;
    }
    if (set <= 0 || !s.inChunk(idx[set], "NP")) {
      return List.of();
    }
    int end = idx.length;
    while (end > k + 1 && s.isPunct(idx[end - 1]) && !s.isQuoteMark(idx[end - 1])) {
      end--;
    }
    List<int[]> members = new ArrayList<>();
    int a = k + 1;
    for (int i = k + 1; i <= end; i++) {
      if (i < end && !s.words[idx[i]].equals(",")) {
        continue;
      }
      int m = a;
      if (m < i && s.tags[idx[m]].equals("CC")) {
        m++; // ", and C"
      }
      if (i - m < 1 || i - m > MAX_MEMBER) {
        return List.of();
      }
      members.add(new int[] {m, i});
      a = i + 1;
    }
    if (members.size() > MAX_MEMBERS) {
      return List.of();
    }
    List<Part> out = new ArrayList<>();
    int[] head = ClauseSplitter.slice(idx, 0, set);
    for (int[] m : members) {
      int t = idx[m[0]];
      if (!(s.inChunk(t, "NP") || s.tags[t].equals("$") || s.tags[t].equals("VBG"))) {
        return List.of(); // not a noun phrase: the comma list is something else
      }
      for (int i = m[0]; i < m[1]; i++) {
        if (s.isFiniteVerb(idx[i]) || s.isQuoteMark(idx[i]) || s.tags[idx[i]].startsWith("W")) {
          return List.of();
        }
      }
      Part p = ClauseSplitter.trim(s,
          new Part(ClauseSplitter.toRanges(ClauseSplitter.concat(head, ClauseSplitter.slice(idx, m[0], m[1]))), -1));
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }
}
