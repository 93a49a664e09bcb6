package org.corroborate.ingest;

import java.util.Locale;

/** Normalises outlet names for comparison: case, white space, a leading "The". */
final class OutletNames {
  private OutletNames() {}

  static String key(String name) {
    String k = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
