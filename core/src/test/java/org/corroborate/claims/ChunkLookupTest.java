package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chunker's memoised lookup ({@link ChunkLookup}) against the table's own {@link MaxentTable#find}
 * of every predicate's parts, entry for entry, on the seeds' sentences and the seeds' and fixtures'
 * lines (tagged by the POS tagger, chunked by the chunker) and on random tokens and tags, with the
 * memo and the ids at their sizes and small enough to fill up many times.
 */
class ChunkLookupTest {
  private static final List<String[]> TOKENS = new ArrayList<>();
  private static final List<String[]> TAGS = new ArrayList<>();
  private static final List<String[]> CHUNKS = new ArrayList<>();
  private static NlpModels models;

  @BeforeAll
  static void tagRealText() throws IOException {
    models = NlpModels.shared();
    PosBeamTagger tagger = new PosBeamTagger(models.pos);
    GreedyChunker chunker = new GreedyChunker(models.chunker);
    for (String[] tokens : RealText.sentencesAndLines(models)) {
      String[] tags = tagger.tag(tokens);
      TOKENS.add(tokens);
      TAGS.add(tags);
      CHUNKS.add(chunker.chunk(tokens, tags));
    }
  }

  /** How many token predicates were compared. */
  private static long compare(ChunkLookup lookup, String[] tokens, String[] tags, String[] chunks) {
    MaxentTable table = models.chunker.table();
    ChunkFeatures features = new ChunkFeatures();
    String[] parts = new String[ChunkFeatures.MAX_PARTS];
    lookup.sentence(tokens, tags);
    for (int i = 0; i < tokens.length; i++) {
      int[] entries = lookup.entries(i, tokens, tags, chunks).clone();
      features.at(i, tokens, tags, chunks);
      int[] expected = new int[ChunkFeatures.COUNT];
      for (int p = 0; p < ChunkFeatures.COUNT; p++) {
        expected[p] = table.find(parts, features.parts(p, parts));
      }
      assertThat(entries).as(String.join(" ", tokens) + " at " + i).containsExactly(expected);
    }
    return (long) tokens.length * ChunkFeatures.COUNT;
  }

  @Test
  void theMemoisedEntriesAreTheTablesOnEveryRealSentence() {
    for (ChunkLookup lookup : List.of(new ChunkLookup(models.chunker.table(), new ChunkMemo()),
        new ChunkLookup(models.chunker.table(), small(20, 300, 9)))) {
      long compared = 0;
      for (int pass = 0; pass < 2; pass++) { // the second pass finds nearly everything in the memo
        for (int s = 0; s < TOKENS.size(); s++) {
          compared += compare(lookup, TOKENS.get(s), TAGS.get(s), CHUNKS.get(s));
        }
      }
      assertThat(compared).isGreaterThan(1_000_000);
    }
  }

  @Test
  void randomTokensTagsAndChunkTagsGiveTheTablesEntries() {
    Random random = new Random(11);
    String[] vocabulary = {"the", "Pentagon", "said", ",", ".", "''", "``", "of", "a", "deal", "x".repeat(90), "é",
        "\u0000", "", "B-NP", "w0=", "t_1=", "bos", "eos", "$", "200", "NN", "O", "I-NP", null};
    String[] tagSet = {"NN", "DT", "VBD", "IN", "bos", "eos", "", "O", "B-NP", "NNP", null, "t0="};
    String[] chunkSet = {"O", "B-NP", "I-NP", "B-VP", "I-VP", "B-PP", "bos", "", "NN"};
    List<ChunkLookup> lookups = List.of(new ChunkLookup(models.chunker.table(), new ChunkMemo()),
        new ChunkLookup(models.chunker.table(), small(6, 12, 6)),
        new ChunkLookup(models.chunker.table(), small(1, 1, 2)));
    for (int s = 0; s < 3_000; s++) {
      int n = 1 + random.nextInt(30);
      String[] tokens = new String[n];
      String[] tags = new String[n];
      String[] chunks = new String[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = random.nextInt(4) == 0 ? "w" + random.nextInt(50_000) : vocabulary[random.nextInt(vocabulary.length)];
        tags[i] = tagSet[random.nextInt(tagSet.length)];
        chunks[i] = chunkSet[random.nextInt(chunkSet.length)];
      }
      for (ChunkLookup lookup : lookups) {
        compare(lookup, tokens, tags, chunks);
      }
    }
  }

  /** A memo with room for few tags, words and entries, so that it fills up. */
  private static ChunkMemo small(int tags, int words, int memoBits) {
    return new ChunkMemo(new SharedValueIds(tags), new SharedValueIds(words), new SharedEntryMemo(memoBits));
  }

  @Test
  void chunkersOnFourThreadsSharingOneMemoFindTheTablesEntries() throws Exception {
    ChunkMemo shared = new ChunkMemo(12);
    OnThreads.run(4, first -> {
      ChunkLookup lookup = new ChunkLookup(models.chunker.table(), shared);
      for (int s = first; s < TOKENS.size(); s += 2) {
        compare(lookup, TOKENS.get(s), TAGS.get(s), CHUNKS.get(s));
      }
    });
    assertThat(shared.entries().size()).isGreaterThan(1000);
  }

  @Test
  void theComparisonCatchesAWrongMemoisedEntry() {
    // "DT" gets tag id 1; predicate 9 is t0= alone, so its key is 10 | 1 << 6.
    String[] tokens = {"the"};
    String[] tags = {"DT"};
    String[] chunks = {"B-NP"};
    MaxentTable table = models.chunker.table();
    int t0 = table.find(new String[] {"t0=", "DT"}, 2);
    int w0 = table.find(new String[] {"w0=", "the"}, 2);
    assertThat(t0).isNotEqualTo(w0);
    ChunkMemo wrong = new ChunkMemo();
    wrong.entries().put(10 | 1L << 6, w0);
    assertThatThrownBy(() -> compare(new ChunkLookup(table, wrong), tokens, tags, chunks))
        .isInstanceOf(AssertionError.class);
    ChunkMemo right = new ChunkMemo();
    right.entries().put(10 | 1L << 6, t0);
    assertThat(compare(new ChunkLookup(table, right), tokens, tags, chunks)).isEqualTo(41);
  }
}
