package org.corroborate.app.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error is a terminal. Thread safe (stateless). */
final class Terminals {
  private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private Terminals() {}

  /**
   * On Linux, whether file descriptor 2 points at a terminal device; elsewhere, whether the JVM
   * has an interactive console (which is about standard input and output, the best Java can tell).
   */
  static boolean standardErrorIsTerminal() {
    try {
      if (Files.isSymbolicLink(STDERR_LINK)) {
        return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the console check
    }
    var console = System.console();
    try {
      return console != null && (boolean) console.getClass().getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return console != null;
    }
  }

  /** Whether a device path names a terminal ({@code /dev/pts/3}, {@code /dev/tty1}, {@code /dev/console}). */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
