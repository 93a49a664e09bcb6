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
 * {@code -Dhtml.measure=true}.
 */
class HtmlReportLoadTimeTest {

  @Test
  void measureTheLoadTimeOfAThousandArticleReport() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("html.measure"), "measurement skipped: run with -Dhtml.measure=true");
    Report report = SyntheticReports.generate(1000, 7);
    Path file = Path.of("target", "report-1000.html").toAbsolutePath();
    Files.createDirectories(file.getParent());
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), UTF_8)) {
      new HtmlRenderer().render(report, out);
    }
    System.out.printf(Locale.ROOT, "report-1000.html: %d bytes, %d articles, %d claims, %d clusters%n", Files.size(file),
        report.articles().size(), report.claimCount(), report.clusters().size());
    try (Chromium chromium = Chromium.start()) {
      chromium.driver.executeCdpCommand("Performance.enable", Map.of());
      int runs = Integer.getInteger("html.measure.runs", 3);
      for (int run = 1; run <= runs; run++) {
        chromium.driver.get("about:blank");
        long t0 = System.nanoTime();
        chromium.driver.get(file.toUri().toString());
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        @SuppressWarnings("unchecked")
        Map<String, Object> nav = (Map<String, Object>) chromium.js(
            "const n = performance.getEntriesByType('navigation')[0];"
                + "const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
                + "return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: fcp ? fcp.startTime : -1,"
                + " nodes: document.getElementsByTagName('*').length};");
        Map<String, Object> metrics = chromium.driver.executeCdpCommand("Performance.getMetrics", Map.of());
        System.out.printf(Locale.ROOT, "run %d: driver.get %d ms; domContentLoaded %.0f ms, load %.0f ms, first paint %.0f ms;"
            + " %s elements%n", run, wallMs, num(nav.get("dcl")), num(nav.get("load")), num(nav.get("fcp")), nav.get("nodes"));
        StringBuilder cpu = new StringBuilder();
        for (Object m : (List<?>) metrics.get("metrics")) {
          Map<?, ?> mm = (Map<?, ?>) m;
          String name = String.valueOf(mm.get("name"));
          if (name.endsWith("Duration") || name.equals("ThreadTime") || name.equals("Nodes")) {
            cpu.append(String.format(Locale.ROOT, " %s=%.2f", name, ((Number) mm.get("value")).doubleValue()));
          }
        }
        System.out.println("  renderer (seconds, cumulative):" + cpu);
      }
      assertThat(chromium.driver.findElements(org.openqa.selenium.By.cssSelector("#clusters > li")))
          .hasSize(report.clusters().size());
    }
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }
}
