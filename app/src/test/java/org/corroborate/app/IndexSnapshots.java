package org.corroborate.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.check.ExtractedCorpus;
import org.corroborate.index.CorpusIndex;
import org.corroborate.index.IndexException;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;

/** Corpora before and after an update, and what an index answers, for the crash and concurrency tests. */
final class IndexSnapshots {
  private IndexSnapshots() {}

  static final Path SEEDS = Path.of("..", "seeds");

  /** What an index answers: each article's id and source with its claims' texts, in order. */
  static Map<String, List<String>> answers(Path index) throws IndexException {
    ExtractedCorpus corpus = new CorpusIndex().load(index);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ArticleClaims ac : corpus.extracted()) {
      out.put(ac.article().id() + " @ " + ac.article().source(), ac.claims().stream().map(Claim::text).toList());
    }
    return out;
  }

  /** The seeds as they are: the corpus before the update. */
  static void before(Path corpus) throws IOException {
    copyTree(SEEDS, corpus);
  }

  /**
   * The corpus after an edit that touches every kind of change: one article edited, one removed,
   * and eight added (the seeds again, each with a paragraph of its own so none is a duplicate).
   */
  static void update(Path corpus) throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Path edited = corpus.resolve(seeds.get(0).getFileName());
    Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8)
        + "\nThe council said on Tuesday that the bridge would reopen in March after repairs.\n", StandardCharsets.UTF_8);
    Files.delete(corpus.resolve(seeds.get(1).getFileName()));
    for (int i = 0; i < 8; i++) {
      Path from = seeds.get(i % seeds.size());
      Files.writeString(corpus.resolve("added-" + i + ".txt"), Files.readString(from, StandardCharsets.UTF_8)
          + "\nA spokesperson said update number " + (i + 1) + " was filed on Wednesday.\n", StandardCharsets.UTF_8);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
