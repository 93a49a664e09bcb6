package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Article and draft text never acts as code in a report: the fixture's claims carry {@code %},
 * line breaks, {@code ]]>}, {@code <script>}, {@code ::} workflow-command lookalikes, ANSI escape
 * sequences, a bell and bidi overrides, and every output format keeps them inert.
 */
class UntrustedOutputTest {
  static final Path FIXTURE = Path.of("..", "fixtures", "robust", "hostile");
  static final Path CORPUS = FIXTURE.resolve("corpus");
  static final Path DRAFT = FIXTURE.resolve("drafts").resolve("hostile-draft.md");
  static final ObjectMapper JSON = new ObjectMapper();

  static CliRun check(String format) {
    CliRun run = CliRun.of("check", DRAFT.toString(), "--against", CORPUS.toString(), "--format", format, "--exit-zero", "--verbose");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  /** Characters a terminal may act on: C0 controls but line feed, DEL and C1 controls, bidi overrides. */
  static void assertNoTerminalControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      assertThat(control).as("U+%04X at %d in %s", (int) c, i, s).isFalse();
    }
  }

  @Test
  void textOutputOfCheckAndScanCarriesNoTerminalControlCharacters() {
    CliRun check = check("text");
    assertNoTerminalControls(check.out());
    assertNoTerminalControls(check.err());
    assertThat(check.out()).contains("RED");
    CliRun scan = CliRun.of("scan", CORPUS.toString());
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    assertNoTerminalControls(scan.out());
    assertNoTerminalControls(scan.err());
  }

  @Test
  void githubAnnotationsStayOneCommandPerLineWithPercentAndLineBreaksEscaped() {
    String out = check("github").out();
    assertNoTerminalControls(out);
    List<String> lines = out.lines().toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(line).matches("::(error|warning|notice) file=[^:,]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[^:,]*::.*");
    }
    assertThat(out).as("a literal %0A in the text is not a line break").contains("%250A").contains("100%25");
  }

  @Test
  void junitXmlParsesAndKeepsCdataTerminatorsAndMarkupAsText() throws Exception {
    String out = check("junit").out();
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out)));
    NodeList cases = xml.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(cases.item(i).getAttributes().getNamedItem("name").getNodeValue());
    }
    assertThat(names).anySatisfy(n -> assertThat(n).contains("]]>"));
    assertThat(names).anySatisfy(n -> assertThat(n).contains("title=pwned").contains("%0A"));
  }

  @Test
  void sarifIsValidJsonWithTheHostileTextAsPlainStrings() throws Exception {
    JsonNode sarif = JSON.readTree(check("sarif").out());
    assertThat(SarifSchema.load().validate(sarif)).isEmpty();
    assertThat(sarif.toString()).contains("]]>").contains("title=pwned").contains("%0A");
  }

  @Test
  void htmlReportEscapesMarkupAndCarriesARestrictiveContentSecurityPolicy() throws Exception {
    Path report = Files.createTempFile("hostile-report", ".html");
    try {
      CliRun run = CliRun.of("scan", CORPUS.toString(), "--format", "html", "--out", report.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      String html = Files.readString(report);
      assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertThat(html.replace("&#39;", "'")).contains("Content-Security-Policy").contains("default-src 'none'");
    } finally {
      Files.deleteIfExists(report);
    }
  }

  @Test
  void jsonOutputsKeepTheTextIntactAndParse() throws Exception {
    JsonNode check = JSON.readTree(check("json").out());
    assertThat(check.toString()).contains("]]>");
    CliRun scan = CliRun.of("scan", CORPUS.toString(), "--format", "json");
    JsonNode report = JSON.readTree(scan.out());
    assertThat(ScanCommandTest.schema().validate(report)).isEmpty();
    assertThat(CheckCommandTest.checkSchema().validate(check)).isEmpty();
  }
}
