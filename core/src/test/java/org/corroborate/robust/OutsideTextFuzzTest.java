package org.corroborate.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.check.ConfigException;
import org.corroborate.check.ConfigReader;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz targets for the readers of outside text. Under plain {@code mvn test}
 * (regression mode) each target runs once on every input of its seed corpus, kept in
 * {@code fixtures/robust/fuzz}; with {@code JAZZER_FUZZ=1} one target is fuzzed for its
 * {@code maxDuration} (see {@code scripts/fuzz.sh}). The property: nothing throws, a problem is a
 * diagnostic or a message naming the file.
 */
class OutsideTextFuzzTest {
  private static final String[] EXTENSIONS = {"txt", "md", "html"};
  private static Path dir;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("corroborate-fuzz-");
  }

  @AfterAll
  static void cleanUp() {
    TempFolders.delete(dir);
  }

  @FuzzTest(maxDuration = "30s")
  void articleFile(FuzzedDataProvider data) throws IOException {
    String ext = data.pickValue(EXTENSIONS);
    boolean english = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    Path folder = dir.resolve("corpus");
    if (Files.exists(folder)) TempFolders.delete(folder);
    Files.createDirectories(folder);
    Path file = folder.resolve("article." + ext);
    Files.write(file, bytes);
    Corpus corpus = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 10, english)).read(folder);
    assertThat(corpus.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo("article." + ext));
    assertThat(corpus.articles().size() + corpus.diagnostics().size()).isPositive();
    for (Article a : corpus.articles()) {
      assertThat(a.text()).isNotBlank().doesNotContain("\u0000");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void manifest(FuzzedDataProvider data) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("manifest"));
    Files.writeString(folder.resolve("a.txt"), "The council said the bridge would reopen in March after repairs.");
    Files.write(folder.resolve("sources.csv"), data.consumeBytes(data.consumeInt(0, 4000)));
    Files.write(folder.resolve("origins.csv"), data.consumeRemainingAsBytes());
    Corpus corpus = new CorpusReader().read(folder);
    assertThat(corpus.diagnostics()).extracting(Diagnostic::file).isSubsetOf("sources.csv", "origins.csv", "a.txt");
  }

  @FuzzTest(maxDuration = "30s")
  void configFile(FuzzedDataProvider data) throws IOException {
    Path file = dir.resolve(ConfigReader.FILE_NAME);
    boolean waivers = data.consumeBoolean();
    Files.write(file, data.consumeRemainingAsBytes());
    try {
      if (waivers) {
        new ConfigReader().readWaivers(file);
      } else {
        assertThat(new ConfigReader().readConfig(file)).isNotNull();
      }
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file.toString());
    }
  }

  @FuzzTest(maxDuration = "30s")
  void draftFile(FuzzedDataProvider data) throws IOException {
    String ext = data.pickValue(EXTENSIONS);
    Path file = dir.resolve("draft." + ext);
    Files.write(file, data.consumeRemainingAsBytes());
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<org.corroborate.check.Draft> draft = new org.corroborate.check.DraftReader().read(file, "draft." + ext, diagnostics);
    assertThat(draft.isPresent() || !diagnostics.isEmpty()).isTrue();
  }
}
