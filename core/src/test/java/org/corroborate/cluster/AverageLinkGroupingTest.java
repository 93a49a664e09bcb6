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
      return averageOverEveryPair(pairs, ma, mb);
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

  /**
   * Blocks of items: a pair inside one block scores 0.9, a pair across two related blocks {@code
   * across}, any other pair 0.1; every pair compatible, no item stated within another. Counts the
   * pairs scored.
   */
  static final class BlockPairs implements AverageLinkGrouping.Pairs {
    final int[] block;
    final double across;
    final java.util.Set<Long> scored = new java.util.HashSet<>();

    BlockPairs(int[] block, double across) {
      this.block = block;
      this.across = across;
    }

    double similarity(int a, int b) {
      if (block[a] == block[b]) {
        return 0.9;
      }
      // blocks 0 and 1 are related; every other pair of blocks is not
      return block[a] + block[b] == 1 ? across : 0.1;
    }

    @Override
    public double linkage(int a, int b) {
      scored.add(ScoredPairs.key(a, b));
      return similarity(a, b);
    }

    @Override
    public double knownLinkage(int a, int b) {
      return scored.contains(ScoredPairs.key(a, b)) ? similarity(a, b) : -1;
    }

    @Override
    public boolean compatible(int a, int b) {
      scored.add(ScoredPairs.key(a, b));
      return true;
    }

    @Override
    public boolean knownIncompatible(int a, int b) {
      return false;
    }

    @Override
    public boolean statedWithin(int inner, int outer) {
      scored.add(ScoredPairs.key(inner, outer));
      return false;
    }
  }

  /** Items 0..n-1 in blocks: item i in block i % blocks, so each block's members are spread over the positions. */
  static int[] blocks(int n, int blocks) {
    return IntStream.range(0, n).map(i -> i % blocks).toArray();
  }

  /** Grows each block into one group: its first member linked to each other member in turn. */
  static void growBlocks(AverageLinkGrouping grouping, int[] block, int blocks) {
    for (int b = 0; b < blocks; b++) {
      for (int i = b + blocks; i < block.length; i += blocks) {
        assertThat(grouping.offer(b, i)).isTrue();
      }
    }
  }

  /** The average-link rule over every pair across two groups: no pair under the floor, the mean at the threshold. */
  static boolean averageOverEveryPair(AverageLinkGrouping.Pairs pairs, List<Integer> ma, List<Integer> mb) {
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

  static Stream<org.junit.jupiter.params.provider.Arguments> clearCases() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(0.85, true),
        org.junit.jupiter.params.provider.Arguments.of(0.75, true),
        org.junit.jupiter.params.provider.Arguments.of(0.5, false),
        org.junit.jupiter.params.provider.Arguments.of(0.2, false));
  }

  @ParameterizedTest
  @MethodSource("clearCases")
  void twoLargeGroupsDecideOnASampleAsTheyWouldOnEveryPair(double across, boolean merges) {
    int[] block = blocks(150, 3);
    BlockPairs bounded = new BlockPairs(block, across);
    BlockPairs exhaustive = new BlockPairs(block, across);
    AverageLinkGrouping grouping = new AverageLinkGrouping(block.length, bounded, THRESHOLD, FLOOR);
    // the groups grow one member at a time: 49 members against one is under the bound, later ones too
    growBlocks(grouping, block, 3);
    int before = bounded.scored.size();

    boolean decided = grouping.offer(0, 1);

    List<Integer> blockZero = IntStream.range(0, block.length).filter(i -> block[i] == 0).boxed().toList();
    List<Integer> blockOne = IntStream.range(0, block.length).filter(i -> block[i] == 1).boxed().toList();
    assertThat(decided).isEqualTo(averageOverEveryPair(exhaustive, blockZero, blockOne)).isEqualTo(merges);
    // 50 members against 50 are 2,500 pairs; a sample is 16 members a side
    int sample = AverageLinkGrouping.SAMPLE_MEMBERS;
    assertThat(bounded.scored.size() - before).isLessThanOrEqualTo(sample * sample);
    // the unrelated block never joins, however the decision went
    assertThat(grouping.offer(0, 2)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aLargeGroupsSampleIsEvenlySpacedInPositionOrderWhateverTheOrderItsMembersJoined(long seed) {
    int[] block = blocks(120, 2);
    AverageLinkGrouping inOrder = new AverageLinkGrouping(block.length, new BlockPairs(block, 0.1), THRESHOLD, FLOOR);
    growBlocks(inOrder, block, 2);
    AverageLinkGrouping shuffled = new AverageLinkGrouping(block.length, new BlockPairs(block, 0.1), THRESHOLD, FLOOR);
    List<Integer> others = new ArrayList<>(IntStream.range(1, 60).map(i -> 2 * i).boxed().toList());
    java.util.Collections.shuffle(others, new Random(seed));
    for (int i : others) {
      assertThat(shuffled.offer(i, 0)).isTrue();
    }

    List<Integer> expected = IntStream.range(0, AverageLinkGrouping.SAMPLE_MEMBERS).map(i -> 2 * (i * 60 / 16)).boxed().toList();
    assertThat(inOrder.sampleOf(0)).isEqualTo(expected);
    assertThat(shuffled.sampleOf(0)).isEqualTo(expected);
    assertThat(shuffled.sampleOf(others.get(0))).isEqualTo(expected);
  }
}
