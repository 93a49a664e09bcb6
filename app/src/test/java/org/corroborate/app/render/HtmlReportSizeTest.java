package org.corroborate.app.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.LongStream;
import org.corroborate.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HtmlReportSizeTest {
  /** The bound for a report of 1,000 articles. */
  static final long MAX_BYTES_FOR_1000_ARTICLES = 20_000_000L;

  @Test
  void aReportOfAThousandArticlesStaysUnderTwentyMegabytes() throws IOException {
    Report report = SyntheticReports.generate(1000, 7);
    Path file = Path.of("target", "report-1000.html");
    Files.createDirectories(file.getParent());
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), UTF_8)) {
      new HtmlRenderer().render(report, out);
    }
    long bytes = Files.size(file);
    long text = report.articles().stream().mapToLong(a -> a.article().text().getBytes(UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "html report of %d articles, %d claims, %d clusters, %d contradictions: %d bytes"
        + " (article text %d bytes)%n", report.articles().size(), report.claimCount(), report.clusters().size(),
        report.contradictions().size(), bytes, text);
    assertThat(bytes).isLessThan(MAX_BYTES_FOR_1000_ARTICLES);
  }

  static LongStream seeds() {
    return LongStream.range(1, 21);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomReportsWithOddOffsetsRenderWithoutThrowing(long seed) {
    Report report = SyntheticReports.generate(1 + (int) (seed % 5), seed, true);
    assertThatCode(() -> {
      String html = HtmlRendererTest.render(report);
      assertThat(HtmlRendererTest.between(html, "<script>", "</script>")).hasSize(1);
    }).doesNotThrowAnyException();
  }
}
