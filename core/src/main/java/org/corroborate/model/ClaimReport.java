package org.corroborate.model;

import java.util.Objects;

/** A claim as the report shows it: the claim, its cluster and its status. */
public record ClaimReport(Claim claim, String clusterId, ClaimStatus status) {
  public ClaimReport {
    Objects.requireNonNull(claim, "claim");
    Checks.nonBlank(clusterId, "clusterId of " + claim.id());
    Objects.requireNonNull(status, "status of " + claim.id());
  }
}
