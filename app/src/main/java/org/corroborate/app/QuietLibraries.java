package org.corroborate.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences library log lines that are advice to whoever launches the JVM, not to the user of a
 * command (Lucene's note that the vector incubator module is not enabled). Kept as fields so the
 * loggers, and their levels, are not garbage collected.
 */
final class QuietLibraries {
  private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private QuietLibraries() {}

  static void apply() {
    LUCENE_VECTORS.setLevel(Level.SEVERE);
  }
}
