package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim's packed tokens read back as the records given, in order, and cannot be changed. */
class TokensTest {
  private static final List<Token> TOKENS = List.of(
      new Token("The", 0, 3, "DT", "the"),
      new Token("Pentagon", 4, 12, "NNP", "Pentagon"),
      new Token("threatened", 13, 23, "VBD", "threaten"),
      new Token(".", 23, 24, ".", null));

  @Test
  void tokensReadBackAsTheRecordsGiven() {
    List<Token> packed = Tokens.pack(new ArrayList<>(TOKENS));
    assertThat(packed).isInstanceOf(Tokens.class).containsExactlyElementsOf(TOKENS);
    assertThat(packed).isEqualTo(TOKENS).hasSameHashCodeAs(TOKENS);
    assertThat(packed.get(3).lemma()).isNull();
    assertThat(packed.get(1).text()).isSameAs(TOKENS.get(1).text());
    assertThat(Tokens.pack(packed)).isSameAs(packed);
    assertThat(Tokens.pack(List.of())).isEmpty();
  }

  @Test
  void packedTokensCannotBeChangedOrHoldNulls() {
    List<Token> packed = Tokens.pack(TOKENS);
    assertThatThrownBy(() -> packed.set(0, TOKENS.get(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.add(TOKENS.get(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Tokens.pack(Arrays.asList(TOKENS.get(0), null))).isInstanceOf(NullPointerException.class);
  }
}
