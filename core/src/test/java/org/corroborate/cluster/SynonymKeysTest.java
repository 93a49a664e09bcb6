package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SynonymKeysTest {

  @Test
  void keysMeetExactlyWhenTheySharePlainValueWhateverTheirSignatures() {
    Random random = new Random(20261201);
    int met = 0;
    for (int round = 0; round < 20_000; round++) {
      long[] x = randomKeys(random);
      long[] y = randomKeys(random);
      boolean shared = Arrays.stream(x).anyMatch(v -> Arrays.stream(y).anyMatch(w -> w == v));
      assertThat(Synonyms.Keys.of(x).meets(Synonyms.Keys.of(y))).as("%s vs %s", Arrays.toString(x), Arrays.toString(y))
          .isEqualTo(shared);
      met += shared ? 1 : 0;
    }
    assertThat(met).as("the random sets meet often enough to test both answers").isBetween(1_000, 19_000);
  }

  @Test
  void anEmptySetMeetsNothing() {
    assertThat(Synonyms.Keys.of(new long[0]).meets(Synonyms.Keys.of(new long[] {4, 8}))).isFalse();
    assertThat(Synonyms.Keys.of(new long[] {4, 8}).meets(Synonyms.Keys.of(new long[0]))).isFalse();
  }

  @Test
  void wordNetSynonymsStillMeetThroughTheirKeys() {
    Synonyms wordNet = Synonyms.shared();
    assertThat(wordNet.synonymous("refuse", "decline")).isTrue();
    assertThat(wordNet.synonymous("refuse", "deadline")).isFalse();
    assertThat(wordNet.related("firm", "business")).isTrue();
  }

  /** Up to 12 distinct sense-like keys (offset * 4 + part of speech) from a small range, sorted. */
  private static long[] randomKeys(Random random) {
    int n = random.nextInt(13);
    return LongStream.generate(() -> random.nextInt(40) * 4L + 1 + random.nextInt(4)).distinct().limit(n).sorted().toArray();
  }
}
