package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.TagDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The beam tagger against OpenNLP's own {@code POSTaggerME(model, PENN)} on the same model: the
 * seeds' sentences as the {@link Tagger} splits and tokenises them, every line of the seeds and text
 * fixtures as the tokenizer splits it, hand-written sentences and random token sequences; its
 * probabilities against the model's {@code eval} to the bit; other beam sizes and a case-insensitive
 * dictionary against OpenNLP's {@link BeamSearch} with the same generator and validator.
 */
class PosBeamTaggerTest {
  /** The OpenNLP POS model the packed one is compared with. */
  private static final POSModel OPENNLP_POS = NlpModels.openNlpPos();
  /** The seeds' sentences, tokens as the Tagger hands them to the POS tagger. */
  private static final List<String[]> SEED_SENTENCES = new ArrayList<>();
  /** Every line of the seeds and of the text fixtures, tokenised and normalised. */
  private static final List<String[]> LINES = new ArrayList<>();
  private static NlpModels models;
  private static POSTaggerME reference;

  @BeforeAll
  static void readRealText() throws IOException {
    models = NlpModels.shared();
    reference = new POSTaggerME(OPENNLP_POS, POSTagFormat.PENN);
    SEED_SENTENCES.addAll(RealText.seedSentences(models));
    LINES.addAll(RealText.tokenisedLines(models));
  }

  private static PosBeamTagger tagger() {
    return new PosBeamTagger(models.pos);
  }

  @Test
  void everySeedSentenceAsTheTaggerTokenisesItGetsPosTaggerMesTags() {
    PosBeamTagger tagger = tagger();
    long tokens = 0;
    for (String[] sentence : SEED_SENTENCES) {
      assertThat(tagger.tag(sentence)).as(String.join(" ", sentence)).containsExactly(reference.tag(sentence));
      tokens += sentence.length;
    }
    assertThat(SEED_SENTENCES).hasSizeGreaterThanOrEqualTo(200);
    assertThat(tokens).isGreaterThan(5_000);
  }

  @Test
  void everyLineOfTheSeedsAndTextFixturesGetsPosTaggerMesTags() {
    PosBeamTagger tagger = tagger();
    long tokens = 0;
    for (String[] line : LINES) {
      assertThat(tagger.tag(line)).as(String.join(" ", line)).containsExactly(reference.tag(line));
      tokens += line.length;
    }
    assertThat(tokens).isGreaterThan(10_000);
  }

  @Test
  void handWrittenSentencesGetPosTaggerMesTags() {
    PosBeamTagger tagger = tagger();
    List<String> sentences = List.of(
        "The company said on Tuesday that revenue rose 12 % to $ 4.5 billion in 2023 .",
        "Officials in Washington , D.C. , declined to comment .",
        "A well-known , tax-exempt non-profit group called the move `` short-sighted '' .",
        "THE SENATE VOTED 52-48 ON THE BILL",
        "Zorblaxian frimbles quazzled the wug-like snarfs .",
        "He said : `` We will not back down . ''",
        "3,200 people -- most of them children -- were evacuated from the 10th district .",
        "Mr. O'Neil 's firm , Smith & Co. , won't comment , sources said .",
        "Yes",
        ".",
        "a",
        "Run !",
        "iPhone sales in Q3 fell by 1.5m units , Apple Inc said on 3/4/2024 .",
        "The U.S. - China talks ( held in 1999 ) ended .",
        "'' `` , . : -- $ # % &",
        "are are are are are are are are are",
        "Seventy-five percent of the over-the-counter drugs were co-packaged in 2,000-square-foot plants .",
        "*SB* *SE* w= suf= pre= default h c d");
    for (String s : sentences) {
      String[] tokens = s.split(" ");
      assertThat(tagger.tag(tokens)).as(s).containsExactly(reference.tag(tokens));
    }
    String[] tokens = {"", "x".repeat(300), "é", "\u0000", "Ünïcödé", "日本", "\uD83D\uDE00", "-", "A-1", "9"};
    assertThat(tagger.tag(tokens)).containsExactly(reference.tag(tokens));
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertThat(tagger().tag(new String[0])).isEmpty();
  }

  @Test
  void randomTokenSequencesGetPosTaggerMesTags() {
    PosBeamTagger tagger = tagger();
    Random random = new Random(11);
    List<String> vocabulary = new ArrayList<>(List.of("", "x".repeat(80), "é", "-", "--", "$", "''", "``", "A-1",
        "*SB*", "*SE*", "1,000", "IBM", "iPhone", "run", "Run", "RUN", "that", "That", "to", "'s", "n't"));
    PosTagDictionary dictionary = models.pos.dictionary();
    for (int i = 0; i < 200; i++) {
      vocabulary.add(dictionary.word(random.nextInt(dictionary.size())));
    }
    for (int s = 0; s < 3_000; s++) {
      String[] tokens = new String[1 + random.nextInt(25)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = random.nextInt(4) == 0
            ? LINES.get(random.nextInt(LINES.size()))[0]
            : vocabulary.get(random.nextInt(vocabulary.size()));
      }
      assertThat(tagger.tag(tokens)).as(String.join(" ", tokens)).containsExactly(reference.tag(tokens));
    }
  }

  @Test
  void theProbabilitiesAreTheModelsOwnBitForBitAfterAnyTags() {
    MaxentModel model = OPENNLP_POS.getArtifact(PosModelParts.ARTIFACT);
    DefaultPOSContextGenerator generator = new DefaultPOSContextGenerator(null);
    PosBeamTagger tagger = tagger();
    String[] outcomes = models.pos.outcomes();
    Random random = new Random(5);
    long checked = 0;
    for (int s = 0; s < LINES.size(); s += 2) {
      String[] tokens = LINES.get(s);
      String[] tags = s % 4 == 0 ? reference.tag(tokens)
          : random.ints(tokens.length, 0, outcomes.length).mapToObj(k -> outcomes[k]).toArray(String[]::new);
      for (int i = 0; i < tokens.length; i++) {
        assertThat(tagger.probabilities(tokens, i, tags))
            .containsExactly(model.eval(generator.getContext(i, tokens, tags, null)));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  @Test
  void otherBeamSizesSearchAsOpenNlpsBeamSearch() {
    MaxentModel model = OPENNLP_POS.getArtifact(PosModelParts.ARTIFACT);
    TagDictionary dictionary = OPENNLP_POS.getFactory().getTagDictionary();
    PosModelParts parts = models.pos;
    for (int size : new int[] {1, 2, 5, 80}) {
      BeamSearch search = new BeamSearch(size, model, 0);
      PosBeamTagger tagger = new PosBeamTagger(parts.table(), parts.outcomes(), parts.dictionary(), size);
      for (int s = 0; s < LINES.size(); s += 5) {
        String[] tokens = LINES.get(s);
        List<String> expected = search.bestSequence(tokens, null, new DefaultPOSContextGenerator(size, null),
            new DefaultPOSSequenceValidator(dictionary)).getOutcomes();
        assertThat(tagger.tag(tokens)).as("beam " + size + ": " + String.join(" ", tokens))
            .containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void aTaggerOfPlainPartsRebuiltFromTheirArraysTagsAsTheModel() {
    PosModelParts parts = models.pos;
    PosTagDictionary d = parts.dictionary();
    String[][] tags = new String[d.size()][];
    for (int i = 0; i < d.size(); i++) {
      tags[i] = d.tags(i);
    }
    PosBeamTagger tagger = new PosBeamTagger(parts.table(), parts.outcomes(),
        new PosTagDictionary(d.words(), tags, d.caseSensitive()), parts.beamSize());
    for (int s = 0; s < LINES.size(); s += 3) {
      assertThat(tagger.tag(LINES.get(s))).containsExactly(reference.tag(LINES.get(s)));
    }
  }

  @Test
  void theModelIsReadAsPosTaggerMeReadsIt() {
    PosModelParts parts = PosModelParts.of(OPENNLP_POS);
    assertThat(parts.beamSize()).isEqualTo(POSTaggerME.DEFAULT_BEAM_SIZE);
    assertThat(parts.outcomes()).containsExactly(reference.getAllPosTags());
    assertThat(parts.dictionary().caseSensitive()).isTrue();
    assertThat(parts.dictionary().size()).isGreaterThan(10_000);
    for (int i = 0; i < parts.dictionary().size(); i++) {
      // So every listed word keeps some tag: no sentence loses all its sequences.
      assertThat(parts.outcomes()).as(parts.dictionary().word(i)).contains(parts.dictionary().tags(i));
    }
    assertThat(PosBeamTagger.of(OPENNLP_POS).tag(LINES.get(0))).containsExactly(reference.tag(LINES.get(0)));
  }

  /**
   * DefaultPOSContextGenerator caches a token's features under {@code index + tag1 + tag2}, which
   * does not tell NN then PRP from NNP then RP: a sequence with one of those histories is scored with
   * the features of the other when that one came first at the token. Sentences where both histories
   * meet in the beam ("you" may be PRP or RP, a capitalised word NN or NNP) get POSTaggerME's tags,
   * and the borrowing happened (with this model it has not been seen to change a sentence's tags;
   * {@link PosBeamTaggerSyntheticModelTest} has models where it does).
   */
  @Test
  void sequencesWhoseCacheKeysCollideAreScoredAsTheContextGeneratorsCacheScoresThem() {
    List<String> tags = Arrays.asList(models.pos.outcomes());
    assertThat(tags).contains("NN", "PRP", "NNP", "RP");
    PosBeamTagger tagger = tagger();
    Random random = new Random(2);
    String[][] slots = {{"I", "We", "They", "He", "will", "to", "and", "the", "Then"},
        {"give", "tell", "thank", "picked", "set", "turned", "bring", "see", "gave", "called", "met", "owe"},
        {"you"},
        {"Market", "Plan", "Rate", "Street", "Bank", "Apple", "Zorb", "Times", "Money", "Back", "Up", "Home", "Bill"},
        {".", "today", "now", ",", "and", "it", "Street", "money", "again", "Monday", "back"}};
    for (int s = 0; s < 20_000; s++) {
      String[] tokens = new String[slots.length];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = slots[i][random.nextInt(slots[i].length)];
      }
      if (s % 7 == 0) {
        tokens[3] = tokens[3].toLowerCase(Locale.ROOT);
      }
      assertThat(tagger.tag(tokens)).as(String.join(" ", tokens)).containsExactly(reference.tag(tokens));
    }
    assertThat(tagger.borrowedContexts()).isPositive();
  }

  @Test
  void theThresholdIsTheValueAtBeamSearchsPlaceInTheSortedProbabilities() {
    Random random = new Random(3);
    double[] pool = {0.0, -0.0, 1.0, 0.5, 0.25, Double.NaN, 1e-300, Double.MIN_VALUE, 0.5};
    for (int round = 0; round < 20_000; round++) {
      int n = 1 + random.nextInt(12);
      int size = 1 + random.nextInt(6);
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextDouble();
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double expected = sorted[Math.max(0, n - size)];
      double actual = PosBeamTagger.highest(values, n, new double[Math.min(size, n)]);
      assertThat(Double.doubleToRawLongBits(actual)).as(Arrays.toString(values) + " beam " + size)
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }

  @Test
  void aPrefixAndAWordsRangeFindTheKeyTheirJoinSpells() {
    MaxentTable table = models.pos.table();
    String[] parts = new String[2];
    int found = 0;
    for (int s = 0; s < LINES.size(); s += 4) {
      for (String word : LINES.get(s)) {
        for (String prefix : List.of("w=", "suf=", "pre=", "p=", "nn=", "", "default")) {
          for (int from = 0; from <= Math.min(word.length(), 3); from++) {
            int to = Math.max(from, word.length() - from);
            parts[0] = prefix;
            parts[1] = word.substring(from, to);
            int expected = table.find(parts, 2);
            assertThat(table.find(prefix, word, from, to)).as(prefix + parts[1]).isEqualTo(expected);
            found += expected >= 0 ? 1 : 0;
          }
        }
      }
    }
    assertThat(found).isGreaterThan(1_000);
    assertThat(table.find("w=", "x".repeat(100), 0, 100)).isEqualTo(-1);
  }

  @Test
  void partsThatDoNotFitAreRefused() {
    PosModelParts parts = models.pos;
    assertThatThrownBy(() -> new PosBeamTagger(parts.table(), new String[] {"NN"}, parts.dictionary(), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PosBeamTagger(parts.table(), parts.outcomes(), parts.dictionary(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    String[] digit = parts.outcomes();
    digit[3] = "1X";
    assertThatThrownBy(() -> new PosBeamTagger(parts.table(), digit, parts.dictionary(), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1X");
  }
}
