package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Speaker phrases that name nobody resolve to nobody, whatever characters they hold. */
class PersonNamesTest {

  @Test
  void aSpeakerOfControlCharactersOrSpacesNamesNobody() {
    PersonNames names = new PersonNames();
    assertThat(names.resolve("\u0001")).isNull();
    assertThat(names.resolve("   ")).isNull();
    assertThat(names.resolve(null)).isNull();
  }
}
