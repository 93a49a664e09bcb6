package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairTableTest {

  @Test
  void everyPairPutIsFoundWithItsNumbersAfterTheTableGrows() {
    PairTable table = new PairTable();
    Map<Long, Integer> entries = new HashMap<>();
    Random random = new Random(7);
    while (entries.size() < 50_000) {
      // many pairs share lo ^ hi, the case that piled pairs into one bucket of a HashMap<Long, ...>
      int a = random.nextInt(3_000);
      int b = a ^ random.nextInt(64);
      if (a == b) {
        continue;
      }
      long key = ScoredPairs.key(a, b);
      if (!entries.containsKey(key)) {
        assertThat(table.find(key)).isEqualTo(-1);
        entries.put(key, table.add(key, (Math.min(a, b) % 100) / 100.0, (byte) (Math.max(a, b) % 32)));
      }
    }
    assertThat(table.size()).isEqualTo(entries.size());
    entries.forEach((key, entry) -> {
      assertThat(table.find(key)).isEqualTo(entry);
      assertThat(table.key(entry)).isEqualTo(key);
      int a = ScoredPairs.first(key);
      assertThat(table.similarity(entry)).isEqualTo((a % 100) / 100.0);
      assertThat(table.flags(entry)).isEqualTo((byte) (ScoredPairs.second(key) % 32));
    });
  }

  @Test
  void entriesAreNumberedInTheOrderTheirPairsWereAdded() {
    PairTable table = new PairTable();
    for (int i = 0; i < 1_000; i++) {
      assertThat(table.add(ScoredPairs.key(i, i + 1), i, (byte) 0)).isEqualTo(i);
    }
    for (int i = 0; i < 1_000; i++) {
      assertThat(table.key(i)).isEqualTo(ScoredPairs.key(i, i + 1));
      assertThat(table.similarity(i)).isEqualTo(i);
    }
  }

  @Test
  void aFrozenTableFindsEveryPairWithItsNumbersAndNoOther() {
    PairTable table = new PairTable();
    Map<Long, double[]> put = new HashMap<>();
    Random random = new Random(11);
    int items = 2_000;
    while (put.size() < 20_000) {
      int a = random.nextInt(items);
      int b = random.nextInt(items);
      long key = ScoredPairs.key(a, b);
      if (a == b || put.containsKey(key)) {
        continue;
      }
      double similarity = random.nextDouble();
      byte flag = (byte) random.nextInt(32);
      table.add(key, similarity, flag);
      put.put(key, new double[] {similarity, flag});
    }
    table.freeze(items);
    assertThat(table.size()).isEqualTo(put.size());
    put.forEach((key, numbers) -> {
      int e = table.find(key);
      assertThat(e).isNotNegative();
      assertThat(table.key(e)).isEqualTo(key);
      assertThat(table.similarity(e)).isEqualTo(numbers[0]);
      assertThat(table.flags(e)).isEqualTo((byte) numbers[1]);
    });
    for (int i = 0; i < 5_000; i++) {
      long key = ScoredPairs.key(random.nextInt(items), random.nextInt(items));
      if (!put.containsKey(key)) {
        assertThat(table.find(key)).isEqualTo(-1);
      }
    }
    assertThat(table.find(ScoredPairs.key(items + 5, items + 9))).isEqualTo(-1);
  }

  @Test
  void aFrozenTableNumbersItsEntriesInTheOrderOfTheirKeys() {
    PairTable table = new PairTable();
    table.add(ScoredPairs.key(7, 9), 0.1, (byte) 1);
    table.add(ScoredPairs.key(0, 3), 0.2, (byte) 2);
    table.add(ScoredPairs.key(7, 8), 0.3, (byte) 3);
    table.add(ScoredPairs.key(0, 1), 0.4, (byte) 4);
    table.freeze(10);
    assertThat(table.key(0)).isEqualTo(ScoredPairs.key(0, 1));
    assertThat(table.key(1)).isEqualTo(ScoredPairs.key(0, 3));
    assertThat(table.key(2)).isEqualTo(ScoredPairs.key(7, 8));
    assertThat(table.key(3)).isEqualTo(ScoredPairs.key(7, 9));
    assertThat(table.similarity(2)).isEqualTo(0.3);
    assertThat(table.flags(3)).isEqualTo((byte) 1);
    assertThat(table.keyBefore(1, 2)).isTrue();
    assertThat(table.keyBefore(3, 0)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.add(ScoredPairs.key(1, 2), 0, (byte) 0))
        .isInstanceOf(IllegalStateException.class);
  }
}
