package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.corroborate.index.CorpusIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corroborate index} killed with SIGKILL at random points of an update, many times: the
 * index always opens and answers exactly as before the update or exactly as after it, and a
 * later update completes it. The number of kills is {@code corroborate.robust.kills} (default 4 to keep
 * the suite fast; run with {@code -Dcorroborate.robust.kills=20} for the figure).
 */
class IndexCrashSafetyTest {
  @TempDir Path dir;

  @Test
  void anIndexKilledAtAnyPointOfAnUpdateAnswersAsBeforeOrAsAfterIt() throws Exception {
    Path corpus = dir.resolve("corpus");
    IndexSnapshots.before(corpus);
    Path beforeIndex = dir.resolve("before-index");
    new CorpusIndex().update(corpus, beforeIndex);
    Map<String, List<String>> before = IndexSnapshots.answers(beforeIndex);

    IndexSnapshots.update(corpus);
    Path afterIndex = dir.resolve("after-index");
    IndexSnapshots.copyTree(beforeIndex, afterIndex);
    new CorpusIndex().update(corpus, afterIndex);
    Map<String, List<String>> after = IndexSnapshots.answers(afterIndex);
    assertThat(after).isNotEqualTo(before);

    // How long an uninterrupted update takes in a child JVM, to spread the kills over it.
    Path timed = dir.resolve("timed-index");
    IndexSnapshots.copyTree(beforeIndex, timed);
    long t0 = System.nanoTime();
    ChildCli.Child full = ChildCli.start(dir.resolve("logs"), "full", "512m", "index", corpus.toString(), "--index", timed.toString());
    assertThat(full.waitFor(300)).as(full.stderr()).isZero();
    long fullMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(IndexSnapshots.answers(timed)).isEqualTo(after);

    int kills = Integer.getInteger("corroborate.robust.kills", 4);
    Random random = new Random(Long.getLong("corroborate.robust.seed", 10L));
    int sawBefore = 0;
    int sawAfter = 0;
    for (int k = 0; k < kills; k++) {
      Path index = dir.resolve("index-" + k);
      IndexSnapshots.copyTree(beforeIndex, index);
      ChildCli.Child child = ChildCli.start(dir.resolve("logs"), "kill-" + k, "512m", "index", corpus.toString(), "--index", index.toString());
      // Half the kills anywhere in the run, half in its last part, where the writes and the commit are.
      long delay = k % 2 == 0 ? (long) (random.nextDouble() * fullMillis) : (long) (fullMillis * (0.6 + 0.5 * random.nextDouble()));
      Thread.sleep(delay);
      child.process().destroyForcibly();
      child.process().waitFor();

      Map<String, List<String>> answers = IndexSnapshots.answers(index);
      assertThat(answers).as("kill %d after %d ms", k, delay).isIn(before, after);
      if (answers.equals(before)) sawBefore++;
      else sawAfter++;
      if (k == kills - 1) {
        // A killed update leaves Lucene's lock file behind; the next update must still get the lock and finish.
        new CorpusIndex().update(corpus, index);
        assertThat(IndexSnapshots.answers(index)).as("update after kill %d", k).isEqualTo(after);
      }
      IndexSnapshots.deleteTree(index);
    }
    System.out.printf(Locale.ROOT, "crash safety: %d kills over a %d ms update: %d left the index as before, %d as after%n",
        kills, fullMillis, sawBefore, sawAfter);
  }
}
