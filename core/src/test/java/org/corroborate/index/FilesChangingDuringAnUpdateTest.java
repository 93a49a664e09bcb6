package org.corroborate.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.corroborate.check.ExtractedCorpus;
import org.corroborate.model.Article;
import org.corroborate.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file deleted or rewritten after the corpus was read but before the update reached it: the
 * update goes on, says which file it left out, and a later update makes the index match the files.
 */
class FilesChangingDuringAnUpdateTest {
  private static final String SENTENCE = "The council said on Tuesday that the bridge over the river would reopen in March after repairs to its deck. ";

  @TempDir Path dir;

  @Test
  void aFileDeletedAndAnotherRewrittenDuringTheUpdateAreHandledAndTheNextUpdateCatchesUp() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 12; i++) {
      Files.writeString(corpus.resolve(String.format("a%02d.txt", i)),
          "Article " + i + "\n" + SENTENCE.repeat(6) + "Officials said item " + i + " was approved.\n", StandardCharsets.UTF_8);
    }
    Path index = dir.resolve("index");
    Path last = corpus.resolve("a11.txt");
    Path rewritten = corpus.resolve("a10.txt");
    AtomicReference<Exception> changerFailed = new AtomicReference<>();
    // The write lock appears once the corpus has been read and the update starts writing: change files then.
    Thread changer = new Thread(() -> {
      try {
        while (!Files.exists(index.resolve("write.lock"))) {
          Thread.sleep(1);
        }
        Files.delete(last);
        Files.writeString(rewritten, "Rewritten\nThe harbour authority said the ferry would resume in April.\n", StandardCharsets.UTF_8);
      } catch (Exception e) {
        changerFailed.set(e);
      }
    });
    changer.start();
    IndexUpdate update = new CorpusIndex().update(corpus, index);
    changer.join();
    assertThat(changerFailed.get()).isNull();

    assertThat(update.diagnostics()).extracting(Diagnostic::file).contains("a11.txt");
    assertThat(update.diagnostics()).filteredOn(d -> d.file().equals("a11.txt"))
        .first().extracting(Diagnostic::problem).asString().contains("deleted or changed while indexing");
    ExtractedCorpus loaded = new CorpusIndex().load(index);
    assertThat(loaded.corpus().articles()).extracting(Article::id).doesNotContain("a11.txt").contains("a10.txt");

    IndexUpdate again = new CorpusIndex().update(corpus, index);
    assertThat(again.processed()).contains("a10.txt");
    ExtractedCorpus caughtUp = new CorpusIndex().load(index);
    Article a10 = caughtUp.corpus().articles().stream().filter(a -> a.id().equals("a10.txt")).findFirst().orElseThrow();
    assertThat(a10.text()).contains("ferry would resume");
    assertThat(caughtUp.corpus().articles()).hasSize(11);
    assertThat(List.copyOf(new CorpusIndex().update(corpus, index).processed())).isEmpty();
  }
}
