package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

class ClaimSearchTest {

  private static final String BUDGET = "The council approved the harbour budget on Tuesday.";

  /** Forty articles that state the draft's claim word for word, added in reverse id order, and others. */
  private static List<Claim> corpus() {
    List<Claim> out = new ArrayList<>();
    for (int i = 40; i >= 1; i--) {
      out.add(TestClaims.claim(String.format(java.util.Locale.ROOT, "a%02d.txt", i), "Outlet " + i, BUDGET));
    }
    out.add(TestClaims.claim("b01.txt", "Herald", "The council approved the school budget on Monday."));
    out.add(TestClaims.claim("b02.txt", "Ledger", "Fire crews were called to the harbour on Tuesday."));
    return out;
  }

  @Test
  void claimsTiedInScoreAreTakenInOrderOfTheirIdsWhateverTheOrderTheyWereIndexedIn() {
    List<Claim> corpus = corpus();
    try (ClaimSearch search = ClaimSearch.inMemory(corpus)) {
      List<String> ids = search.nearest(TestClaims.claim("draft.md", "Draft", BUDGET), TermStats.of(corpus), 4)
          .stream().map(ClaimSearch.Hit::id).toList();

      assertThat(ids).containsExactly("a01.txt#1", "a02.txt#1", "a03.txt#1", "a04.txt#1");
    }
  }

  @Test
  void aClaimWithFewerMatchesThanAskedGetsEveryMatchBestFirst() {
    List<Claim> corpus = corpus().subList(38, 42);
    try (ClaimSearch search = ClaimSearch.inMemory(corpus)) {
      List<String> ids = search.nearest(TestClaims.claim("draft.md", "Draft", BUDGET), TermStats.of(corpus), 20)
          .stream().map(ClaimSearch.Hit::id).toList();

      assertThat(ids).startsWith("a01.txt#1", "a02.txt#1").containsExactlyInAnyOrder("a01.txt#1", "a02.txt#1", "b01.txt#1", "b02.txt#1");
    }
  }
}
