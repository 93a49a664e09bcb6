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

  @Test
  void aCapitalisedCommonNounHeadNamesNobodyWhileAProperNounHeadNamesItsBody() {
    PersonNames names = new PersonNames();
    TaggedSentence s = sentence("Farmers said", new String[] {"Farmers", "said"}, new String[] {"NNS", "VBD"});
    assertThat(names.resolve(s, 0, 1)).isNull();
    TaggedSentence t = sentence("The Harbour Authority said", new String[] {"The", "Harbour", "Authority", "said"},
        new String[] {"DT", "NNP", "NNP", "VBD"});
    assertThat(names.resolve(t, 0, 3)).isEqualTo("Harbour Authority");
  }

  @Test
  void pronounsOtherThanHeAndSheNameNobody() {
    PersonNames names = new PersonNames();
    assertThat(names.resolve("It")).isNull();
    assertThat(names.resolve("They")).isNull();
  }

  private static TaggedSentence sentence(String text, String[] words, String[] tags) {
    int[] starts = new int[words.length];
    int[] ends = new int[words.length];
    String[] chunks = new String[words.length];
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      starts[i] = text.indexOf(words[i], at);
      ends[i] = starts[i] + words[i].length();
      at = ends[i];
      chunks[i] = "O";
    }
    return new TaggedSentence(text, 0, text.length(), words, starts, ends, tags, chunks, words.clone());
  }
}
