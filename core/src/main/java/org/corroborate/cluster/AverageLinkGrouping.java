package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups items from scored links without chaining. Links are taken best first; the link's two
 * groups merge only when the average similarity over every pair across them reaches the link
 * threshold and no pair across them falls below the member floor. So A like B and B like C does
 * not pull an unrelated C in with A: the pair (A, C) must hold up too. Pairs that were never
 * retrieved as candidates are scored on demand. Deterministic for a given order of links. Not
 * thread safe.
 */
final class AverageLinkGrouping {

  /** A pair similarity in [0, 1] between two items, scored on demand. */
  interface Similarity {
    double of(int a, int b);
  }

  /** A yes-or-no relation between two items. */
  interface Relation {
    boolean of(int a, int b);
  }

  private final int[] groupOf;
  private final List<List<Integer>> members = new ArrayList<>();
  private final Similarity similarity;
  private final double threshold;
  private final double floor;
  private final Relation compatible;
  private final Relation states;

  /**
   * A grouping by average link that also accepts a star: two groups merge when one member of the merged group
   * (the centre) is stated within every other member and every pair is compatible,
   * even where the average falls short (several longer claims that each state one short claim,
   * each adding a different detail).
   */
  AverageLinkGrouping(int size, Similarity similarity, double threshold, double floor, Relation compatible,
      Relation states) {
    this.compatible = compatible;
    this.states = states;
    groupOf = new int[size];
    for (int i = 0; i < size; i++) {
      groupOf[i] = i;
      List<Integer> one = new ArrayList<>(1);
      one.add(i);
      members.add(one);
    }
    this.similarity = similarity;
    this.threshold = threshold;
    this.floor = floor;
  }

  /** Considers a link between two items; merges their groups when the whole groups agree. */
  boolean offer(int a, int b) {
    int ga = groupOf[a];
    int gb = groupOf[b];
    if (ga == gb) {
      return false;
    }
    List<Integer> ma = members.get(ga);
    List<Integer> mb = members.get(gb);
    if (!averageHolds(ma, mb) && !starHolds(ma, mb)) {
      return false;
    }
    int keep = ma.size() >= mb.size() ? ga : gb;
    int drop = keep == ga ? gb : ga;
    for (int y : members.get(drop)) {
      groupOf[y] = keep;
    }
    members.get(keep).addAll(members.get(drop));
    members.set(drop, List.of());
    return true;
  }

  private boolean averageHolds(List<Integer> ma, List<Integer> mb) {
    double sum = 0;
    for (int x : ma) {
      for (int y : mb) {
        double s = similarity.of(x, y);
        if (s < floor) {
          return false;
        }
        sum += s;
      }
    }
    return sum / ((double) ma.size() * mb.size()) >= threshold;
  }

  private boolean starHolds(List<Integer> ma, List<Integer> mb) {
    for (int x : ma) {
      for (int y : mb) {
        if (!compatible.of(x, y)) {
          return false;
        }
      }
    }
    List<Integer> all = new ArrayList<>(ma);
    all.addAll(mb);
    for (int centre : all) {
      boolean reachesAll = true;
      for (int y : all) {
        if (y != centre && !states.of(centre, y)) {
          reachesAll = false;
          break;
        }
      }
      if (reachesAll) {
        return true;
      }
    }
    return false;
  }

  /** The groups, each sorted, in order of their smallest member. */
  List<List<Integer>> groups() {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> m : members) {
      if (!m.isEmpty()) {
        List<Integer> sorted = new ArrayList<>(m);
        sorted.sort(null);
        out.add(sorted);
      }
    }
    out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return out;
  }
}
