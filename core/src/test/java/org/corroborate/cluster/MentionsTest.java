package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MentionsTest {

  static Stream<Arguments> mentions() {
    return Stream.of(
        Arguments.of("Google invests $200 million in a wind farm", "[usd=200000000]", "[]"),
        Arguments.of("Google invests 200 million dollars in a wind farm", "[usd=200000000]", "[]"),
        Arguments.of("The UK spends £3m on prisons", "[gbp=3000000]", "[]"),
        Arguments.of("Stocks end up 0.11 pct", "[percent=0.11]", "[]"),
        Arguments.of("Shares fell 5% on Monday", "[percent=5]", "[weekday=monday]"),
        Arguments.of("Three men were arrested", "[=3]", "[]"),
        Arguments.of("The deadline is 5 p.m. Friday", "[]", "[time=17:00, weekday=friday]"),
        Arguments.of("The treaty was signed in 1990", "[]", "[year=1990]"),
        Arguments.of("Today in History, Jan. 21", "[]", "[day=january 21, month=january]"),
        Arguments.of("The company may sue in March", "[]", "[month=march]"),
        Arguments.of("Officials may march on the capital", "[]", "[]"),
        Arguments.of("A population of 1,250,000 people", "[=1250000]", "[]"));
  }

  @ParameterizedTest
  @MethodSource("mentions")
  void amountsAndDatesAreNormalisedToComparableKeys(String text, String numbers, String dates) {
    Mentions.Extracted e = Mentions.extract(text);
    assertThat(e.numbers()).hasToString(numbers);
    assertThat(e.dates()).hasToString(dates);
  }

  @org.junit.jupiter.api.Test
  void anAmountWrittenTwoWaysIsRewrittenToTheSameWords() {
    assertThat(Mentions.extract("$200 million").text().strip())
        .isEqualTo(Mentions.extract("200 million dollars").text().strip())
        .isEqualTo("200000000 usd");
  }
}
