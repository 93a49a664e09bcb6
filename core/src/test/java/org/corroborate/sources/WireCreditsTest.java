package org.corroborate.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireCreditsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Storm hits coast\\nMIAMI (AP) — A hurricane made landfall on Tuesday.                        | AP
      Markets\\nLONDON, Feb 24 (Reuters) - Shares fell sharply in early trading.                   | Reuters
      Talks resume\\nBy Dana Whitfield, Associated Press\\nNegotiators met again on Monday.         | Associated Press
      Talks resume\\nNegotiators met again on Monday.\\nCopyright 2026 The Associated Press. All rights reserved. | Associated Press
      Talks resume\\nNegotiators met again on Monday.\\n— AFP                                     | AFP
      Talks resume\\nNegotiators met again on Monday.\\nThis story originally appeared in Wired.   | Wired
      Talks resume\\nvia Getty Images\\nNegotiators met again on Monday.                            | -
      Talks resume\\nSource: Pentagon budget documents\\nNegotiators met again on Monday.           | -
      Talks resume\\nvia The Guardian\\nNegotiators met again on Monday.                           | The Guardian
      Talks resume\\nThe act, the Defense Production Act (DPA)—is rarely used against a software maker. | -
      Talks resume\\nThe official told the Associated Press that talks would resume.               | -
      Talks resume\\nNegotiators met again.\\nAssociated Press writer Jo Li contributed to this report. | -
      Talks resume\\nClaude was used via Palantir's classified platform during the operation, officials said. | -
      """)
  void findsDatelinesBylinesAndCreditLinesButNotAgenciesNamedInTheStory(String text, String expected) {
    assertThat(WireCredits.find(text.replace("\\n", "\n")).map(Credit::name).orElse(null)).isEqualTo(expected);
  }
}
