package org.corroborate.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a child JVM on the test classpath, with a heap bound, so a test can kill it
 * (SIGKILL), run two at once, or hold it to a memory limit. Output goes to files in {@code logs}.
 */
final class ChildCli {
  private ChildCli() {}

  /** A started child: its process and where its output goes. */
  record Child(Process process, Path out, Path err) {
    int waitFor(long seconds) throws InterruptedException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the child did not finish within " + seconds + " s");
      }
      return process.exitValue();
    }

    String stdout() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
      return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Peak resident memory in kB of a measured child that has ended, or -1 when unknown. */
    long peakRssKb() throws IOException {
      Path rss = Path.of(out.toString().replaceFirst("\\.out$", ".rss"));
      if (!Files.exists(rss)) return -1;
      String last = Files.readString(rss, StandardCharsets.UTF_8).strip();
      last = last.substring(last.lastIndexOf('\n') + 1);
      return last.matches("\\d+") ? Long.parseLong(last) : -1;
    }
  }

  static Child start(Path logs, String name, String maxHeap, String... args) throws IOException {
    return start(logs, name, maxHeap, false, args);
  }

  /**
   * Starts the CLI; with {@code measure}, under {@code /usr/bin/time} (when there is one) so that
   * {@link Child#peakRssKb()} can tell its peak resident memory. A measured child cannot be killed
   * reliably (the kill reaches {@code time}, not the JVM): do not measure children a test kills.
   */
  static Child start(Path logs, String name, String maxHeap, boolean measure, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    Path time = Path.of("/usr/bin/time");
    if (measure && Files.isExecutable(time)) {
      command.addAll(List.of(time.toString(), "-f", "%M", "-o", logs.resolve(name + ".rss").toString()));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Files.createDirectories(logs);
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new Child(p, out, err);
  }
}
