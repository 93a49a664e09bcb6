package org.corroborate.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an STS-format benchmark (tab-separated {@code split, score, sentence1, sentence2} with a
 * header line) the way {@code corroborate eval sts} does: same claim when the score is at least
 * {@link #SAME_SCORE}, different when at most {@link #DIFFERENT_SCORE}, pairs in between and pairs
 * with an empty side skipped.
 */
public final class StsPairs {
  /** Gold "same claim" at or above this score (as in {@code corroborate eval sts}). */
  public static final double SAME_SCORE = 4;
  /** Gold "different claim" at or below this score (as in {@code corroborate eval sts}). */
  public static final double DIFFERENT_SCORE = 2;

  private StsPairs() {}

  /** The labelled pairs of one split, in file order; a bad score is an error naming file and line. */
  public static List<StsPair> read(Path file, String split) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": could not read file: " + e.getMessage(), e);
    }
    List<StsPair> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length < 4 || !cols[0].equals(split)) {
        continue;
      }
      double score;
      try {
        score = Double.parseDouble(cols[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad score '" + cols[1] + "'", e);
      }
      String a = cols[2].strip();
      String b = cols[3].strip();
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      if (score >= SAME_SCORE) {
        out.add(new StsPair(i, a, b, true));
      } else if (score <= DIFFERENT_SCORE) {
        out.add(new StsPair(i, a, b, false));
      }
    }
    return out;
  }

  /** The gold labels of {@code pairs}, in order. */
  public static boolean[] gold(List<StsPair> pairs) {
    boolean[] gold = new boolean[pairs.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = pairs.get(i).same();
    }
    return gold;
  }
}
