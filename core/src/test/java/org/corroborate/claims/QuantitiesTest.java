package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
  private final Quantities quantities = new Quantities();

  private List<String> normalized(String text) {
    return quantities.find(text).stream().map(Quantity::normalized).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The contract is worth $200 million.                       | 200000000 USD
      The contract is worth 200 million dollars.                | 200000000 USD
      Prices rose 4.5 percent in March.                         | 4.5 percent
      The deal is expected to close in the fourth quarter.      | 4th quarter
      The deal is expected to close in the 4th quarter.         | 4th quarter
      She won a third term on Tuesday.                          | 3rd term
      It was the 11th round of talks.                           | 11th round
      The 22nd amendment limits presidents to two terms.        | 22nd amendment
      """)
  void moneyPercentagesAndOrdinalsAreNormalised(String text, String expected) {
    assertThat(normalized(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The outage was first reported on Monday.
      First, the council must approve the plan.
      At first the company denied the report.
      The third of the plants closed later.
      """)
  void anOrdinalThatRanksNoNounIsNoQuantity(String text) {
    assertThat(quantities.find(text)).noneMatch(q -> q.unit().equals(Quantity.ORDINAL));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The deal closes in the first quarter. | The deal closes in the fourth quarter.
      """)
  void twoRanksOfOneNounAreTwoValuesOfOneKind(String a, String b) {
    Quantity qa = quantities.find(a).get(0);
    Quantity qb = quantities.find(b).get(0);
    assertThat(qa.counted()).isEqualTo(qb.counted()).isEqualTo("quarter");
    assertThat(qa.value()).isNotEqualTo(qb.value());
  }
}
