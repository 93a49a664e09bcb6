package org.corroborate.app.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final Path GOLDEN = ReportSamples.FIXTURES.resolve("small.expected.html");

  static String render(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlRenderer().render(report, out);
    return out.toString();
  }

  @Test
  void theSmallFixtureRendersExactlyAsTheGoldenFile() throws IOException {
    String html = render(ReportSamples.small());
    if (Boolean.getBoolean("html.golden.update")) {
      Files.writeString(GOLDEN, html, UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(GOLDEN, UTF_8));
  }

  @Test
  void renderingTheSameReportTwiceGivesByteIdenticalHtml() throws IOException {
    assertThat(render(ReportSamples.small())).isEqualTo(render(ReportSamples.small()));
    assertThat(render(ReportSamples.hostile())).isEqualTo(render(ReportSamples.hostile()));
  }

  @Test
  void theContentSecurityPolicyHashesMatchTheOnlyInlineStyleAndScript() throws IOException {
    String html = render(ReportSamples.small());
    List<String> styles = between(html, "<style>", "</style>");
    List<String> scripts = between(html, "<script>", "</script>");
    assertThat(styles).hasSize(1);
    assertThat(scripts).hasSize(1);
    Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertThat(csp.find()).isTrue();
    String policy = csp.group(1).replace("&#39;", "'").replace("&#61;", "=");
    assertThat(policy)
        .startsWith("default-src 'none';")
        .contains("style-src '" + HtmlRenderer.sha256(styles.get(0)) + "'")
        .contains("script-src '" + HtmlRenderer.sha256(scripts.get(0)) + "'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("http");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws IOException {
    String html = render(ReportSamples.hostile());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "report-hostile.html"), html, UTF_8);
    assertThat(between(html, "<script>", "</script>")).hasSize(1);
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<img")
        .doesNotContain("<b>final")
        .doesNotContain("<b>2026")
        .doesNotContain("<style>body")
        .doesNotContain("</textarea")
        .doesNotContain("href=\"javascript:")
        .doesNotContain(" onerror=")
        .doesNotContain("</noscript><script");
    assertThat(html).contains("&lt;script&gt;window.__pwned");
    assertThat(html).contains("&lt;/textarea&gt;&lt;/title&gt;&lt;style&gt;");
    assertThat(html).contains("javascript:alert(document.cookie)");
  }

  @Test
  void onlyHttpUrlsBecomeLinks() throws IOException {
    String html = render(ReportSamples.hostile());
    assertThat(html).contains("<a href=\"https://example.org/a?b&#61;1&amp;c&#61;&quot;2&quot;\"");
    assertThat(html).contains("<span class=\"url\">javascript:window.__pwned&#61;&#39;url&#39;</span>");
  }

  @Test
  void eachArticleTextStandsOnceInTheArticleViewAndEveryClaimLinksToItsCluster() throws IOException {
    Report report = ReportSamples.small();
    String html = render(report);
    List<String> views = between(html, "<div class=\"tx\" id=\"", "</div>");
    assertThat(views).hasSize(report.articles().size());
    for (int i = 0; i < views.size(); i++) {
      String view = views.get(i);
      String inner = view.substring(view.indexOf('>') + 1);
      assertThat(unescape(inner.replaceAll("<[^>]*>", ""))).isEqualTo(report.articles().get(i).article().text());
    }
    String outsideContradictions = html.substring(0, html.indexOf("<section id=\"contradictions\""))
        + html.substring(html.indexOf("<section id=\"articles\""));
    assertThat(count(outsideContradictions, "What happens to the old ferry?")).isEqualTo(1);
    for (int k = 1; k <= report.claimCount(); k++) {
      assertThat(html).containsPattern("id=\"?a\\d+k" + k + "[\" >]");
      assertThat(html).containsPattern("href=\"?#a\\d+k" + k + "[\" >]");
    }
    for (int g = 1; g <= report.clusters().size(); g++) {
      assertThat(html).containsPattern("href=\"?#g" + g + "[\" >]");
    }
  }

  static String unescape(String s) {
    Matcher m = Pattern.compile("&(#(\\d+)|lt|gt|amp|quot);").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String r = switch (m.group(1)) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        default -> Character.toString(Integer.parseInt(m.group(2)));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static List<String> between(String s, String open, String close) {
    List<String> out = new ArrayList<>();
    for (int i = s.indexOf(open); i >= 0; i = s.indexOf(open, i + 1)) {
      int end = s.indexOf(close, i);
      out.add(s.substring(i + open.length(), end));
    }
    return out;
  }
}
