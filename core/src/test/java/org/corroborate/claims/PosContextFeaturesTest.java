package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The POS features with each word's features kept per word id against the same features found in
 * the table every time: the same probabilities, bit for bit, after every history a sentence's tags
 * give, on the seeds' sentences and the seeds' and fixtures' lines and on random tokens, with the
 * memo at its size and small enough to fill up, and shared by taggers on four threads.
 */
class PosContextFeaturesTest {
  private static final List<String[]> TOKENS = new ArrayList<>();
  private static final List<String[]> TAGS = new ArrayList<>();
  private static NlpModels models;

  @BeforeAll
  static void tagRealText() throws IOException {
    models = NlpModels.shared();
    PosBeamTagger tagger = new PosBeamTagger(models.pos);
    for (String[] tokens : RealText.sentencesAndLines(models)) {
      TOKENS.add(tokens);
      TAGS.add(tagger.tag(tokens));
    }
  }

  private static PosContextFeatures features(PosWordMemo words) {
    return new PosContextFeatures(models.pos.table(), models.pos.outcomes(), words);
  }

  private static int outcome(String tag) {
    return List.of(models.pos.outcomes()).indexOf(tag);
  }

  /** How many tokens were compared, each after its own history and after an arbitrary one. */
  private static long compare(PosContextFeatures kept, PosContextFeatures found, String[] tokens, String[] tags,
      Random random) {
    int n = models.pos.outcomes().length;
    kept.sentence(tokens);
    found.sentence(tokens);
    for (int i = 0; i < tokens.length; i++) {
      kept.at(i, tokens);
      found.at(i, tokens);
      int last = i >= 1 ? outcome(tags[i - 1]) : -1;
      int beforeLast = i >= 2 ? outcome(tags[i - 2]) : -1;
      assertThat(kept.probabilities(last, beforeLast).clone()).as(String.join(" ", tokens) + " at " + i)
          .containsExactly(found.probabilities(last, beforeLast));
      int other = i >= 1 ? random.nextInt(n) : -1;
      int otherBefore = i >= 2 ? random.nextInt(n) : -1;
      assertThat(kept.probabilities(other, otherBefore).clone()).containsExactly(found.probabilities(other, otherBefore));
    }
    return tokens.length;
  }

  @Test
  void keptWordFeaturesScoreAsTheTablesOnEveryRealSentence() {
    Random random = new Random(5);
    PosContextFeatures found = features(null);
    for (PosContextFeatures kept : List.of(features(PosContextFeatures.memo()), features(PosContextFeatures.memo(50)))) {
      long compared = 0;
      for (int pass = 0; pass < 2; pass++) { // the second pass finds nearly every word kept
        for (int s = 0; s < TOKENS.size(); s++) {
          compared += compare(kept, found, TOKENS.get(s), TAGS.get(s), random);
        }
      }
      assertThat(compared).isGreaterThan(20_000);
    }
  }

  @Test
  void randomTokensScoreAsTheTablesDo() {
    Random random = new Random(13);
    String[] vocabulary = {"the", "Pentagon", "said", ",", ".", "''", "``", "of", "a", "deal", "x".repeat(90), "é",
        "\u0000", "", "-", "co-op", "A", "1", "*SB*", "*SE*", "$", "200", "million", "--", "ab", "abc", "abcd"};
    PosContextFeatures found = features(null);
    List<PosContextFeatures> kept = List.of(features(PosContextFeatures.memo()), features(PosContextFeatures.memo(7)),
        features(PosContextFeatures.memo(1)));
    String[] outcomes = models.pos.outcomes();
    for (int s = 0; s < 2_000; s++) {
      int n = 1 + random.nextInt(30);
      String[] tokens = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = random.nextInt(4) == 0 ? "w" + random.nextInt(50_000) : vocabulary[random.nextInt(vocabulary.length)];
        tags[i] = outcomes[random.nextInt(outcomes.length)];
      }
      for (PosContextFeatures k : kept) {
        compare(k, found, tokens, tags, random);
      }
    }
  }

  @Test
  void featuresOnFourThreadsSharingOneMemoScoreAsTheTablesDo() throws Exception {
    PosWordMemo shared = PosContextFeatures.memo();
    OnThreads.run(4, first -> {
      PosContextFeatures kept = features(shared);
      PosContextFeatures found = features(null);
      Random random = new Random(first);
      for (int s = first % 2; s < TOKENS.size(); s += 2) {
        compare(kept, found, TOKENS.get(s), TAGS.get(s), random);
      }
    });
  }
}
