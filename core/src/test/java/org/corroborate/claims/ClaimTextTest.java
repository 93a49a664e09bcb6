package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Claim texts assembled from pieces read as sentences. */
class ClaimTextTest {

  @Test
  void aParenthesisLeftOpenByASplitIsClosed() {
    assertThat(ClaimExtractor.clean("The council invoked the Emergency Powers Act (EPA"))
        .isEqualTo("The council invoked the Emergency Powers Act (EPA)");
  }

  @Test
  void balancedParenthesesAreLeftAlone() {
    assertThat(ClaimExtractor.clean("The council invoked the Emergency Powers Act (EPA) on Monday"))
        .isEqualTo("The council invoked the Emergency Powers Act (EPA) on Monday");
  }

  @Test
  void anUnbalancedQuoteMarkIsDropped() {
    assertThat(ClaimExtractor.clean("the mayor called it \u201ca disgrace")).isEqualTo("the mayor called it a disgrace");
  }
}
