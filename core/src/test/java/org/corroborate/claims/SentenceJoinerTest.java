package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceJoinerTest {
  private final SentenceJoiner joiner = new SentenceJoiner();

  static Stream<Arguments> breaks() {
    return Stream.of(
        // last word before the break, piece after it, whether that piece has a verb, expected: continues?
        Arguments.of("p.m.", "Friday for the union to answer.", false, true),
        Arguments.of("a.m.", "Monday to clear the square.", true, true),
        Arguments.of("a.m.", "ET on Tuesday.", false, true),
        Arguments.of("U.S.", "forces withdrew.", true, true),
        Arguments.of("U.S.", "Navy destroyer near the strait.", false, true),
        Arguments.of("U.S.", "The delegation left on Sunday.", true, false),
        Arguments.of("p.m.", "The vote was delayed.", true, false),
        Arguments.of("Sen.", "Warren criticized the airline.", true, true),
        Arguments.of("Charles O.", "Rossotti ran the agency.", true, true),
        Arguments.of("O.", "Rossotti ran the agency.", true, true),
        Arguments.of("ended.", "Friday was quiet.", true, false),
        Arguments.of("Inc.", "The shares rose.", true, false));
  }

  @ParameterizedTest(name = "{0} | {1} -> {3}")
  @MethodSource("breaks")
  void aBreakAfterAnAbbreviationIsKeptOnlyWhenTheNextPieceCanStandAlone(String before, String after,
      boolean standsAlone, boolean continues) {
    String last = before.substring(before.lastIndexOf(' ') + 1);
    assertThat(joiner.continues(last, after, () -> standsAlone)).isEqualTo(continues);
  }
}
