package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The character scans that keep the claims stage's regexes off text they cannot match answer as the
 * regexes alone do, on the seeds' and fixtures' text and on random text built to catch them out (case
 * folding outside ASCII, digits outside ASCII, words cut at every point).
 */
class RegexPrefilterTest {
  /** The regexes of {@link ClaimExtractor#clean}, as it ran them. */
  private static final Pattern SPACE_BEFORE_CLITIC = Pattern.compile(
      "\\s+([,.;:!?%)]|'s\\b|\u2019s\\b|n't\\b|n\u2019t\\b)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String[] PIECES = {"day", "DAY", "Day", "Monday", "today", "Jan", "jan.", "Sept.", "sep", "MAY",
      "may", "tonight", "tomorrow", "tomorro", "tonigh", "Wednesday", "SATURDAY", "yesterday", "March", "march", "JUNE", "July",
      "August", "Septembe", "September", "Sept.", "Sep.", "SEPT.", "Dec.", "dec", "Nov.", "Oct.", "Feb.", "Jan 5",
      "5 p.m. Friday", "at 10 a.m. on Monday", "Friday morning, Jan. 5, 2024", "since 1999", "in 2030", "12 pm",
      "holiday", "market", "decision", "I", "i", "I'm", "i\u2019m", "I've", "i\u2019ve", "I'd",
      "you're", "YOU\u2019RE", "you", "Your", "yours", "my", "MY", "me", "Me", "I'", "'you", "\u2019me", "_me", "me_",
      "myself", "i'dx", "youth", "_Monday", "Monday1", "xmay", "may5", "Sept.x", "\u00e9one", "one\u00e9", "first_", "Sun", "Thurs", "Thursday", "tue", "Tuesday", "one", "ONE", "One", "someone", "ten", "often", "twenty",
      "dozen", "hundred", "first", "First", "FIRST", "third", "tenth", "3rd", "12th", "21ST", "4 th", "1s", "2n", "9T",
      "123rd", "1234th", "\u017fep", "\u212aday", "d\u0430y", "\u0663rd", "\u0661", "\uff11", "\u0130", "f\u0130rst", "n\u0130ne", "o\u0301ne",
      "_one_", "one1", "1one", "5 p.m.", "10:30", "in 2024", "$200 million", " ", "  ", "\t", "\u000B", ",", ":",
      ", ", ": ", ".", "-", "\u2019", "\"", "\n", "x", "Download", "subscribe", "sign up",
      "'s", "\u2019s", "n't", "n\u2019t", "don't", " n't", " 's", " )", " %", " ?", "\r\n", "\f", "\u00a0", "\u2009"};

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>(RealText.lines());
    Random random = new Random(20261202);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        if (random.nextInt(4) == 0) {
          b.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x3000) : ' ' + random.nextInt(95)));
        } else {
          String piece = PIECES[random.nextInt(PIECES.length)];
          int from = random.nextInt(3) == 0 ? random.nextInt(piece.length()) : 0;
          int to = random.nextInt(3) == 0 ? from + random.nextInt(piece.length() - from + 1) : piece.length();
          b.append(piece, from, to);
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void theDateScanSaysYesWhereverTheDateRegexMatches() throws IOException {
    List<String> texts = texts();
    int matches = 0;
    int scanned = 0;
    for (String t : texts) {
      boolean match = Dates.matchesUnfiltered(t);
      if (match) {
        assertThat(Dates.mayHaveDate(t)).as(t).isTrue();
      }
      matches += match ? 1 : 0;
      scanned += Dates.mayHaveDate(t) ? 1 : 0;
    }
    assertThat(matches).isBetween(1000, texts.size() - 1000);
    assertThat(scanned).isLessThan(texts.size());
  }

  @Test
  void datesAreFoundAsWithoutTheScan() throws IOException {
    for (String published : new String[] {null, "2026-02-24T10:00:00Z"}) {
      Dates dates = new Dates(published);
      for (String t : texts()) {
        assertThat(dates.find(t)).as(t).isEqualTo(dates.findUnfiltered(t));
      }
    }
  }

  @Test
  void theNumberAndOrdinalScansAnswerAsTheirRegexes() throws IOException {
    List<String> texts = texts();
    int numbers = 0;
    int ordinals = 0;
    for (String t : texts) {
      boolean number = Quantities.hasNumberUnfiltered(t);
      boolean ordinal = Quantities.hasOrdinalUnfiltered(t);
      assertThat(Quantities.hasNumber(t)).as(t).isEqualTo(number);
      assertThat(Quantities.hasOrdinal(t)).as(t).isEqualTo(ordinal);
      numbers += number ? 1 : 0;
      ordinals += ordinal ? 1 : 0;
    }
    assertThat(numbers).isBetween(1000, texts.size() - 1000);
    assertThat(ordinals).isBetween(1000, texts.size() - 1000);
  }

  @Test
  void theFirstWordIsSplitsFirstPiece() throws IOException {
    for (String t : texts()) {
      assertThat(BlockClassifier.firstWord(t)).as(t).isEqualTo(t.split("[\\s,:]+", 2)[0]);
    }
  }

  @Test
  void claimTextIsCleanedAsByTheRegexesAlone() throws IOException {
    int changed = 0;
    for (String t : texts()) {
      String clitics = SPACE_BEFORE_CLITIC.matcher(t).replaceAll("$1");
      assertThat(ClaimExtractor.withoutSpaceBeforeClitics(t)).as(t).isEqualTo(clitics);
      assertThat(ClaimExtractor.spacesCollapsed(t)).as(t).isEqualTo(SPACES.matcher(t).replaceAll(" "));
      changed += clitics.equals(t) ? 0 : 1;
    }
    assertThat(changed).isGreaterThan(1000);
  }

  @Test
  void whitespaceRunsSplitAndCountAsTheRegexes() throws IOException {
    Pattern word = Pattern.compile("\\S+");
    List<String> texts = texts();
    texts.addAll(List.of("", " ", "  ", "\t", " a", "a ", " a ", "a  b", "\u00a0", "\u001c", "a\u000Bb\fc\rd"));
    for (String t : texts) {
      assertThat(WhitespaceRuns.split(t)).as(t).isEqualTo(t.split("\\s+"));
      assertThat(WhitespaceRuns.count(t)).as(t).isEqualTo((int) word.matcher(t).results().count());
    }
  }

  @Test
  void theReaderAddressScanAnswersAsItsRegex() throws IOException {
    List<String> texts = texts();
    int matches = 0;
    int scanned = 0;
    for (String t : texts) {
      boolean match = ReaderAddress.REGEX.matcher(t).find();
      assertThat(ReaderAddress.in(t)).as(t).isEqualTo(match);
      if (match) {
        assertThat(ReaderAddress.mayMatch(t)).as(t).isTrue();
      }
      matches += match ? 1 : 0;
      scanned += ReaderAddress.mayMatch(t) ? 1 : 0;
    }
    assertThat(matches).isBetween(1000, texts.size() - 1000);
    assertThat(scanned).isLessThan(texts.size());
  }
}
