package org.corroborate.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Which build of the engine is running: a SHA-256 over core's compiled classes and resources,
 * computed by the build (core's pom) and stored beside them. An index stores the claims and the
 * analysis of the build that made it; another build may extract other claims from the same files,
 * so an index records its build and is rebuilt, not reused, by another one.
 */
final class EngineBuild {
  private static final String RESOURCE = "engine-build.txt";
  /** When the classes were not built by Maven (an IDE's own compiler): no fingerprint to compare. */
  static final String UNKNOWN = "unknown";

  private EngineBuild() {}

  /** This build's fingerprint, or {@link #UNKNOWN}. */
  static String current() {
    try (InputStream in = EngineBuild.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return UNKNOWN;
      }
      String id = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      return id.isEmpty() ? UNKNOWN : id;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the engine's build fingerprint failed", e);
    }
  }
}
