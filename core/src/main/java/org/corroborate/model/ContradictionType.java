package org.corroborate.model;

import java.util.Locale;

/** Kinds of contradiction, after de Marneffe, Rafferty and Manning (ACL 2008). */
public enum ContradictionType {
  DENIAL,
  NEGATION,
  ANTONYM,
  NUMERIC,
  DATE,
  EXCLUSIVITY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
