package org.corroborate.cluster;

import java.util.List;

/**
 * Chooses each group's representative: the member with the highest total similarity ({@link
 * AverageLinkGrouping.Pairs#linkage}) to the other members, ties to the smallest position. In a
 * group with at most {@link AverageLinkGrouping#EXHAUSTIVE_PAIRS} pairs every pair counts; in a
 * larger one only its candidate pairs (those retrieved and scored before grouping), so the work
 * grows with the candidates instead of with the square of the group's size: at 100,000 generated
 * articles, where some groups hold hundreds of claims, scoring every pair of every group on demand
 * took about a fifth of the scan's CPU. The candidates are the pairs a member's own search found
 * nearest, so the member they score highest with is the one most like the rest. Deterministic: the
 * sums run over pairs in increasing order of the other member, as the exhaustive sum does.
 */
final class Representatives {

  private Representatives() {}

  /**
   * The representative of each group, by index of the group.
   *
   * @param groups the groups, each sorted
   * @param candidateKeys the candidate pairs' keys ({@link ScoredPairs#key}), in increasing order
   * @param items how many items there are (positions run from 0)
   */
  static int[] of(List<List<Integer>> groups, long[] candidateKeys, AverageLinkGrouping.Pairs pairs, int items) {
    int[] out = new int[groups.size()];
    int[] largeGroupOf = new int[items];
    java.util.Arrays.fill(largeGroupOf, -1);
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      long n = members.size();
      if (n * (n - 1) / 2 <= AverageLinkGrouping.EXHAUSTIVE_PAIRS) {
        out[g] = exhaustive(members, pairs);
      } else {
        for (int x : members) {
          largeGroupOf[x] = g;
        }
      }
    }
    // keys in increasing order: an item's pairs with smaller items come first, each in order of the
    // smaller item, then its pairs with larger items in their order
    double[] total = new double[items];
    for (long key : candidateKeys) {
      int a = ScoredPairs.first(key);
      int b = ScoredPairs.second(key);
      if (largeGroupOf[a] >= 0 && largeGroupOf[a] == largeGroupOf[b]) {
        double s = pairs.linkage(a, b);
        total[a] += s;
        total[b] += s;
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      if (largeGroupOf[members.get(0)] != g) {
        continue;
      }
      int best = members.get(0);
      for (int x : members) {
        if (total[x] > total[best]) {
          best = x;
        }
      }
      out[g] = best;
    }
    return out;
  }

  /** The member with the highest total similarity to every other member (ties: the first). */
  static int exhaustive(List<Integer> members, AverageLinkGrouping.Pairs pairs) {
    int best = members.get(0);
    double bestTotal = -1;
    for (int x : members) {
      double total = 0;
      for (int y : members) {
        if (x != y) {
          total += pairs.linkage(x, y);
        }
      }
      if (total > bestTotal) {
        best = x;
        bestTotal = total;
      }
    }
    return best;
  }
}
