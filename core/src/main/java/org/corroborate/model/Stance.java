package org.corroborate.model;

import java.util.Locale;

/** What the speaker does with the claim's proposition. */
public enum Stance {
  /** The speaker (or the outlet) states it. */
  ASSERTS,
  /** The speaker denies it: never support. */
  DENIES,
  /** The speaker declined to comment on it: never support. */
  DECLINES;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
