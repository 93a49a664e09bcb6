package org.corroborate.model;

/**
 * An editor's declaration (from {@code origins.csv}) that an outlet is not independent: its
 * claims count under {@code origin} (one owner, one newsroom).
 */
public record OutletOrigin(String outlet, String origin) {
  public OutletOrigin {
    Checks.nonBlank(outlet, "outlet");
    Checks.nonBlank(origin, "origin of " + outlet);
  }
}
