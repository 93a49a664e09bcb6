package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RepresentativesTest {

  /** Pair similarities from a matrix, counting the pairs asked. */
  static final class MatrixPairs implements AverageLinkGrouping.Pairs {
    final double[][] similarity;
    int asked;

    MatrixPairs(double[][] similarity) {
      this.similarity = similarity;
    }

    @Override
    public double linkage(int a, int b) {
      asked++;
      return similarity[a][b];
    }

    @Override
    public double knownLinkage(int a, int b) {
      return similarity[a][b];
    }

    @Override
    public boolean compatible(int a, int b) {
      return true;
    }

    @Override
    public boolean knownIncompatible(int a, int b) {
      return false;
    }

    @Override
    public boolean statedWithin(int inner, int outer) {
      return false;
    }
  }

  /**
   * A group of {@code n} items around a hub: the hub scores 0.95 with every member, two members
   * not the hub score 0.75 to 0.85 (seeded noise). Each member's candidates are the hub and its two
   * neighbours in position order, as a search finds a member's nearest claims.
   */
  record Hub(double[][] similarity, long[] candidates) {
    static Hub of(int n, int hub, long seed) {
      Random random = new Random(seed);
      double[][] s = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double v = i == hub || j == hub ? 0.95 : 0.75 + 0.1 * random.nextDouble();
          s[i][j] = s[j][i] = v;
        }
      }
      List<Long> keys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j : new int[] {hub, i - 1, i + 1}) {
          if (j >= 0 && j < n && j != i && !keys.contains(ScoredPairs.key(i, j))) {
            keys.add(ScoredPairs.key(i, j));
          }
        }
      }
      return new Hub(s, keys.stream().mapToLong(Long::longValue).sorted().toArray());
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(1, 21).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aLargeGroupsRepresentativeFromItsCandidatePairsIsTheOneEveryPairWouldChoose(long seed) {
    int n = 40 + (int) (seed % 7) * 10;
    int hub = (int) (seed * 13 % n);
    Hub h = Hub.of(n, hub, seed);
    MatrixPairs pairs = new MatrixPairs(h.similarity());
    List<List<Integer>> groups = List.of(IntStream.range(0, n).boxed().toList());

    int[] chosen = Representatives.of(groups, h.candidates(), pairs, n);

    assertThat(chosen).containsExactly(hub);
    assertThat(chosen[0]).isEqualTo(Representatives.exhaustive(groups.get(0), new MatrixPairs(h.similarity())));
    // the candidates only: about three pairs a member, where every pair is n(n-1)/2
    assertThat(pairs.asked).isEqualTo(h.candidates().length);
  }

  @Test
  void aSmallGroupStillWeighsEveryPairNotOnlyItsCandidates() {
    // items 0, 1, 2: 0-1 is the only candidate, but 2 is the closest to both others
    double[][] s = {{0, 0.8, 0.9}, {0.8, 0, 0.9}, {0.9, 0.9, 0}};
    int[] chosen = Representatives.of(List.of(List.of(0, 1, 2)), new long[] {ScoredPairs.key(0, 1)}, new MatrixPairs(s), 3);
    assertThat(chosen).containsExactly(2);
  }

  @Test
  void tiesGoToTheSmallestPositionAndEachGroupGetsItsOwn() {
    int n = 60;
    double[][] s = new double[n][n];
    List<Long> keys = new ArrayList<>();
    // two groups of 30 (even and odd positions), every candidate pair scoring 0.8: all tie
    for (int i = 0; i < n; i++) {
      for (int j = i + 2; j < n; j += 2) {
        s[i][j] = s[j][i] = 0.8;
        keys.add(ScoredPairs.key(i, j));
      }
    }
    List<List<Integer>> groups = List.of(
        IntStream.range(0, n).filter(i -> i % 2 == 0).boxed().toList(),
        IntStream.range(0, n).filter(i -> i % 2 == 1).boxed().toList());
    long[] candidates = keys.stream().mapToLong(Long::longValue).sorted().toArray();
    int[] once = Representatives.of(groups, candidates, new MatrixPairs(s), n);
    int[] again = Representatives.of(groups, candidates, new MatrixPairs(s), n);
    assertThat(once).containsExactly(0, 1).isEqualTo(again);
  }
}
