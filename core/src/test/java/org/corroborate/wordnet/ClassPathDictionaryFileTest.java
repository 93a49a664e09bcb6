package org.corroborate.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile;
import net.sf.extjwnl.util.factory.Param;
import org.junit.jupiter.api.Test;

class ClassPathDictionaryFileTest {
  private static final String PATH = "/net/sf/extjwnl/data/wordnet/wn31";

  @Test
  void aPartOfSpeechsFileIsReadWhenOpened() throws Exception {
    ClassPathDictionaryFile f = new ClassPathDictionaryFile(null, Map.<String, Param>of())
        .newInstance(null, PATH, POS.ADVERB, DictionaryFileType.EXCEPTION);
    assertThat(f.loaded()).isFalse();
    f.open();
    assertThat(f.isOpen()).isTrue();
    assertThat(f.loaded()).isTrue();
    assertThat(f.length()).isEqualTo(85); // adv.exc, as the data jar lists it
    f.close();
    assertThat(f.isOpen()).isFalse();
    assertThat(f.loaded()).isFalse();
  }

  @Test
  void theSenseIndexIsReadOnFirstUseOnly() throws Exception {
    ClassPathDictionaryFile f = new ClassPathDictionaryFile(null, Map.<String, Param>of())
        .newInstance(null, PATH, null, DictionaryFileType.SENSEINDEX);
    f.open();
    assertThat(f.isOpen()).isTrue();
    assertThat(f.loaded()).isFalse();
    assertThat(f.getFilename()).isEqualTo("index.sense");
    assertThat(f.length()).isEqualTo(7_304_224); // as the data jar lists it
    assertThat(f.loaded()).isTrue();
  }

  /** Every read answers as extjwnl's own class-path file does, at offsets all over each file. */
  @Test
  void readsTheSameLinesAndWordsAsExtjwnlsResourceFile() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<POS> parts = new ArrayList<>(POS.getAllPOS());
    parts.add(null); // the sense index and the count lists
    for (POS pos : parts) {
      for (DictionaryFileType type : pos == null
          ? List.of(DictionaryFileType.SENSEINDEX, DictionaryFileType.CNTLIST, DictionaryFileType.REVCNTLIST)
          : List.of(DictionaryFileType.INDEX, DictionaryFileType.DATA, DictionaryFileType.EXCEPTION)) {
        ClassPathDictionaryFile ours = new ClassPathDictionaryFile(null, Map.<String, Param>of()).newInstance(null, PATH, pos, type);
        PrincetonResourceDictionaryFile theirs = new PrincetonResourceDictionaryFile(null, Map.<String, Param>of()).newInstance(null, PATH, pos, type);
        ours.open();
        theirs.open();
        String name = theirs.getFilename();
        assertThat(ours.getFilename()).isEqualTo(name);
        assertThat(ours.length()).as(name).isEqualTo(theirs.length());
        assertThat(ours.getFirstLineOffset()).as(name).isEqualTo(theirs.getFirstLineOffset());
        List<Long> offsets = new ArrayList<>(List.of(-1L, 0L, theirs.getFirstLineOffset(), theirs.length() - 1, theirs.length(), theirs.length() + 5));
        for (int i = 0; i < 300; i++) {
          offsets.add(random.nextLong(theirs.length()));
        }
        for (long at : offsets) {
          assertThat(ours.getNextLineOffset(at)).as(name + " @" + at).isEqualTo(theirs.getNextLineOffset(at));
          assertThat(String.valueOf(ours.readLine(at))).as(name + " @" + at).isEqualTo(String.valueOf(theirs.readLine(at)));
          assertThat(String.valueOf(ours.readWord(at))).as(name + " @" + at).isEqualTo(String.valueOf(theirs.readWord(at)));
          if (ours.readLine(at) != null) {
            assertThat(ours.readLine(at).getLastBytePosition()).isEqualTo(theirs.readLine(at).getLastBytePosition());
          }
        }
      }
    }
  }

  /** The shared dictionary answers lookups as extjwnl's default configuration of the same data does. */
  @Test
  void theDictionaryAnswersAsTheDefaultConfiguration() throws Exception {
    Dictionary ours = WordNet.dictionary();
    Dictionary theirs = Dictionary.getDefaultResourceInstance();
    List<String> words = List.of("threaten", "rise", "fall", "increase", "mayor", "announce", "deny", "bank", "police",
        "large", "small", "quickly", "went", "children", "better", "qwxzv", "run-down", "United States");
    synchronized (ours) {
      for (POS pos : POS.getAllPOS()) {
        for (String w : words) {
          assertThat(describe(ours, pos, w)).as(pos + " " + w).isEqualTo(describe(theirs, pos, w));
        }
      }
    }
  }

  /**
   * Every sense key of the use-count list gives its word the same count through the shared
   * dictionary (counts read into a map when it opens) as through extjwnl's default configuration
   * (a binary search of the list for each word).
   */
  @Test
  void everyWordOfTheUseCountListCountsAsWithTheDefaultConfiguration() throws Exception {
    Dictionary ours = WordNet.dictionary();
    Dictionary theirs = Dictionary.getDefaultResourceInstance();
    byte[] list;
    try (java.io.InputStream in = getClass().getResourceAsStream(PATH + "/cntlist.rev")) {
      list = in.readAllBytes();
    }
    int checked = 0;
    int counted = 0;
    synchronized (ours) {
      for (String line : new String(list, java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
        String key = line.substring(0, line.indexOf(' '));
        Word a = ours.getWordBySenseKey(key);
        Word b = theirs.getWordBySenseKey(key);
        assertThat(a == null).as(key).isEqualTo(b == null);
        if (a != null) {
          assertThat(a.getUseCount()).as(key).isEqualTo(b.getUseCount());
          counted += a.getUseCount() > 0 ? 1 : 0;
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(37_387);
    assertThat(counted).isGreaterThan(30_000);
  }

  private static String describe(Dictionary d, POS pos, String w) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append(d.getMorphologicalProcessor().lookupAllBaseForms(pos, w)).append('\n');
    IndexWord iw = d.getIndexWord(pos, w);
    if (iw == null) {
      return out.append("none").toString();
    }
    for (Synset s : iw.getSenses()) {
      out.append(s.getOffset()).append(' ').append(s.getGloss()).append('\n');
      for (Word x : s.getWords()) {
        out.append("  ").append(x.getLemma()).append(' ').append(x.getUseCount()).append(' ').append(x.getSenseKey()).append('\n');
      }
      for (Pointer p : s.getPointers()) {
        out.append("  -> ").append(p.getType()).append(' ').append(p.getTargetOffset()).append('\n');
      }
    }
    return out.toString();
  }
}
