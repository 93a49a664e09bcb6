package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each corpus-reading limit, when hit, is a diagnostic naming the file, and the run goes on. */
class IngestLimitsTest {
  private static final String PARAGRAPH = "The council said on Tuesday that the bridge would reopen in March after repairs to its deck.\n";

  @TempDir Path dir;

  @Test
  void anArticleLongerThanTheCharacterLimitIsCutAtALineBreakAndSaysSo() throws IOException {
    Files.writeString(dir.resolve("long.txt"), PARAGRAPH.repeat(100), StandardCharsets.UTF_8);
    Corpus corpus = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 10, true, 1000)).read(dir);
    Article a = corpus.articles().get(0);
    assertThat(a.text()).hasSize(PARAGRAPH.length() * (1000 / PARAGRAPH.length())).endsWith("deck.\n");
    assertThat(corpus.diagnostics()).extracting(Diagnostic::file).containsExactly("long.txt");
    assertThat(corpus.diagnostics().get(0).problem()).contains("over the limit of 1,000").contains("9,300 characters");
  }

  @Test
  void anArticleThatIsOneLongLineIsCutAtTheLimit() throws IOException {
    Files.writeString(dir.resolve("line.txt"), PARAGRAPH.strip().repeat(50), StandardCharsets.UTF_8);
    Corpus corpus = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 10, true, 500)).read(dir);
    assertThat(corpus.articles().get(0).text()).hasSize(500);
    assertThat(corpus.diagnostics().get(0).problem()).contains("only the first 500 were read");
  }

  @Test
  void articlesOverTheCountLimitAreSkippedWithOneDiagnostic() throws IOException {
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), PARAGRAPH.repeat(3), StandardCharsets.UTF_8);
    }
    Corpus corpus = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 3, true)).read(dir);
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a0.txt", "a1.txt", "a2.txt");
    assertThat(corpus.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("a3.txt");
      assertThat(d.problem()).contains("over the limit of 3 articles");
    });
  }
}
