package org.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;

/**
 * Lookups in the flat tag dictionary against OpenNLP's {@link POSDictionary#getTags}: the POS
 * model's own (case sensitive) dictionary on every word and on sampled words in other cases, the same
 * dictionary read back case-insensitive, and a small hand-written one.
 */
class PosTagDictionaryTest {
  /** The OpenNLP POS model the packed one is compared with. */
  private static final POSModel OPENNLP_POS = NlpModels.openNlpPos();
  private static final POSDictionary MODELS = (POSDictionary) OPENNLP_POS.getFactory().getTagDictionary();

  /** A word as written, lower-cased, upper-cased, capitalised and cut short. */
  private static List<String> variants(String word) {
    List<String> out = new ArrayList<>(List.of(word, word.toLowerCase(Locale.ROOT), word.toUpperCase(Locale.ROOT),
        word + "x", word.substring(0, word.length() / 2)));
    if (!word.isEmpty()) {
      out.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out;
  }

  private static void assertSameLookups(PosTagDictionary flat, POSDictionary pos, Iterable<String> words) {
    for (String word : words) {
      for (String v : variants(word)) {
        assertThat(flat.tagsOf(v)).as(v).isEqualTo(pos.getTags(v));
      }
    }
  }

  @Test
  void everyWordOfTheModelsDictionaryAndItsOtherCasesLookUpAsInPosDictionary() {
    PosTagDictionary flat = PosTagDictionary.of(MODELS);
    assertThat(flat.caseSensitive()).isEqualTo(MODELS.isCaseSensitive()).isTrue();
    int words = 0;
    for (String word : MODELS) {
      assertThat(flat.tagsOf(word)).as(word).containsExactly(MODELS.getTags(word));
      words++;
    }
    assertThat(flat.size()).isEqualTo(words).isGreaterThan(10_000);
    assertSameLookups(flat, MODELS, sample(MODELS, 3_000));
    assertSameLookups(flat, MODELS, List.of("", "The", "THE", "US", "us", "Us", "İstanbul", "\uD801\uDC00"));
  }

  @Test
  void theModelsDictionaryReadCaseInsensitiveLooksUpAsPosDictionaryDoes() throws IOException {
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    MODELS.serialize(xml);
    String text = xml.toString(UTF_8).replace("case_sensitive=\"true\"", "case_sensitive=\"false\"");
    POSDictionary insensitive = POSDictionary.create(new ByteArrayInputStream(text.getBytes(UTF_8)));
    assertThat(insensitive.isCaseSensitive()).isFalse();
    PosTagDictionary flat = PosTagDictionary.of(insensitive);
    assertThat(flat.caseSensitive()).isFalse();
    assertSameLookups(flat, insensitive, sample(MODELS, 5_000));
    assertSameLookups(flat, insensitive, List.of("The", "US", "Us", "İstanbul", "ISTANBUL"));
  }

  @Test
  void aHandWrittenCaseInsensitiveDictionaryWithCollidingWordsLooksUpAsPosDictionaryDoes() throws IOException {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <dictionary case_sensitive="false">
        <entry tags="NNP"><token>Apple</token></entry>
        <entry tags="NN NNS"><token>apple</token></entry>
        <entry tags="NNP"><token>İZMİR</token></entry>
        <entry tags="JJ"><token>ΟΔΟΣ</token></entry>
        <entry tags="FW"><token>\uD801\uDC00x</token></entry>
        </dictionary>
        """;
    POSDictionary pos = POSDictionary.create(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    PosTagDictionary flat = PosTagDictionary.of(pos);
    List<String> words = new ArrayList<>();
    pos.forEach(words::add);
    assertThat(flat.words()).containsExactlyInAnyOrderElementsOf(words);
    assertSameLookups(flat, pos, List.of("Apple", "APPLE", "apple", "İZMİR", "izmir", "izmİr", "ΟΔΟΣ", "οδος", "οδοσ",
        "\uD801\uDC00x", "\uD801\uDC28x", "\uD801\uDC28X", "pear"));
  }

  @Test
  void lowerCasingIsOpenNlpsCodePointByCodePointAndIdempotent() {
    for (String s : List.of("", "abc", "ABC", "İ", "İstanbul", "ΟΔΟΣ", "Straße", "\uD801\uDC00", "\uD801", "x\uDC00",
        "ǅ", "Ⅻ")) {
      assertThat(PosTagDictionary.lowerCase(s)).as(s).isEqualTo(StringUtil.toLowerCase(s));
    }
    String plain = "already lower";
    assertThat(PosTagDictionary.lowerCase(plain)).isSameAs(plain);
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int lower = Character.toLowerCase(cp);
      assertThat(Character.toLowerCase(lower)).as("U+%04X", cp).isEqualTo(lower);
    }
  }

  @Test
  void plainArraysMustListEachWordOnceInOrderAndAreCopied() {
    String[][] tags = {{"NN"}, {"VB", "NN"}};
    assertThatThrownBy(() -> new PosTagDictionary(new String[] {"b", "a"}, tags, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PosTagDictionary(new String[] {"a", "a"}, tags, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PosTagDictionary(new String[] {"a"}, tags, true))
        .isInstanceOf(IllegalArgumentException.class);
    String[] words = {"a", "b"};
    PosTagDictionary d = new PosTagDictionary(words, tags, true);
    words[0] = "z";
    tags[1][0] = "JJ";
    d.tags(1)[0] = "JJ";
    assertThat(d.tagsOf("a")).containsExactly("NN");
    assertThat(d.tagsOf("b")).containsExactly("VB", "NN");
    assertThat(d.tagsOf("z")).isNull();
    PosTagDictionary sorted = PosTagDictionary.of(Map.of("b", new String[] {"NN"}, "a", new String[] {"DT"}), false);
    assertThat(sorted.words()).containsExactly("a", "b");
    assertThat(sorted.tagsOf("B")).containsExactly("NN");
  }

  @Test
  void noDictionaryRestrictsNoWord() {
    PosTagDictionary none = PosTagDictionary.of((POSDictionary) null);
    assertThat(none.size()).isZero();
    assertThat(none.indexOf("the")).isEqualTo(-1);
  }

  private static List<String> sample(POSDictionary dictionary, int n) {
    List<String> all = new ArrayList<>();
    dictionary.forEach(all::add);
    all.sort(null);
    Random random = new Random(7);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(all.get(random.nextInt(all.size())));
    }
    return out;
  }
}
