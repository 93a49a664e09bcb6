package org.corroborate.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corroborate.check.CheckOptions;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.CorpusClaim;
import org.corroborate.check.DraftReport;
import org.corroborate.check.Opposition;
import org.corroborate.check.Verdict;
import org.corroborate.check.Waiver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Renderers on hand-built results whose text holds everything that can break a format. */
class CheckRenderersTest {
  static final String NASTY = "Up 40% ::error file=x:: ]]> <b>&amp;</b>\r\nline two\nend\u0007\u001b[31m \ud83d\ude00 \ud800 a,b:c";

  static CheckResult nastyResult() {
    CorpusClaim against = new CorpusClaim("corpus/a.md#3", "corpus/a.md", "Gazette, Inc.: News", "Down 10% ]]> \n\"quoted\"");
    ClaimFinding contradicted = new ClaimFinding("draft:d d.md#1", NASTY, NASTY, 0, 10, 3, 5, 4, 2, "0123456789abcdef0123",
        Verdict.CONTRADICTED, 1, List.of("Herald: 100%"), List.of(against), List.of(new Opposition(against, "numeric", "40% vs 10%", "high")),
        true, null);
    ClaimFinding waived = new ClaimFinding("draft:d d.md#2", "Second ]]> claim.", "Second claim.", 11, 20, 5, 1, 5, 18,
        "fedcba98765432100123", Verdict.UNSUPPORTED, 0, List.of(), List.of(), List.of(), false, new Waiver("our %0A own, \"event\" ]]>", Waiver.INLINE));
    return new CheckResult("corpus", 3, CheckOptions.DEFAULTS,
        List.of(new DraftReport("drafts/d d,1:x.md", List.of(contradicted, waived), List.of())), List.of());
  }

  static String render(CheckRenderer r, CheckResult result) throws Exception {
    StringWriter w = new StringWriter();
    r.render(result, w);
    return w.toString();
  }

  @ParameterizedTest(name = "data {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain text | plain text",
      "100% | 100%25",
      "%0A | %250A",
      "a\\rb | a%0Db",
      "a\\nb | a%0Ab",
      "a:b,c | a:b,c",
      "::error:: | ::error::",
  })
  void workflowCommandDataEscapesPercentAndLineBreaks(String in, String out) {
    assertThat(GithubRenderer.data(unescape(in))).isEqualTo(out);
  }

  @ParameterizedTest(name = "property {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "drafts/story.md | drafts/story.md",
      "100% | 100%25",
      "a\\rb\\nc | a%0Db%0Ac",
      "a:b | a%3Ab",
      "a,b | a%2Cb",
      "%3A | %253A",
      "::x,y:: | %3A%3Ax%2Cy%3A%3A",
  })
  void workflowCommandPropertiesAlsoEscapeColonsAndCommas(String in, String out) {
    assertThat(GithubRenderer.property(unescape(in))).isEqualTo(out);
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n");
  }

  @Test
  void githubOutputKeepsEveryCommandOnOneLineWithItsPropertiesIntact() throws Exception {
    String out = render(new GithubRenderer(), nastyResult());
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("::error file=drafts/d d%2C1%3Ax.md,line=3,col=5,endLine=4,endColumn=2,title=");
    assertThat(lines.get(1)).startsWith("::notice file=");
    String message = lines.get(0).substring(lines.get(0).indexOf("::", 2) + 2);
    assertThat(message).contains("Up 40%25 ::error file=x:: ]]>").contains("%0D%0Aline two%0Aend").doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void junitOutputIsWellFormedXmlWithTheTextIntact() throws Exception {
    String out = render(new JunitRenderer(), nastyResult());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out)));
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    String message = xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue();
    assertThat(message).contains("Up 40% ::error file=x:: ]]> <b>&amp;</b>\r\nline two\nend").contains("\ud83d\ude00");
    assertThat(message).doesNotContain("\u0007").doesNotContain("\u001b").doesNotContain("\ud800 ");
  }

  @Test
  void sarifOutputIsJsonWithTheTextIntactAndARelativeUri() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(render(new SarifRenderer("test"), nastyResult()));
    JsonNode result = sarif.get("runs").get(0).get("results").get(0);
    assertThat(result.get("message").get("text").asText()).contains(NASTY.substring(0, 40)).contains("Gazette, Inc.: News");
    assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()).isEqualTo("drafts/d%20d,1:x.md");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode waived = sarif.get("runs").get(0).get("results").get(1);
    assertThat(waived.get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
    assertThat(waived.get("suppressions").get(0).get("justification").asText()).isEqualTo("our %0A own, \"event\" ]]>");
  }

  @Test
  void textOutputStripsTerminalControlCharacters() throws Exception {
    String out = render(new CheckTextRenderer(false), nastyResult());
    assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(out).contains("drafts/d d,1:x.md:3:5: contradicted: Up 40%");
    assertThat(out).contains("waived (inline)");
  }

  @Test
  void aPathWhoseFirstSegmentHasAColonIsNotMistakenForAScheme() {
    assertThat(SarifRenderer.uri("c:story.md")).isEqualTo("./c:story.md");
    assertThat(SarifRenderer.uri("./drafts/a b.md")).isEqualTo("drafts/a%20b.md");
    assertThat(Set.of(SarifRenderer.uri("dir/x:y.md"))).containsExactly("dir/x:y.md");
  }
}
