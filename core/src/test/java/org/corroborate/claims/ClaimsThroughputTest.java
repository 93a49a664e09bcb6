package org.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A rough single-thread throughput measurement over the seeds: POS tagging alone against the whole
 * claims stage (tagging included). Off by default; run with {@code -Dclaims.perf=true}. It prints its
 * figures and asserts nothing about time. JMH benchmarks come with the benchmarks issue.
 */
@EnabledIfSystemProperty(named = "claims.perf", matches = "true")
class ClaimsThroughputTest {
  /** The OpenNLP POS model the packed one is compared with. */
  private static final POSModel OPENNLP_POS = NlpModels.openNlpPos();
  private static final int ROUNDS = 30;

  @Test
  void measuresPosTaggingAgainstTheWholeClaimsStage() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        articles.add(new Article(name, name, "", null, null, Files.readString(p, UTF_8), List.of()));
      }
    }
    NlpModels models = NlpModels.shared();
    TokenizerME tokenizer = new TokenizerME(models.tokens);
    POSTaggerME tagger = new POSTaggerME(OPENNLP_POS, POSTagFormat.PENN);
    List<String[]> sentences = new ArrayList<>();
    for (Article a : articles) {
      for (String line : a.text().split("\n")) {
        if (!line.isBlank()) {
          sentences.add(tokenizer.tokenize(line));
        }
      }
    }
    long tokens = sentences.stream().mapToLong(s -> s.length).sum();
    ClaimExtractor extractor = new ClaimExtractor(models);
    Lemmatizer lemmatizer = new Lemmatizer();
    for (int warm = 0; warm < 5; warm++) {
      sentences.forEach(tagger::tag);
      articles.forEach(extractor::extract);
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < ROUNDS; r++) {
      sentences.forEach(tagger::tag);
    }
    long pos = System.nanoTime() - t0;
    t0 = System.nanoTime();
    int claims = 0;
    for (int r = 0; r < ROUNDS; r++) {
      for (Article a : articles) {
        claims += extractor.extract(a).claims().size();
      }
    }
    long whole = System.nanoTime() - t0;
    List<String[]> tags = sentences.stream().map(tagger::tag).toList();
    t0 = System.nanoTime();
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < sentences.size(); i++) {
        for (int k = 0; k < sentences.get(i).length; k++) {
          Lemmatizer.compute(sentences.get(i)[k].toLowerCase(Locale.ROOT), tags.get(i)[k]);
        }
      }
    }
    long rules = System.nanoTime() - t0;
    t0 = System.nanoTime();
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < sentences.size(); i++) {
        for (int k = 0; k < sentences.get(i).length; k++) {
          lemmatizer.lemma(sentences.get(i)[k], tags.get(i)[k]);
        }
      }
    }
    long cached = System.nanoTime() - t0;
    GreedyChunker chunker = new GreedyChunker(models.chunker);
    t0 = System.nanoTime();
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < sentences.size(); i++) {
        chunker.chunk(sentences.get(i), tags.get(i));
      }
    }
    long chunk = System.nanoTime() - t0;
    t0 = System.nanoTime();
    for (int r = 0; r < ROUNDS; r++) {
      for (Article a : articles) {
        for (String line : a.text().split("\n")) {
          tokenizer.tokenize(line);
        }
      }
    }
    long tok = System.nanoTime() - t0;
    double n = (double) tokens * ROUNDS;
    String report = String.format(Locale.ROOT,
        "tokens=%d rounds=%d%nPOS tagging alone: %.0f tokens/s%nwhole claims stage: %.0f tokens/s (%.2fx POS time)%n"
            + "rule lemmatizer uncached: %.0f tokens/s, cached: %.0f tokens/s%nchunker alone: %.0f tokens/s%n"
            + "tokenizer alone: %.0f tokens/s%n",
        tokens, ROUNDS, n / (pos / 1e9), n / (whole / 1e9), (double) whole / pos, n / (rules / 1e9),
        n / (cached / 1e9), n / (chunk / 1e9), n / (tok / 1e9));
    Files.writeString(Path.of("target", "claims-throughput.txt"), report, UTF_8);
    assertThat(claims).isPositive();
  }
}
