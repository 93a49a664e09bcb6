package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's quote rule through the whole engine: an unnamed source's quote credited to one outlet
 * and repeated elsewhere without credit counts once, under that outlet, on a fixture corpus and on
 * the seeds; a named speaker's statement quoted by several outlets counts once per outlet.
 */
class QuoteCreditEndToEndTest {
  private static List<ClusterReport> about(Report report, String words) {
    return report.clusters().stream()
        .filter(c -> c.claims().stream().anyMatch(m -> m.claim().text().toLowerCase(Locale.ROOT).contains(words)))
        .toList();
  }

  @Test
  void theFixturesAnonymousQuoteCountsOnceUnderTheLedgerAndTheMayorsStatementThreeTimes() throws IOException {
    Report report = new Corroborate().scan(Path.of("..", "fixtures", "sources", "quote-credit"));

    assertThat(about(report, "stays shut until april")).singleElement().satisfies(c -> {
      assertThat(c.sources()).containsExactly("Lakeview Ledger", "Riverside Courier");
      assertThat(c.independentSources()).isEqualTo(1);
      assertThat(c.origins()).singleElement().satisfies(o -> {
        assertThat(o.name()).isEqualTo("Lakeview Ledger");
        assertThat(o.reason()).contains("quote first given to Lakeview Ledger");
      });
    });
    assertThat(about(report, "will not leave this bridge unfinished")).singleElement()
        .satisfies(c -> assertThat(c.independentSources()).isEqualTo(3));
  }

  @Test
  void theSentencesOfAQuotationAttributedAfterItClosesCarryItsSpeakerAndOutlet() throws IOException {
    Report report = new Corroborate().scan(Path.of("..", "fixtures", "sources", "quote-credit"));

    List<Claim> quoted = report.clusters().stream().flatMap(c -> c.claims().stream()).map(m -> m.claim())
        .filter(c -> c.articleId().equals("lakeview-ledger.txt")
            && (c.text().contains("stays shut") || c.text().contains("walked off")))
        .toList();
    assertThat(quoted).hasSize(2).allSatisfy(c -> {
      assertThat(c.speaker()).isEqualTo("a senior city official");
      assertThat(c.citedSource()).isEqualTo("Lakeview Ledger");
      assertThat(c.quote()).isTrue();
    });
  }

  @Test
  void theSeedsAnonymousDefenseOfficialsQuoteRepeatedBy002CountsOnceUnderAxios() throws IOException {
    Report report = new Corroborate().scan(Path.of("..", "seeds"));

    List<ClusterReport> needThem = about(report, "we need them now");
    assertThat(needThem).isNotEmpty().allSatisfy(c -> {
      assertThat(c.independentSources()).as(c.text()).isEqualTo(1);
      assertThat(c.origins()).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("Axios"));
    });
    assertThat(needThem).anySatisfy(c -> assertThat(c.sources()).hasSize(2));
  }
}
