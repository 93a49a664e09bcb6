package org.corroborate.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NamesTest {

  private static int distinct(Supplier<String> draw, int draws) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < draws; i++) {
      seen.add(draw.get());
    }
    return seen.size();
  }

  @Test
  void theNamesOfALargeCorpusAreManyMoreThanTheHandWrittenLists() {
    Names names = new Names(new Random(7), 1_000);
    // a thousand events' towns, firms and companies are mostly different, as in a real archive
    assertThat(distinct(names::town, 1_000)).isGreaterThan(500);
    assertThat(distinct(names::company, 1_000)).isGreaterThan(300);
    assertThat(distinct(() -> names.twoFirms().get(0), 1_000)).isGreaterThan(300);
  }

  @Test
  void aSmallCorpusDrawsFromASmallPoolSoNamesRecurAcrossItsEvents() {
    Names names = new Names(new Random(7), 5);
    assertThat(distinct(names::town, 1_000)).isLessThanOrEqualTo(5 * Names.NAMES_PER_EVENT);
  }

  @Test
  void aBuyerNeverBuysItselfAndASecondTownIsAnotherTown() {
    Names names = new Names(new Random(3), 1);
    for (int i = 0; i < 200; i++) {
      var firms = names.twoFirms();
      assertThat(firms.get(0)).isNotEqualTo(firms.get(1));
      String town = names.town();
      assertThat(names.townOtherThan(town)).isNotEqualTo(town);
    }
  }

  @Test
  void theSameSeedGivesTheSameNames() {
    Names a = new Names(new Random(11), 300);
    Names b = new Names(new Random(11), 300);
    for (int i = 0; i < 50; i++) {
      assertThat(a.person()).isEqualTo(b.person());
      assertThat(a.river()).isEqualTo(b.river());
      assertThat(a.hospital()).isEqualTo(b.hospital());
    }
  }
}
