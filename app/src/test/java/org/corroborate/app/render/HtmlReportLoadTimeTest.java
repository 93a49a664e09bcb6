package org.corroborate.app.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how long headless Chromium takes to open the report of 1,000 synthetic articles. It
 * prints the figures and asserts no timing (timings depend on the machine). Opt in with
 * {@code -Dhtml.measure=true}; {@code -Dhtml.measure.runs=N} sets the number of runs and
 * {@code -Dhtml.measure.file=a.html,b.html} measures given files instead, alternating between them.
 */
class HtmlReportLoadTimeTest {

  @Test
  void measureTheLoadTimeOfAThousandArticleReport() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("html.measure"), "measurement skipped: run with -Dhtml.measure=true");
    Report report = SyntheticReports.generate(1000, 7);
    String given = System.getProperty("html.measure.file");
    List<Path> files = new java.util.ArrayList<>();
    for (String f : (given != null ? given : "target/report-1000.html").split(",")) {
      files.add(Path.of(f).toAbsolutePath());
    }
    if (given == null) {
      Path file = files.get(0);
      Files.createDirectories(file.getParent());
      try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), UTF_8)) {
        new HtmlRenderer().render(report, out);
      }
    }
    for (Path file : files) {
      System.out.printf(Locale.ROOT, "%s: %d bytes, %d articles, %d claims, %d clusters%n", file.getFileName(),
          Files.size(file), report.articles().size(), report.claimCount(), report.clusters().size());
    }
    try (Chromium chromium = Chromium.start()) {
      chromium.driver.executeCdpCommand("Performance.enable", Map.of());
      int runs = Integer.getInteger("html.measure.runs", 3);
      for (int run = 1; run <= runs; run++) {
        for (Path file : files) {
          measure(chromium, file, run);
        }
      }
      if (given == null) {
        assertThat(chromium.driver.findElement(org.openqa.selenium.By.id("shown")).getText())
            .startsWith(report.clusters().size() + " of " + report.clusters().size());
      }
    }
  }

  /**
   * Opens the file once and prints the time from navigation start to the later of the load event
   * and the script's "corroborate-ready" mark, and the renderer main thread's busy time meanwhile.
   */
  private static void measure(Chromium chromium, Path file, int run) {
    chromium.driver.get("about:blank");
    Map<String, Double> before = metrics(chromium);
    long t0 = System.nanoTime();
    chromium.driver.get(file.toUri().toString());
    long wallMs = (System.nanoTime() - t0) / 1_000_000;
    @SuppressWarnings("unchecked")
    Map<String, Object> nav = (Map<String, Object>) chromium.js(
        "const n = performance.getEntriesByType('navigation')[0];"
            + "const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
            + "const ready = performance.getEntriesByName('corroborate-ready')[0];"
            + "return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: fcp ? fcp.startTime : -1,"
            + " ready: ready ? ready.startTime : -1, nodes: document.getElementsByTagName('*').length};");
    Map<String, Double> after = metrics(chromium);
    double opened = Math.max(num(nav.get("load")), num(nav.get("ready")));
    System.out.printf(Locale.ROOT, "%s run %d: OPEN %.0f ms (navigation start to load event and script ready);"
            + " domContentLoaded %.0f ms, load %.0f ms, script ready %.0f ms, first paint %.0f ms; driver.get %d ms;"
            + " %s elements%n", file.getFileName(), run, opened, num(nav.get("dcl")), num(nav.get("load")), num(nav.get("ready")),
        num(nav.get("fcp")), wallMs, nav.get("nodes"));
    StringBuilder cpu = new StringBuilder();
    after.forEach((name, v) -> {
      if (name.endsWith("Duration") || name.equals("ThreadTime")) {
        cpu.append(String.format(Locale.ROOT, " %s=%.2f", name, v - before.getOrDefault(name, 0.0)));
      }
    });
    System.out.println("  renderer main thread during the load (seconds):" + cpu);
  }

  private static Map<String, Double> metrics(Chromium chromium) {
    Map<String, Double> out = new java.util.TreeMap<>();
    Map<String, Object> metrics = chromium.driver.executeCdpCommand("Performance.getMetrics", Map.of());
    for (Object m : (List<?>) metrics.get("metrics")) {
      Map<?, ?> mm = (Map<?, ?>) m;
      out.put(String.valueOf(mm.get("name")), ((Number) mm.get("value")).doubleValue());
    }
    return out;
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }
}
