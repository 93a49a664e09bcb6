package org.corroborate.app.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Origin;
import org.junit.jupiter.api.Test;

class OriginRowsTest {

  @Test
  void originsThatShareAReasonAreListedTogetherInTheOrderTheyFirstAppear() {
    List<View.OriginRow> rows = PageBuilder.originRows(List.of(
        new Origin("Alpha", List.of("Alpha"), List.of("a#1"), "independent report"),
        new Origin("Reuters", List.of("Beta", "Gamma"), List.of("b#1", "c#2"), "cites Reuters"),
        new Origin("Delta", List.of("Delta"), List.of("d#1"), "independent report")));
    assertThat(rows).containsExactly(
        new View.OriginRow("Alpha, Delta", "independent report", false),
        new View.OriginRow("Reuters (Beta, Gamma)", "cites Reuters", true));
  }

  @Test
  void whenEveryOutletIsItsOwnOriginForOneReasonOneRowSaysSoWithoutRepeatingTheOutlets() {
    List<View.OriginRow> rows = PageBuilder.originRows(List.of(
        new Origin("Alpha", List.of("Alpha"), List.of("a#1"), "independent report"),
        new Origin("Beta", List.of("Beta"), List.of("b#1"), "independent report"),
        new Origin("Gamma", List.of("Gamma"), List.of("c#1"), "independent report")));
    assertThat(rows).containsExactly(new View.OriginRow("each of the 3 outlets", "independent report", true));
  }

  @Test
  void outletsOnTheirOwnWithDifferentReasonsAreNamed() {
    List<View.OriginRow> rows = PageBuilder.originRows(List.of(
        new Origin("Alpha", List.of("Alpha"), List.of("a#1"), "independent report"),
        new Origin("Beta", List.of("Beta"), List.of("b#1"), "independent report (hedged)")));
    assertThat(rows).extracting(View.OriginRow::names).containsExactly("Alpha", "Beta");
  }
}
