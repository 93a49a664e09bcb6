package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.index.CorpusIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code index} processes on one folder: the second is refused with a clear message while the
 * first holds Lucene's write lock, and the index is whole afterwards. {@code check --index} keeps
 * answering from the last committed index while an update runs.
 */
class IndexConcurrencyTest {
  @TempDir Path dir;

  @Test
  void aSecondIndexProcessOnTheSameFolderFailsClearlyAndTheIndexStaysWhole() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexSnapshots.before(corpus);
    IndexSnapshots.update(corpus);
    Path expectedIndex = dir.resolve("expected");
    new CorpusIndex().update(corpus, expectedIndex);
    Map<String, List<String>> expected = IndexSnapshots.answers(expectedIndex);

    Path index = dir.resolve("index");
    ChildCli.Child first = ChildCli.start(dir.resolve("logs"), "first", "512m", "index", corpus.toString(), "--index", index.toString());
    Path lock = index.resolve("write.lock");
    while (!Files.exists(lock) && first.process().isAlive()) {
      Thread.sleep(20);
    }
    ChildCli.Child second = ChildCli.start(dir.resolve("logs"), "second", "512m", "index", corpus.toString(), "--index", index.toString());
    int firstCode = first.waitFor(300);
    int secondCode = second.waitFor(300);

    assertThat(firstCode).as(first.stderr()).isZero();
    assertThat(secondCode).as(second.stderr()).isIn(ExitCodes.OK, ExitCodes.NO_CORPUS);
    if (secondCode == ExitCodes.NO_CORPUS) {
      assertThat(second.stderr()).contains("another 'corroborate index' is updating this index");
    }
    for (ChildCli.Child c : List.of(first, second)) {
      assertThat(c.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(IndexSnapshots.answers(index)).isEqualTo(expected);
    System.out.printf(Locale.ROOT, "concurrency: first index exit %d, second exit %d%n", firstCode, secondCode);
  }

  @Test
  void checkAgainstAnIndexAnswersFromTheLastCommitWhileAnUpdateRuns() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexSnapshots.before(corpus);
    Path index = dir.resolve("index");
    new CorpusIndex().update(corpus, index);
    Path draft = Path.of("..", "fixtures", "check", "seed-draft.md");
    CliRun baseline = CliRun.of("check", draft.toString(), "--index", index.toString(), "--format", "json", "--exit-zero");
    assertThat(baseline.exitCode()).as(baseline.err()).isZero();

    IndexSnapshots.update(corpus);
    ChildCli.Child update = ChildCli.start(dir.resolve("logs"), "update", "512m", "index", corpus.toString(), "--index", index.toString());
    List<String> answeredDuring = new ArrayList<>();
    while (update.process().isAlive()) {
      CliRun run = CliRun.of("check", draft.toString(), "--index", index.toString(), "--format", "json", "--exit-zero");
      assertThat(run.exitCode()).as(run.err()).isZero();
      if (update.process().isAlive()) {
        answeredDuring.add(run.out());
      }
    }
    assertThat(update.waitFor(300)).as(update.stderr()).isZero();
    int during = answeredDuring.size();
    assertThat(during).as("checks that ran while the update was running").isPositive();
    CliRun afterwards = CliRun.of("check", draft.toString(), "--index", index.toString(), "--format", "json", "--exit-zero");
    assertThat(afterwards.exitCode()).isZero();
    // the last commit is the old one until the update commits, and the new one from then on, while the
    // updating process may still be exiting: every answer is one of the two, never a mix
    for (String answer : answeredDuring) {
      assertThat(answer).as("a check during the update answers from the last commit").isIn(baseline.out(), afterwards.out());
    }
    System.out.printf(Locale.ROOT, "concurrency: %d checks answered during the update%n", during);
  }
}
