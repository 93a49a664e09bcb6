package org.corroborate.model;

import java.util.List;

/**
 * One independent origin of a cluster's claim: the outlets whose claims trace back to it.
 *
 * @param name who originated it (an outlet, a wire agency, a cited upstream report)
 * @param sources the outlets folded into it, sorted
 * @param claimIds the supporting claims that trace back to it, sorted
 * @param reason why these outlets count once ("independent report", "same wire story (AP)",
 *     "passage copied from seeds/004.txt (212 chars)", "cites the Wall Street Journal")
 */
public record Origin(String name, List<String> sources, List<String> claimIds, String reason) {
  public Origin {
    Checks.nonBlank(name, "origin name");
    sources = List.copyOf(sources);
    claimIds = List.copyOf(claimIds);
    Checks.nonBlank(reason, "reason for origin " + name);
  }
}
