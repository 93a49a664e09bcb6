package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * Two claims that cannot both hold.
 *
 * @param id stable id ("x" followed by a number)
 * @param type the kind of disagreement
 * @param summary one line naming what disagrees ("cordial" vs "not warm")
 * @param severity how much it matters
 * @param claimIds the two claims, the one that sorts first first
 * @param sources the outlets of the two claims, in the order of {@code claimIds}
 */
public record Contradiction(
    String id,
    ContradictionType type,
    String summary,
    Severity severity,
    List<String> claimIds,
    List<String> sources) {
  public Contradiction {
    Checks.nonBlank(id, "contradiction id");
    Objects.requireNonNull(type, "type of " + id);
    Checks.nonBlank(summary, "summary of " + id);
    Objects.requireNonNull(severity, "severity of " + id);
    claimIds = List.copyOf(claimIds);
    sources = List.copyOf(sources);
    if (claimIds.size() != 2) {
      throw new IllegalArgumentException("contradiction " + id + " needs two claims, has " + claimIds);
    }
  }
}
