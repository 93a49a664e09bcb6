package org.corroborate.embed;

import java.util.Objects;

/**
 * One benchmark pair and its gold label.
 *
 * @param number the pair's line index in the file (0 is the header), which also names its articles
 * @param first the first sentence
 * @param second the second sentence
 * @param same whether the pair states one claim (score at least {@link StsPairs#SAME_SCORE})
 */
public record StsPair(int number, String first, String second, boolean same) {
  public StsPair {
    if (number < 1) {
      throw new IllegalArgumentException("pair number must be at least 1: " + number);
    }
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
