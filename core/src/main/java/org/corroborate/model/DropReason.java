package org.corroborate.model;

import java.util.Locale;

/** Why a sentence was not taken as a checkable claim. */
public enum DropReason {
  QUESTION,
  OPINION,
  PROMOTIONAL,
  FURNITURE,
  COMMENT,
  OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
