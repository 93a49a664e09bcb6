package org.corroborate.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamCreditsTest {
  private static final OutletRegistry REGISTRY = new OutletRegistry(
      List.of(new Article("a.txt", "Axios", "", null, null, "", List.of()),
          new Article("b.txt", "The Wall Street Journal", "", null, null, "", List.of())),
      List.of());
  private final UpstreamCredits credits = new UpstreamCredits(REGISTRY);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      According to a Wall Street Journal report from February, Claude may have been used in the raid. | Wall Street Journal
      The company was fined, according to a new Financial Times investigation.                       | Financial Times
      Hegseth gave Amodei until Friday evening to comply, Axios has learned.                         | Axios
      "We need them," a Defense official told Axios ahead of the meeting.                            | Axios
      The Pentagon is speeding up talks with OpenAI, sources tell Axios.                              | Axios
      Another source told Axios the meeting remained cordial.                                        | Axios
      The deal was first reported by The Information on Monday.                                       | The Information
      The ministry confirmed the figure, Reuters reported.                                            | Reuters
      The plan stalled, the Harbor Gazette reported on Tuesday.                                       | the Harbor Gazette
      The minister resigned, citing WSJ reporting.                                                    | WSJ
      Hegseth told Amodei in a tense meeting that the Pentagon would cut ties.                        | -
      Claude was used via Palantir's classified platform during the operation.                        | -
      According to the Pentagon, Claude is used for intelligence analysis.                            | -
      According to sources familiar with the discussions, Hegseth set a deadline.                     | -
      The Pentagon reported a rise in recruitment last year.                                          | -
      A senior Defense official said the meeting was not warm and fuzzy at all.                       | -
      """)
  void creditsAnUpstreamReportByGeneralPatternsAndNotAPersonOrAnAgencyOfGovernment(String sentence, String expected) {
    Optional<Credit> credit = credits.find(sentence);

    assertThat(credit.map(Credit::name).orElse(null)).isEqualTo(expected);
    credit.ifPresent(c -> assertThat(sentence).contains(c.cue()));
  }
}
