package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One cluster in the report.
 *
 * @param id the cluster id
 * @param text the representative claim's text
 * @param independentSources N: the number of {@code origins}
 * @param sources every outlet with a claim in the cluster, sorted
 * @param status corroborated, single-source or contested
 * @param origins the independent origins, each with its outlets and the reason
 * @param claims every member claim, in id order
 * @param contradictionIds the contradictions any member is a side of
 */
public record ClusterReport(
    String id,
    String text,
    int independentSources,
    List<String> sources,
    ClaimStatus status,
    List<Origin> origins,
    List<ClaimReport> claims,
    List<String> contradictionIds) {
  public ClusterReport {
    Checks.nonBlank(id, "cluster id");
    Checks.nonBlank(text, "text of " + id);
    sources = List.copyOf(sources);
    Objects.requireNonNull(status, "status of " + id);
    origins = List.copyOf(origins);
    claims = List.copyOf(claims);
    contradictionIds = List.copyOf(contradictionIds);
    if (independentSources != origins.size()) {
      throw new IllegalArgumentException("cluster " + id + ": N=" + independentSources + " but " + origins.size() + " origins");
    }
  }
}
