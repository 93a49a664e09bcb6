package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AverageLinkGroupingTest {

  static final double THRESHOLD = 0.7;
  static final double FLOOR = 0.3;

  /** Random pair scores with clumps of similar items, some incompatible pairs and some stated-within pairs. */
  static final class RandomPairs implements AverageLinkGrouping.Pairs {
    final int size;
    final double[][] similarity;
    final boolean[][] compatible;
    final boolean[][] stated;
    final boolean[][] scored;
    int scoredCount;

    RandomPairs(int size, long seed) {
      this.size = size;
      Random random = new Random(seed);
      similarity = new double[size][size];
      compatible = new boolean[size][size];
      stated = new boolean[size][size];
      scored = new boolean[size][size];
      int[] clump = new int[size];
      for (int i = 0; i < size; i++) {
        clump[i] = random.nextInt(Math.max(1, size / 6));
      }
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          double s = clump[i] == clump[j] ? 0.5 + 0.5 * random.nextDouble() : 0.6 * random.nextDouble();
          boolean ok = random.nextInt(10) > 0;
          similarity[i][j] = similarity[j][i] = s;
          compatible[i][j] = compatible[j][i] = ok;
          stated[i][j] = ok && clump[i] == clump[j] && random.nextInt(3) == 0;
          stated[j][i] = ok && clump[i] == clump[j] && random.nextInt(3) == 0;
        }
      }
    }

    private void touch(int a, int b) {
      if (!scored[a][b]) {
        scored[a][b] = scored[b][a] = true;
        scoredCount++;
      }
    }

    @Override
    public double linkage(int a, int b) {
      touch(a, b);
      return compatible[a][b] ? similarity[a][b] : 0;
    }

    @Override
    public double knownLinkage(int a, int b) {
      return scored[a][b] ? (compatible[a][b] ? similarity[a][b] : 0) : -1;
    }

    @Override
    public boolean compatible(int a, int b) {
      touch(a, b);
      return compatible[a][b];
    }

    @Override
    public boolean knownIncompatible(int a, int b) {
      return scored[a][b] && !compatible[a][b];
    }

    @Override
    public boolean statedWithin(int inner, int outer) {
      touch(inner, outer);
      return stated[inner][outer];
    }

    /** Links as the clusterer offers them: pairs above the threshold, best first. */
    List<int[]> links() {
      List<int[]> out = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          if (compatible[i][j] && similarity[i][j] >= THRESHOLD) {
            out.add(new int[] {i, j});
          }
        }
      }
      out.sort((x, y) -> Double.compare(similarity[y[0]][y[1]], similarity[x[0]][x[1]]));
      return out;
    }
  }

  /** The grouping as first written: every pair across two groups looked at on every offer, every member tried as the centre. */
  static final class NaiveGrouping {
    final int[] groupOf;
    final List<List<Integer>> members = new ArrayList<>();
    final RandomPairs pairs;

    NaiveGrouping(RandomPairs pairs) {
      this.pairs = pairs;
      groupOf = IntStream.range(0, pairs.size).toArray();
      for (int i = 0; i < pairs.size; i++) {
        members.add(new ArrayList<>(List.of(i)));
      }
    }

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

    boolean averageHolds(List<Integer> ma, List<Integer> mb) {
      double sum = 0;
      for (int x : ma) {
        for (int y : mb) {
          double s = pairs.linkage(x, y);
          if (s < FLOOR) {
            return false;
          }
          sum += s;
        }
      }
      return sum / ((double) ma.size() * mb.size()) >= THRESHOLD;
    }

    boolean starHolds(List<Integer> ma, List<Integer> mb) {
      for (int x : ma) {
        for (int y : mb) {
          if (!pairs.compatible(x, y)) {
            return false;
          }
        }
      }
      List<Integer> all = new ArrayList<>(ma);
      all.addAll(mb);
      for (int centre : all) {
        boolean reachesAll = true;
        for (int y : all) {
          if (y != centre && !pairs.statedWithin(centre, y)) {
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

    List<List<Integer>> groups() {
      List<List<Integer>> out = new ArrayList<>();
      for (List<Integer> m : members) {
        if (!m.isEmpty()) {
          out.add(m.stream().sorted().toList());
        }
      }
      out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
      return out;
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(1, 41).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void boundedWorkGivesTheSameGroupsAndAnswersAsLookingAtEveryPairEveryTime(long seed) {
    int size = 20 + (int) (seed * 7 % 60);
    RandomPairs fast = new RandomPairs(size, seed);
    RandomPairs naive = new RandomPairs(size, seed);
    AverageLinkGrouping grouping = new AverageLinkGrouping(size, fast, THRESHOLD, FLOOR);
    NaiveGrouping reference = new NaiveGrouping(naive);
    List<int[]> links = fast.links();
    // each link offered twice, as candidate lists hold a pair from both ends, and refusals must not stick
    for (int round = 0; round < 2; round++) {
      for (int[] link : links) {
        assertThat(grouping.offer(link[0], link[1])).isEqualTo(reference.offer(link[0], link[1]));
      }
    }
    assertThat(grouping.groups()).isEqualTo(reference.groups());
    assertThat(fast.scoredCount).isLessThanOrEqualTo(naive.scoredCount);
  }
}
