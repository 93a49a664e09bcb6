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
  void aTrimmedTableKeepsEveryEntryAndStillTakesMore() {
    PairTable table = new PairTable();
    for (int i = 0; i < 1_000; i++) {
      table.add(ScoredPairs.key(i, i + 2), i / 1000.0, (byte) (i % 3));
    }
    table.trim();
    for (int i = 0; i < 1_000; i++) {
      int e = table.find(ScoredPairs.key(i, i + 2));
      assertThat(e).isEqualTo(i);
      assertThat(table.similarity(e)).isEqualTo(i / 1000.0);
      assertThat(table.flags(e)).isEqualTo((byte) (i % 3));
    }
    assertThat(table.add(ScoredPairs.key(5, 9), 0.5, (byte) 1)).isEqualTo(1_000);
    assertThat(table.find(ScoredPairs.key(5, 9))).isEqualTo(1_000);
    assertThat(table.find(ScoredPairs.key(999, 1_001))).isEqualTo(999);
    PairTable empty = new PairTable();
    empty.trim();
    assertThat(empty.add(ScoredPairs.key(1, 2), 1, (byte) 0)).isZero();
  }
}
