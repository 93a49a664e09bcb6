package org.corroborate.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  private static List<String> singleSourceLines() throws Exception {
    StringWriter out = new StringWriter();
    new TextRenderer(false, false).render(ReportSamples.small(), out);
    String text = out.toString();
    String section = text.substring(text.indexOf("Single-source claims"), text.indexOf("Summary"));
    return section.lines().skip(1).filter(l -> !l.isBlank()).toList();
  }

  @Test
  void aClaimOnlyADenialCarriesSaysWhoDeniedIt() throws Exception {
    assertThat(singleSourceLines())
        .filteredOn(l -> l.contains("Mayor denies the bridge was approved"))
        .singleElement()
        .asString()
        .contains("(no asserting source: denied by Mayor)");
  }

  @Test
  void aClaimAnOutletAssertsHasNoSuchNote() throws Exception {
    assertThat(singleSourceLines())
        .filteredOn(l -> l.contains("The bridge was approved."))
        .singleElement()
        .asString()
        .doesNotContain("no asserting source");
  }
}
