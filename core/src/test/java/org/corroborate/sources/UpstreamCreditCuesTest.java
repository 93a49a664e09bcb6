package org.corroborate.sources;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.corroborate.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cue words that let {@link UpstreamCredits} skip a rule: on a table of sentences that match
 * each rule in every spelling the patterns allow, on every sentence of the seeds and the text
 * fixtures, and on random sentences built from attribution words, a rule never matches a sentence
 * without one of its cues, and the credits found with the cues are those found with every rule.
 */
class UpstreamCreditCuesTest {
  private static final OutletRegistry REGISTRY = new OutletRegistry(
      List.of(new Article("a.txt", "Axios", "", null, null, "", List.of()),
          new Article("b.txt", "The Wall Street Journal", "", null, null, "", List.of())),
      List.of());
  private static final List<String> TABLE = List.of(
      "According to a Wall Street Journal report from February, Claude may have been used in the raid.",
      "according to the Times's investigation, the plan stalled.",
      "The company was fined, according to a new Financial Times investigation.",
      "An Axios report said the deal was near.",
      "A separate Reuters exclusive found the same.",
      "An Atlantic investigation found otherwise.",
      "The deal was first reported by The Information on Monday.",
      "It was revealed by Politico and then published by Le Monde, obtained by CNN and broken by Semafor.",
      "Hegseth gave Amodei until Friday evening to comply, Axios has learned.",
      "The Guardian had learned of the plan.",
      "The ministry confirmed the figure, Reuters reported.",
      "The Harbor Gazette reports that the plan stalled; Bloomberg first revealed it.",
      "According to Reuters, the talks ended.",
      "The minister resigned, citing WSJ reporting.",
      "Citing a Defense official, the report said so.",
      "Per Axios, the meeting was tense. The cost, per NBC News, rose.",
      "Via Reuters: the talks ended. It came via Palantir.",
      "In an interview with CNBC, Amodei said so. He said in an interview with Fox News that it was fine.",
      "A Defense official told Axios ahead of the meeting.",
      "Sources tell Axios the meeting was cordial; he tells Reuters otherwise, telling CNN it is done.",
      "Hegseth told Amodei in a tense meeting that the Pentagon would cut ties.",
      "A senior Defense official said the meeting was not warm and fuzzy at all.",
      "The percentage of papers rose by 5 percent, the super computer said.",
      "");
  private static final List<String> SENTENCES = new ArrayList<>();

  @BeforeAll
  static void readRealSentences() throws IOException {
    SENTENCES.addAll(TABLE);
    for (String dir : List.of("../seeds", "../fixtures")) {
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted()
            .toList()) {
          for (String sentence : Files.readString(p, UTF_8).split("(?<=[.!?])\\s+|\n")) {
            if (!sentence.isBlank()) {
              SENTENCES.add(sentence.strip());
            }
          }
        }
      }
    }
    Random random = new Random(9);
    String[] words = {"According", "according", "to", "a", "an", "the", "The", "Reuters", "Axios", "Fox", "News",
        "report", "reported", "reports", "by", "first", "has", "had", "learned", "revealed", "published", "obtained",
        "broken", "citing", "Citing", "per", "Per", "via", "Via", "In", "in", "interview", "with", "told", "tells",
        "tell", "telling", "officials", "source", ",", ".", "investigation", "exclusive", "new", "said", "Amodei"};
    for (int s = 0; s < 3_000; s++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0, n = 2 + random.nextInt(12); w < n; w++) {
        b.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      SENTENCES.add(b.toString());
    }
  }

  @Test
  void everyRuleMatchesSomeSentenceOfTheTable() {
    for (int r = 0; r < UpstreamCredits.ruleCount(); r++) {
      int rule = r;
      assertThat(TABLE).as("rule %d", r).anyMatch(s -> UpstreamCredits.matchedAndCued(rule, s)[0]);
    }
  }

  @Test
  void noRuleMatchesASentenceThatHasNoneOfItsCues() {
    int skipped = 0;
    for (String sentence : SENTENCES) {
      for (int r = 0; r < UpstreamCredits.ruleCount(); r++) {
        boolean[] matchedAndCued = UpstreamCredits.matchedAndCued(r, sentence);
        if (matchedAndCued[0]) {
          assertThat(matchedAndCued[1]).as("rule %d on %s", r, sentence).isTrue();
        }
        if (!matchedAndCued[1]) {
          skipped++;
        }
      }
    }
    assertThat(skipped).isPositive();
  }

  @Test
  void theCreditsFoundWithTheCuesAreThoseFoundWithEveryRule() {
    UpstreamCredits credits = new UpstreamCredits(REGISTRY);
    int found = 0;
    for (String sentence : SENTENCES) {
      assertThat(credits.find(sentence)).as(sentence).isEqualTo(credits.findWithEveryRule(sentence));
      found += credits.find(sentence).isPresent() ? 1 : 0;
    }
    assertThat(found).isGreaterThan(10);
  }
}
