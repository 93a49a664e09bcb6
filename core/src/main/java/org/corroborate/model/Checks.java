package org.corroborate.model;

import java.util.Objects;

/** Argument checks for the records' compact constructors; messages name the bad value. */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name + " is null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  static void span(int start, int end, String name) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(name + " has bad offsets [" + start + ", " + end + ")");
    }
  }
}
