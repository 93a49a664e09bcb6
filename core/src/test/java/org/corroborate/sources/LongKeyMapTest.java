package org.corroborate.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The long-keyed memo keeps what a hash map would, works each key out once, and grows. */
class LongKeyMapTest {

  @Test
  void eachKeyIsWorkedOutOnceAndKeptThroughGrowth() {
    LongKeyMap<String> map = new LongKeyMap<>();
    Map<Long, String> expected = new HashMap<>();
    AtomicInteger computed = new AtomicInteger();
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      // article << 32 | line start, as ClaimOrigins packs them; key 0 included
      long key = i == 0 ? 0 : ((long) random.nextInt(300) << 32) | random.nextInt(50);
      String value = map.computeIfAbsent(key, k -> {
        computed.incrementAndGet();
        return "v" + k;
      });
      assertThat(value).isEqualTo("v" + key);
      expected.put(key, value);
    }
    assertThat(map.size()).isEqualTo(expected.size()).isEqualTo(computed.get());
    expected.forEach((k, v) -> assertThat(map.computeIfAbsent(k, x -> "again")).isEqualTo(v));
  }

  @Test
  void nullValuesAreKeptAndNegativeKeysRefused() {
    LongKeyMap<Boolean> map = new LongKeyMap<>();
    assertThat(map.computeIfAbsent(7, k -> null)).isNull();
    assertThat(map.computeIfAbsent(7, k -> true)).isNull();
    assertThatThrownBy(() -> map.computeIfAbsent(-1, k -> true)).isInstanceOf(IllegalArgumentException.class);
  }
}
