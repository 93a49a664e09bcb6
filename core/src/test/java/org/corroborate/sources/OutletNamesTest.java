package org.corroborate.sources;

import org.corroborate.outlets.OutletNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.OutletOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNamesTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The Wall Street Journal | wall street journal
      Wall Street Journal's   | WALL STREET JOURNAL
      Axios                   | axios.com
      Axios                   | The Axios
      Dow Jones & Company     | dow jones and company
      The Harbor Post         | Harbor-Post
      """)
  void spellingsOfOneOutletHaveOneKey(String a, String b) {
    assertThat(OutletNames.key(a)).isEqualTo(OutletNames.key(b)).isNotEmpty();
  }

  @Test
  void anAcronymCitedUpstreamResolvesToTheOutletInTheCorpus() {
    OutletRegistry registry = new OutletRegistry(
        List.of(new Article("a.txt", "The New York Times", "", null, null, "", List.of())), List.of());

    assertThat(registry.resolve("NYT").key()).isEqualTo(registry.resolve("the New York Times").key());
    assertThat(registry.resolve("NYT").display()).isEqualTo("The New York Times");
  }

  @Test
  void agencyAliasesAreOneAgency() {
    OutletRegistry registry = new OutletRegistry(
        List.of(new Article("a.txt", "AP", "", null, null, "", List.of())), List.of());

    assertThat(registry.resolve("The Associated Press").key()).isEqualTo(registry.resolve("AP").key());
    assertThat(registry.resolve("AP").agency().code()).isEqualTo("AP");
  }

  @Test
  void aDeclaredOutletResolvesToItsOrigin() {
    OutletRegistry registry = new OutletRegistry(
        List.of(new Article("a.txt", "Metro Ledger", "", null, null, "", List.of())),
        List.of(new OutletOrigin("metro ledger", "Great Lakes Media")));

    assertThat(registry.declaredOrigin(registry.resolve("The Metro Ledger")).orElseThrow().display())
        .isEqualTo("Great Lakes Media");
    assertThat(registry.declaredOrigin(registry.resolve("Great Lakes Media"))).isEmpty();
  }
}
