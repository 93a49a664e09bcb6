package org.corroborate.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the corpus says of one claim of a draft. */
public enum Verdict {
  /** At least the required number of independent corpus sources back it and none contradicts it. */
  SUPPORTED("supported"),
  /** Some corpus source backs it, but fewer independent sources than required. */
  SINGLE_SOURCE("single-source"),
  /** Nothing in the corpus says it. */
  UNSUPPORTED("unsupported"),
  /** A corpus claim says it cannot hold; takes precedence over every other verdict. */
  CONTRADICTED("contradicted");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The verdict for a claim: contradicted when any corpus claim opposes it, else by its number of
   * independent sources against the number required.
   */
  public static Verdict of(boolean opposed, int independentSources, int minSources) {
    if (opposed) {
      return CONTRADICTED;
    }
    if (independentSources == 0) {
      return UNSUPPORTED;
    }
    return independentSources < minSources ? SINGLE_SOURCE : SUPPORTED;
  }

  /** The verdict with this label ("single-source"), case-insensitive. */
  public static Verdict parse(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (Verdict v : values()) {
      if (v.label.equals(l)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + label + "' (known: "
        + Arrays.stream(values()).map(Verdict::label).collect(Collectors.joining(", ")) + ")");
  }
}
