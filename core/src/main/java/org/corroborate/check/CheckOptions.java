package org.corroborate.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a draft is judged.
 *
 * @param minSources independent corpus sources a claim needs to be {@code supported}; a claim with
 *     at least one but fewer is {@code single-source}
 * @param failOn the verdicts that fail the check
 * @param ignoredOutlets corpus outlets whose articles are left out of the check
 */
public record CheckOptions(int minSources, Set<Verdict> failOn, Set<String> ignoredOutlets) {
  /** One source is enough by default. */
  public static final int DEFAULT_MIN_SOURCES = 1;
  /** By default a claim fails when the corpus contradicts it or says nothing of it. */
  public static final Set<Verdict> DEFAULT_FAIL_ON = Set.of(Verdict.CONTRADICTED, Verdict.UNSUPPORTED);

  public static final CheckOptions DEFAULTS = new CheckOptions(DEFAULT_MIN_SOURCES, DEFAULT_FAIL_ON, Set.of());

  public CheckOptions {
    if (minSources < 1) {
      throw new IllegalArgumentException("min-sources must be at least 1, was " + minSources);
    }
    failOn = failOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failOn));
    ignoredOutlets = Set.copyOf(new TreeSet<>(ignoredOutlets));
  }

  /**
   * The default verdicts that fail for a threshold: contradicted and unsupported, and single-source
   * too when the threshold is 2 or more.
   */
  public static Set<Verdict> defaultFailOn(int minSources) {
    if (minSources < 2) return DEFAULT_FAIL_ON;
    return Set.of(Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SINGLE_SOURCE);
  }

  /** The fail-on verdicts in a fixed order, for output. */
  public List<Verdict> failOnSorted() {
    return EnumSet.copyOf(failOn.isEmpty() ? EnumSet.noneOf(Verdict.class) : failOn).stream().toList();
  }
}
