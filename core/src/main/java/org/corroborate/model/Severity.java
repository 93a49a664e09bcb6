package org.corroborate.model;

import java.util.Locale;

/** How much a contradiction should worry an editor. */
public enum Severity {
  HIGH,
  LOW;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
