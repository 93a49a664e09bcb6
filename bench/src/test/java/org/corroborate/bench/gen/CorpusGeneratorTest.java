package org.corroborate.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Path generate(Path out, int n, long seed) throws IOException {
    new CorpusGenerator(CorpusGenerator.Settings.forArticles(n, seed)).write(out);
    return out;
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
    }
    return out;
  }

  @Test
  void theSameSeedWritesByteIdenticalCorpora() throws IOException {
    Map<String, byte[]> first = files(generate(dir.resolve("a"), 60, 7));
    Map<String, byte[]> second = files(generate(dir.resolve("b"), 60, 7));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String name : first.keySet()) assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
    assertThat(first).containsKeys("sources.csv", "truth.json", "0000/a0000001.txt", "0000/a0000060.txt");
  }

  @Test
  void theCommittedSampleIsWhatTheGeneratorWritesForItsSeed() throws IOException {
    Path sample = Path.of("..", "fixtures", "generated", "n40-seed2");
    Map<String, byte[]> committed = files(sample);
    Map<String, byte[]> fresh = files(generate(dir.resolve("s"), 40, 2));
    assertThat(fresh.keySet()).isEqualTo(committed.keySet());
    for (String name : committed.keySet()) assertThat(fresh.get(name)).as(name).isEqualTo(committed.get(name));
    assertConsistent(sample, 40);
  }

  @Test
  void anotherSeedWritesAnotherCorpus() throws IOException {
    Map<String, byte[]> first = files(generate(dir.resolve("a"), 30, 7));
    Map<String, byte[]> other = files(generate(dir.resolve("b"), 30, 8));
    assertThat(other.get("0000/a0000001.txt")).isNotEqualTo(first.get("0000/a0000001.txt"));
  }

  @Test
  void groundTruthOfTheDefaultCorpusIsConsistentWithTheFilesWritten() throws IOException {
    assertConsistent(generate(dir.resolve("c"), 400, CorpusGenerator.Settings.DEFAULT_SEED), 400);
  }

  @Test
  void anySizeAndSeedGivesAConsistentCorpus() throws IOException {
    Random random = new Random(42);
    for (int i = 0; i < 8; i++) {
      int n = 1 + random.nextInt(50);
      long seed = random.nextLong();
      assertConsistent(generate(dir.resolve("r" + i), n, seed), n);
    }
  }

  @Test
  void aCorpusIsNeverWrittenIntoAFolderThatHoldsFiles() throws IOException {
    Files.writeString(dir.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> generate(dir, 10, 1)).hasMessageContaining("not empty");
    assertThat(Files.readString(dir.resolve("keep.txt"), StandardCharsets.UTF_8)).isEqualTo("mine");
  }

  @Test
  void settingsOutOfRangeAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> new CorpusGenerator.Settings(0, 12, 1, 1)).hasMessageContaining("was 0");
    assertThatThrownBy(() -> new CorpusGenerator.Settings(10, 3, 1, 1)).hasMessageContaining("was 3");
    assertThatThrownBy(() -> new CorpusGenerator.Settings(10, 12, 11, 1)).hasMessageContaining("was 11");
  }

  @Test
  void articlesAreSplitIntoNearEqualEvents() {
    assertThat(CorpusGenerator.spread(10, 3)).containsExactly(4, 3, 3);
    assertThat(CorpusGenerator.Settings.forArticles(100_000, 1).events()).isEqualTo(12_500);
    assertThat(CorpusGenerator.Settings.forArticles(100_000, 1).outlets()).isEqualTo(CorpusGenerator.Settings.MAX_OUTLETS);
  }

  /** Every claim the truth makes about the files can be checked against the files themselves. */
  private static void assertConsistent(Path corpus, int n) throws IOException {
    JsonNode truth = JSON.readTree(corpus.resolve("truth.json").toFile());
    assertThat(truth.get("articles").asInt()).isEqualTo(n);
    List<String> manifest = Files.readAllLines(corpus.resolve("sources.csv"), StandardCharsets.UTF_8);
    assertThat(manifest.get(0)).isEqualTo("file,source,url,published");
    Set<String> listed = new TreeSet<>();
    Map<String, String> outletOf = new HashMap<>();
    for (String row : manifest.subList(1, manifest.size())) {
      String[] cells = row.split(",");
      assertThat(cells).as(row).hasSize(4);
      assertThat(listed.add(cells[0])).as("listed once: " + cells[0]).isTrue();
      outletOf.put(cells[0], cells[1]);
    }
    Set<String> written = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(p -> p.toString().endsWith(".txt")).forEach(p -> written.add(corpus.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(written).hasSize(n).isEqualTo(listed);
    Map<String, String> texts = new HashMap<>();
    for (String id : written) {
      String text = Files.readString(corpus.resolve(id), StandardCharsets.UTF_8);
      assertThat(text).as(id).doesNotContain("{").doesNotContain("}").doesNotContain("\r");
      texts.put(id, text);
    }
    Set<String> contested = new HashSet<>();
    for (JsonNode c : truth.get("contradictions")) {
      contested.add(c.get("fact").asText());
      assertThat(c.get("type").asText()).isIn("numeric", "negation");
      assertThat(sentence(texts, c)).endsWith(".");
    }
    Set<String> factIds = new HashSet<>();
    for (JsonNode fact : truth.get("facts")) {
      String id = fact.get("id").asText();
      assertThat(factIds.add(id)).as("fact listed once: " + id).isTrue();
      Set<String> origins = new TreeSet<>();
      Set<String> statements = new HashSet<>();
      Map<String, String> originOfStatement = new HashMap<>();
      List<String> outlets = new ArrayList<>();
      for (JsonNode m : fact.get("members")) {
        String s = sentence(texts, m);
        assertThat(s).as(id).matches("[A-Z0-9].*\\.");
        statements.add(s);
        String before = originOfStatement.putIfAbsent(s, m.get("origin").asText());
        assertThat(before == null ? m.get("origin").asText() : before)
            .as("independent origins of %s never print the same sentence: %s", id, s).isEqualTo(m.get("origin").asText());
        origins.add(m.get("origin").asText());
        outlets.add(outletOf.get(m.get("article").asText()));
      }
      int expected = fact.get("expectedIndependentSources").asInt();
      assertThat(expected).as(id).isEqualTo(origins.size()).isLessThanOrEqualTo(outlets.size());
      assertThat(outlets).as("one member per outlet in " + id).doesNotHaveDuplicates();
      String status = contested.contains(id) ? "contested" : expected >= 2 ? "corroborated" : "single-source";
      assertThat(fact.get("expectedStatus").asText()).as(id).isEqualTo(status);
      if (fact.get("kind").asText().equals("detail")) {
        assertThat(statements).as("a detail is one sentence, copied or not: " + id).hasSize(1);
      }
    }
    for (JsonNode c : truth.get("contradictions")) {
      String fact = c.get("fact").asText();
      for (JsonNode f : truth.get("facts")) {
        if (!f.get("id").asText().equals(fact)) continue;
        for (JsonNode m : f.get("members")) assertThat(sentence(texts, c)).isNotEqualTo(sentence(texts, m));
      }
    }
    for (JsonNode copy : truth.get("copies")) {
      String article = copy.get("article").asText();
      assertThat(texts).containsKey(article);
      if (copy.get("kind").asText().equals("reprint")) {
        assertThat(texts.get(article)).isEqualTo(texts.get(copy.get("of").asText()));
        assertThat(outletOf.get(article)).isNotEqualTo(outletOf.get(copy.get("of").asText()));
      } else if (copy.get("kind").asText().equals("wire")) {
        assertThat(texts.get(article)).contains("(" + copy.get("of").asText() + ") \u2014 ");
      } else {
        String source = texts.get(copy.get("of").asText());
        long kept = texts.get(article).lines().filter(l -> !l.isBlank()).skip(1)
            .flatMap(l -> Stream.of(l.split("(?<=\\.) "))).filter(sentence -> source.contains(sentence)).count();
        assertThat(kept).as("rewrite " + article + " keeps whole sentences of its source").isPositive();
      }
    }
  }

  private static String sentence(Map<String, String> texts, JsonNode span) {
    String text = texts.get(span.get("article").asText());
    assertThat(text).as(span.toString()).isNotNull();
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertThat(start).isGreaterThanOrEqualTo(0).isLessThan(end);
    assertThat(end).isLessThanOrEqualTo(text.length());
    return text.substring(start, end);
  }
}
