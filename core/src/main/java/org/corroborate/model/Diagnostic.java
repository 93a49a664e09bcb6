package org.corroborate.model;

import java.util.Objects;

/** A problem with one input file: the run goes on, the report shows it. */
public record Diagnostic(String file, String problem) {
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Checks.nonBlank(problem, "problem");
  }
}
