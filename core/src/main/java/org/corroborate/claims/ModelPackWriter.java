package org.corroborate.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the {@link ModelPack} into a classes folder, at build time (core's pom runs it after
 * compiling). Written to a temporary file and moved into place, so an interrupted build leaves no
 * half-written pack.
 */
public final class ModelPackWriter {
  private ModelPackWriter() {}

  /** {@code args[0]}: the classes folder (target/classes). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ModelPackWriter CLASSES_DIR");
      System.exit(2);
    }
    Path target = Path.of(args[0], ModelPack.RESOURCE.substring(1));
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "tagging-models", ".tmp");
    try {
      Files.write(tmp, ModelPack.fromOpenNlp().bytes());
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
