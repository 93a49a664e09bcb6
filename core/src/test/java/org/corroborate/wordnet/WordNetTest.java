package org.corroborate.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

class WordNetTest {

  @Test
  void everyCallerGetsTheOneDictionaryEvenWhenAskingWhileThePreloadRuns() throws Exception {
    WordNet.preload();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Dictionary>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(WordNet::dictionary));
      }
      Dictionary first = WordNet.dictionary();
      assertThat(first).isNotNull();
      for (Future<Dictionary> f : asked) {
        assertThat(f.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSharedDictionaryAnswersLookups() throws Exception {
    Dictionary d = WordNet.dictionary();
    synchronized (d) {
      assertThat(d.getIndexWord(POS.VERB, "threaten")).isNotNull();
      assertThat(d.getIndexWord(POS.NOUN, "qwxzv")).isNull();
    }
  }
}
