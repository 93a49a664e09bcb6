package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link Mentions#findNext} finds exactly what {@code Matcher.find()} finds, with the same groups. */
class MentionScanTest {

  /** Every match of the text as {@code find()} gives them: span and every group. */
  private static List<String> byFind(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Mentions.MENTION.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  /** Every match as {@link Mentions#extract} walks them: from the end of the previous one. */
  private static List<String> byScan(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Mentions.MENTION.matcher(text);
    int from = 0;
    while (Mentions.findNext(m, text, from)) {
      out.add(describe(m));
      from = m.end();
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder s = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      s.append('|').append(m.start(g)).append(':').append(m.group(g));
    }
    return s.toString();
  }

  /**
   * Each ASCII character (the scan skips only ASCII ones), and each other character that is a
   * currency sign or matches an ASCII letter ignoring case, after characters of each kind, opening
   * the rest of each alternative's words (and a few other continuations).
   */
  @Test
  void everyCharacterBeforeEveryOpeningIsScannedAsFindDoes() {
    List<String> rests = new ArrayList<>(List.of("s$5", "sd 5", "sd5", "ur 5m", "bp 3bn", "5", "2:30 pm", "5 p.m.",
        "0%", "5 percent", "0 million dollars", "wo hundred", "unday", "undays", "an. 21", "ay 3rd", "ec", "ct",
        "hree", "ix", "ight", "ine", "undred", "ednesday", "ebruary", "pril", "ovember", "ugust", "ay", ""));
    String[] befores = {"", "a", "Z", "_", "0", " ", "-", "é", "\u0301", "ſ", "$"};
    for (String before : befores) {
      for (int c = 0; c <= 0xFFFF; c++) {
        int folded = Character.toLowerCase(Character.toUpperCase(c));
        boolean tried = c < 0x80 || folded < 0x80 || Character.toLowerCase(c) < 0x80 || c == '£' || c == '€';
        if (!tried || Character.isSurrogate((char) c)) {
          continue;
        }
        for (String rest : rests) {
          String text = before + (char) c + rest;
          assertThat(byScan(text)).as(text).isEqualTo(byFind(text));
        }
      }
    }
  }

  @Test
  void randomTextsAreScannedAsFindDoes() {
    String alphabet = "aeiousdtfnhmwjgbrpc AEUSDTFMJG0123456789$£€%.,:-_'\nſK\u0301é";
    String[] words = {"usd", "US$", "eur", "gbp", "two", "twelve", "hundred", "million", "bn", "m", "percent", "pct",
        "Monday", "fridays", "Jan.", "may", "March", "sept", "p.m.", "am", "dollars", "pounds sterling", "yen"};
    SplittableRandom random = new SplittableRandom(42);
    for (int n = 0; n < 40_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(1, 12);
      for (int p = 0; p < parts; p++) {
        if (random.nextBoolean()) {
          text.append(words[random.nextInt(words.length)]);
        } else {
          for (int k = random.nextInt(1, 5); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      String t = text.toString();
      assertThat(byScan(t)).as(t).isEqualTo(byFind(t));
    }
  }

  @Test
  void mentionsInsideWordsOpenOnlyWhereFindOpensThem() {
    assertThat(byScan("bus$5 and 5pm, not 55pmx or abc5 or the usd5")).isEqualTo(byFind("bus$5 and 5pm, not 55pmx or abc5 or the usd5"));
    assertThat(Mentions.extract("bus$5").numbers()).hasToString("[usd=5]");
    assertThat(Mentions.extract("abc5 xtwo").numbers()).isEmpty();
  }
}
