package org.corroborate.contradict;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;

/** Finds pairs of claims that cannot both hold. PLACEHOLDER: finds none. */
public final class ContradictionFinder {

  public List<Contradiction> find(List<Claim> claims, Clustering clustering) {
    return List.of();
  }
}
