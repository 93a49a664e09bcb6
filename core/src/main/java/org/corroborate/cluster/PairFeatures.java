package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The evidence that two claims state one proposition, as numbers the pair model weighs, plus the
 * hard disagreements that keep two claims about one thing apart. Every feature is symmetric.
 *
 * @param values the feature values, in the order of {@link #NAMES}
 * @param shared the shared stems, rarest first (for the link's reason)
 * @param synonymPairs the words matched through WordNet ("refuse~decline")
 * @param disagreement why the two cannot be one claim (numbers, dates, polarity, stance), or null
 * @param namesDiffer whether each side names someone or something the other does not mention
 *     and is not associated with in the corpus (a different subject, place or actor in the same
 *     frame, see {@link NameAssociations}): never merged, but not a contradiction
 */
record PairFeatures(
    double[] values, List<String> shared, List<String> synonymPairs, String disagreement, boolean namesDiffer) {

  /** Feature names; the pair model's weights are keyed by them. */
  static final List<String> NAMES = List.of(
      "bias", "dice", "minCover", "maxCover", "synonymShare", "lengthRatio", "sharedCount");

  /** The share of a rarity weight a WordNet synonym earns against an exact match. */
  static final double SYNONYM_CREDIT = 0.8;

  /** Features with synonyms matched whenever {@code synonyms} is on (for training). */
  static PairFeatures of(ClaimProfile a, ClaimProfile b, TermWeights idf, NameAssociations names, boolean synonyms) {
    return of(a, b, idf, names, synonyms, null, 0);
  }

  /**
   * Features of a pair. When a model is given, WordNet is consulted only if the model's
   * probability could reach {@code bar} with every unmatched word matched by a synonym: pairs that
   * cannot matter skip the costly part (the values then lack synonyms, and stay below the bar).
   */
  static PairFeatures of(ClaimProfile a, ClaimProfile b, TermWeights idf, NameAssociations names, boolean synonyms,
      PairModel model, double bar) {
    double massA = mass(a.stems(), idf);
    double massB = mass(b.stems(), idf);
    List<String> shared = new ArrayList<>();
    double sharedMass = 0;
    for (String s : a.stems()) {
      if (b.stems().contains(s)) {
        shared.add(s);
        sharedMass += idf.of(s);
      }
    }
    shared.sort((x, y) -> {
      int c = Double.compare(idf.of(y), idf.of(x));
      return c != 0 ? c : x.compareTo(y);
    });
    double synMass = 0;
    List<String> synonymPairs = new ArrayList<>();
    if (synonyms && model != null && model.growsWithSynonyms()) {
      double unmatchedA = massA - sharedMass;
      double unmatchedB = massB - sharedMass;
      int unmatchedCount = Math.min(a.stems().size(), b.stems().size()) - shared.size();
      double[] best = values(a, b, massA, massB, sharedMass, SYNONYM_CREDIT * Math.min(unmatchedA, unmatchedB),
          shared.size() + unmatchedCount);
      synonyms = model.probability(best) >= bar;
    }
    if (synonyms) {
      synMass = synonymMass(a, b, idf, synonymPairs);
    }
    double[] v = values(a, b, massA, massB, sharedMass, synMass, shared.size() + synonymPairs.size());
    return new PairFeatures(v, List.copyOf(shared), List.copyOf(synonymPairs), disagreement(a, b), namesDiffer(a, b, names));
  }

  /**
   * Pairs each word of {@code a} whose stem {@code b} lacks with the first word of {@code b} whose
   * stem {@code a} lacks and no earlier word took, when the two are WordNet synonyms; adds
   * "word~word" to {@code synonymPairs} and returns the credit. Each word's senses are looked up once
   * per run and kept on its term (this loop runs for every scored pair, so it is kept to primitive
   * arrays).
   */
  private static double synonymMass(ClaimProfile a, ClaimProfile b, TermWeights idf, List<String> synonymPairs) {
    List<ClaimAnalyzer.Term> onlyB = new ArrayList<>();
    for (ClaimAnalyzer.Term tb : b.terms()) {
      if (!a.stems().contains(tb.stem())) {
        onlyB.add(tb);
      }
    }
    if (onlyB.isEmpty()) {
      return 0;
    }
    boolean[] used = new boolean[onlyB.size()];
    double mass = 0;
    for (ClaimAnalyzer.Term ta : a.terms()) {
      if (b.stems().contains(ta.stem())) {
        continue;
      }
      Synonyms.Keys sensesA = ta.senses();
      for (int j = 0; j < onlyB.size(); j++) {
        if (used[j]) {
          continue;
        }
        ClaimAnalyzer.Term tb = onlyB.get(j);
        if (Synonyms.synonymous(ta.word(), sensesA, tb.word(), tb.senses())) {
          for (int k = 0; k < onlyB.size(); k++) {
            used[k] |= onlyB.get(k).stem().equals(tb.stem());
          }
          mass += SYNONYM_CREDIT * Math.min(idf.of(ta.stem()), idf.of(tb.stem()));
          synonymPairs.add(ta.word() + "~" + tb.word());
          break;
        }
      }
    }
    return mass;
  }

  private static double[] values(ClaimProfile a, ClaimProfile b, double massA, double massB, double sharedMass,
      double synMass, int matched) {
    double[] v = new double[NAMES.size()];
    v[0] = 1;
    if (massA > 0 && massB > 0) {
      v[1] = 2 * sharedMass / (massA + massB);
      double coverA = Math.min(1, (sharedMass + synMass) / massA);
      double coverB = Math.min(1, (sharedMass + synMass) / massB);
      v[2] = Math.min(coverA, coverB);
      v[3] = Math.max(coverA, coverB);
      v[4] = 2 * synMass / (massA + massB);
      v[5] = (double) Math.min(a.stems().size(), b.stems().size()) / Math.max(a.stems().size(), b.stems().size());
      v[6] = Math.log1p(matched);
    }
    return v;
  }

  private static double mass(Set<String> stems, TermWeights idf) {
    double m = 0;
    for (String s : stems) {
      m += idf.of(s);
    }
    return m;
  }

  /**
   * Each side names someone or something the other does not mention (initials count: "SC" meets
   * "Supreme Court"): likely a different subject, place or actor.
   */
  static boolean namesDiffer(ClaimProfile a, ClaimProfile b, NameAssociations names) {
    return (unmatchedName(a, b, names) && unmatchedName(b, a, names)) || actorsDiffer(a, b, names, true);
  }

  /**
   * Both claims have a named subject and the two neither share a word nor are associated in the
   * corpus: "The Pentagon demands access" and "Anthropic refuses access" are about different actors.
   */
  static boolean actorsDiffer(ClaimProfile a, ClaimProfile b, NameAssociations names, boolean wordNet) {
    return !a.actor().isEmpty() && !b.actor().isEmpty() && !names.sameActor(a.actor(), b.actor(), wordNet);
  }

  /**
   * Whether {@code from} names someone {@code other} neither mentions nor names an associate of;
   * {@code from}'s subject counts as matched when it is one actor with a subject of {@code other}
   * ("Hegseth" and "the Pentagon").
   */
  private static boolean unmatchedName(ClaimProfile from, ClaimProfile other, NameAssociations names) {
    boolean actorMatched = !from.actor().isEmpty() && !other.subjects().isEmpty()
        && names.sameActor(from.actor(), other.subjects(), true);
    for (var name : from.names().entrySet()) {
      if (actorMatched && from.actor().contains(name.getKey())) {
        continue;
      }
      if (!other.mentions(name.getKey(), name.getValue())
          && other.names().keySet().stream().noneMatch(o -> names.associated(name.getKey(), o))) {
        return true;
      }
    }
    return false;
  }

  /** Numbers, dates, polarity or stance that cannot both hold, or null when nothing disagrees. */
  static String disagreement(ClaimProfile a, ClaimProfile b) {
    String numbers = conflicting(a.numbers(), b.numbers());
    if (numbers != null) {
      return "numbers differ: " + numbers;
    }
    String dates = conflicting(a.dates(), b.dates());
    if (dates != null) {
      return "dates differ: " + dates;
    }
    if (a.negated() != b.negated()) {
      return "polarity differs";
    }
    if (a.stance() != b.stance()) {
      return "stance differs: " + a.stance().label() + " vs " + b.stance().label();
    }
    return null;
  }

  /**
   * Keys grouped by their kind ("usd", "weekday"): a kind both sides mention disagrees when neither
   * side's values contain the other's ("Friday" against "Monday"; "Friday" against "Friday and
   * Monday" agrees).
   */
  private static String conflicting(SortedSet<String> a, SortedSet<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    for (String kind : kinds(a)) {
      SortedSet<String> va = ofKind(a, kind);
      SortedSet<String> vb = ofKind(b, kind);
      if (!vb.isEmpty() && !va.containsAll(vb) && !vb.containsAll(va)) {
        return String.join(", ", va) + " vs " + String.join(", ", vb);
      }
    }
    return null;
  }

  private static SortedSet<String> kinds(SortedSet<String> keys) {
    SortedSet<String> out = new TreeSet<>();
    for (String k : keys) {
      out.add(k.substring(0, k.indexOf('=')));
    }
    return out;
  }

  private static SortedSet<String> ofKind(SortedSet<String> keys, String kind) {
    SortedSet<String> out = new TreeSet<>();
    for (String k : keys) {
      if (k.startsWith(kind + "=")) {
        out.add(k);
      }
    }
    return out;
  }
}
