package org.corroborate.model;

/** What the corpus says of a cluster's proposition. */
public enum ClaimStatus {
  /** Two or more independent sources back it and nothing contradicts it. */
  CORROBORATED("corroborated"),
  /** One independent source (or none: only a denial) and nothing contradicts it. */
  SINGLE_SOURCE("single-source"),
  /** One of its claims is a side of a contradiction. */
  CONTESTED("contested");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
