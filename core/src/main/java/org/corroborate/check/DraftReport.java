package org.corroborate.check;

import java.util.List;
import java.util.Objects;

/**
 * The verdicts on one draft.
 *
 * @param file the draft's path as given, with '/' separators
 * @param claims every claim of the draft, in order of position
 * @param warnings problems found while reading it
 */
public record DraftReport(String file, List<ClaimFinding> claims, List<String> warnings) {
  public DraftReport {
    Objects.requireNonNull(file, "file");
    claims = List.copyOf(claims);
    warnings = List.copyOf(warnings);
  }
}
