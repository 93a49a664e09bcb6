package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chunker's table path against the plain path ({@code MaxentModel.eval} on the context
 * generator's strings) on every line of the seeds and of the text fixtures, tokenised, normalised
 * and tagged as the {@link Tagger} does.
 */
class GreedyChunkerTest {
  /** The OpenNLP POS model the packed one is compared with. */
  private static final POSModel OPENNLP_POS = NlpModels.openNlpPos();
  private static final List<String[]> TOKENS = new ArrayList<>();
  private static final List<String[]> TAGS = new ArrayList<>();
  private static NlpModels models;
  /** The OpenNLP chunker model, for the chunker's eval path. */
  private static final ChunkerModel CHUNKS = NlpModels.openNlpChunker();

  @BeforeAll
  static void tagRealText() throws IOException {
    models = NlpModels.shared();
    POSTaggerME tagger = new POSTaggerME(OPENNLP_POS, POSTagFormat.PENN);
    for (String[] tokens : RealText.tokenisedLines(models)) {
      TOKENS.add(tokens);
      TAGS.add(tagger.tag(tokens));
    }
  }

  @Test
  void theTablePathGivesTheChunkTagsOfTheModelsOwnEvalOnEveryRealSentence() {
    GreedyChunker chunker = new GreedyChunker(CHUNKS);
    long tokens = 0;
    for (int s = 0; s < TOKENS.size(); s++) {
      String[] fast = chunker.chunk(TOKENS.get(s), TAGS.get(s));
      assertThat(fast).as(String.join(" ", TOKENS.get(s))).containsExactly(chunker.chunkByEval(TOKENS.get(s), TAGS.get(s)));
      tokens += fast.length;
    }
    assertThat(tokens).isGreaterThan(10_000);
  }

  @Test
  void everyPredicateIsSpelledAsTheContextGeneratorSpellsIt() {
    DefaultChunkerContextGenerator generator = new DefaultChunkerContextGenerator();
    ChunkFeatures features = new ChunkFeatures();
    GreedyChunker chunker = new GreedyChunker(CHUNKS);
    for (int s = 0; s < TOKENS.size(); s++) {
      String[] tokens = TOKENS.get(s);
      String[] chunks = chunker.chunkByEval(tokens, TAGS.get(s));
      for (int i = 0; i < tokens.length; i++) {
        String[] expected = generator.getContext(i, tokens, TAGS.get(s), chunks);
        features.at(i, tokens, TAGS.get(s), chunks);
        String[] spelled = new String[ChunkFeatures.COUNT];
        for (int p = 0; p < ChunkFeatures.COUNT; p++) {
          spelled[p] = features.spelled(p);
        }
        assertThat(spelled).containsExactly(expected);
      }
    }
  }

  @Test
  void theTablesProbabilitiesAreTheModelsOwnBitForBit() {
    MaxentModel model = GreedyChunker.artifact(CHUNKS);
    MaxentTable table = MaxentTable.of(model).orElseThrow();
    DefaultChunkerContextGenerator generator = new DefaultChunkerContextGenerator();
    ChunkFeatures features = new ChunkFeatures();
    GreedyChunker chunker = new GreedyChunker(CHUNKS);
    String[] parts = new String[ChunkFeatures.MAX_PARTS];
    double[] sums = new double[table.numOutcomes()];
    for (int s = 0; s < TOKENS.size(); s += 3) {
      String[] tokens = TOKENS.get(s);
      String[] chunks = chunker.chunkByEval(tokens, TAGS.get(s));
      for (int i = 0; i < tokens.length; i++) {
        features.at(i, tokens, TAGS.get(s), chunks);
        table.start(sums);
        for (int p = 0; p < ChunkFeatures.COUNT; p++) {
          table.add(table.find(parts, features.parts(p, parts)), sums);
        }
        assertThat(table.probabilities(sums))
            .containsExactly(model.eval(generator.getContext(i, tokens, TAGS.get(s), chunks)));
      }
    }
  }

  @Test
  void aKeySplitAnywhereIntoPartsFindsTheSamePredicateAndAnUnknownOneFindsNone() {
    MaxentTable table = MaxentTable.of(GreedyChunker.artifact(CHUNKS)).orElseThrow();
    String[] parts = new String[3];
    for (String key : List.of("w0=the", "t_1=DTt0=NN", "p_1=B-NPt_2=JJt_1=NN", "w0=Pentagon", "t0=NN")) {
      parts[0] = key;
      int whole = table.find(parts, 1);
      assertThat(whole).as(key).isGreaterThanOrEqualTo(0);
      for (int cut = 0; cut <= key.length(); cut++) {
        parts[0] = key.substring(0, cut);
        parts[1] = key.substring(cut);
        parts[2] = "";
        assertThat(table.find(parts, 3)).as(key + " cut at " + cut).isEqualTo(whole);
      }
    }
    parts[0] = "w0=";
    parts[1] = "x".repeat(200);
    assertThat(table.find(parts, 2)).isEqualTo(-1);
  }

  @Test
  void randomTokensLongTokensAndRareCharactersChunkAsThePlainPathChunksThem() {
    GreedyChunker chunker = new GreedyChunker(CHUNKS);
    Random random = new Random(8);
    String[] vocabulary = {"the", "Pentagon", "said", ",", ".", "''", "``", "of", "a", "deal", "x".repeat(90), "é",
        "\u0000", "", "B-NP", "w0=", "$", "200", "million", "--", "and", "told", "reporters"};
    for (int s = 0; s < 2_000; s++) {
      int n = 1 + random.nextInt(30);
      String[] tokens = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = vocabulary[random.nextInt(vocabulary.length)];
        String[] sentence = TAGS.get(random.nextInt(TAGS.size()));
        tags[i] = sentence[random.nextInt(sentence.length)];
      }
      assertThat(chunker.chunk(tokens, tags)).containsExactly(chunker.chunkByEval(tokens, tags));
    }
  }

  @Test
  void aChunkerWithoutATableChunksThroughTheModelsEval() {
    GreedyChunker plain = new GreedyChunker(CHUNKS, Optional.empty());
    GreedyChunker table = new GreedyChunker(CHUNKS);
    for (int s = 0; s < TOKENS.size(); s += 7) {
      assertThat(plain.chunk(TOKENS.get(s), TAGS.get(s))).containsExactly(table.chunk(TOKENS.get(s), TAGS.get(s)));
    }
  }

  @Test
  void theChunkerOfTheBuiltModelPackChunksAsTheModelsOwnEval() {
    GreedyChunker packed = new GreedyChunker(models.chunker);
    GreedyChunker eval = new GreedyChunker(CHUNKS);
    for (int s = 0; s < TOKENS.size(); s++) {
      assertThat(packed.chunk(TOKENS.get(s), TAGS.get(s))).containsExactly(eval.chunkByEval(TOKENS.get(s), TAGS.get(s)));
    }
  }

  @Test
  void aPackedChunkerHasNoEvalPath() {
    GreedyChunker packed = new GreedyChunker(models.chunker);
    assertThatThrownBy(() -> packed.chunkByEval(new String[] {"x"}, new String[] {"NN"}))
        .isInstanceOf(IllegalStateException.class);
  }
}
