package org.corroborate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line describing the machine a benchmark ran on. Thread safe (stateless). */
final class Machine {
  private Machine() {}

  static String describe() {
    long memKb = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("MemTotal:")) memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException | NumberFormatException e) {
      memKb = -1;
    }
    return String.format(Locale.ROOT, "machine: %d processors, %s memory, %s %s, Java %s (%s), load average %.2f",
        Runtime.getRuntime().availableProcessors(),
        memKb < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", memKb / 1024.0 / 1024.0),
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
