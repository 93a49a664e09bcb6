package org.corroborate.check;

import java.util.Objects;

/**
 * A corpus claim that contradicts a draft claim.
 *
 * @param claim the corpus claim
 * @param type the kind of contradiction ("denial", "numeric", ...)
 * @param summary what disagrees
 * @param severity "high" or "low"
 */
public record Opposition(CorpusClaim claim, String type, String summary, String severity) {
  public Opposition {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(type, "type");
    summary = summary == null ? "" : summary;
    Objects.requireNonNull(severity, "severity");
  }
}
