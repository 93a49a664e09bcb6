package org.corroborate.model;

import java.util.List;

/**
 * Claims that state one proposition.
 *
 * @param id stable id ("c" followed by a number, in order of the representative's position)
 * @param representative the id of the claim that stands for the cluster
 * @param claimIds every member, sorted; each claim is in exactly one cluster
 */
public record Cluster(String id, String representative, List<String> claimIds) {
  public Cluster {
    Checks.nonBlank(id, "cluster id");
    Checks.nonBlank(representative, "representative of " + id);
    claimIds = List.copyOf(claimIds);
    if (!claimIds.contains(representative)) {
      throw new IllegalArgumentException("cluster " + id + " does not contain its representative " + representative);
    }
  }
}
