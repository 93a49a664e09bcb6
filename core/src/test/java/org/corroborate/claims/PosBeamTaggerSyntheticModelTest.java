package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSDictionary;
import org.junit.jupiter.api.Test;

/**
 * The beam tagger against OpenNLP's {@link BeamSearch} with {@code POSTaggerME}'s generator and
 * validator, on small random GIS models built here, where what is rare with the real model is
 * common: tags that spell the same cache key in two ways (N then PP, NP then P), parameters from a
 * few values so that probabilities and sequence scores tie exactly, a dictionary that allows no
 * tag of the model's top few for some words, and beams of one to six.
 */
class PosBeamTaggerSyntheticModelTest {
  private static final String[] TAGS = {"N", "NP", "P", "PP", "X", "NPP"};
  private static final String[] WORDS = {"a", "b", "ab", "Ba", "a-b", "1", "c", "bab"};

  @Test
  void randomModelsTagAsOpenNlpsBeamSearchWithTheGeneratorsCache() throws IOException {
    long sentences = 0;
    int borrowed = 0;
    int changedByTheCache = 0;
    for (int seed = 0; seed < 60; seed++) {
      Random random = new Random(seed);
      GISModel model = model(random, seed % 2 == 0);
      POSDictionary dictionary = dictionary(random);
      MaxentTable table = MaxentTable.of(model).orElseThrow();
      for (int size = 1; size <= 6; size++) {
        PosBeamTagger tagger = new PosBeamTagger(table, TAGS, PosTagDictionary.of(dictionary), size);
        BeamSearch search = new BeamSearch(size, model, 0);
        for (int s = 0; s < 40; s++) {
          String[] tokens = new String[1 + random.nextInt(9)];
          for (int i = 0; i < tokens.length; i++) {
            tokens[i] = WORDS[random.nextInt(WORDS.length)];
          }
          List<String> expected = search.bestSequence(tokens, null, new DefaultPOSContextGenerator(size, null),
              new DefaultPOSSequenceValidator(dictionary)).getOutcomes();
          assertThat(tagger.tag(tokens)).as("seed %d beam %d: %s", seed, size, String.join(" ", tokens))
              .containsExactlyElementsOf(expected);
          List<String> uncached = search.bestSequence(tokens, null, new DefaultPOSContextGenerator(0, null),
              new DefaultPOSSequenceValidator(dictionary)).getOutcomes();
          changedByTheCache += uncached.equals(expected) ? 0 : 1;
          sentences++;
        }
        borrowed += tagger.borrowedContexts();
      }
    }
    assertThat(sentences).isEqualTo(60 * 6 * 40);
    assertThat(borrowed).isPositive();
    assertThat(changedByTheCache).as("sentences whose tags the generator's cache changes").isPositive();
  }

  /**
   * A GIS model over every predicate the generator can spell for {@link #WORDS} and {@link #TAGS}
   * (each left out one time in ten), each with parameters for a random subset of the tags: from
   * {-1, -0.5, 0, 0.5, 1} when {@code ties}, else Gaussian.
   */
  private static GISModel model(Random random, boolean ties) {
    Set<String> predicates = new LinkedHashSet<>(List.of("default", "h", "c", "d"));
    List<String> around = new ArrayList<>(Arrays.asList(WORDS));
    around.add(PosContextFeatures.SENTENCE_BEGIN);
    around.add(PosContextFeatures.SENTENCE_END);
    for (String w : WORDS) {
      predicates.add("w=" + w);
      for (int k = 0; k <= w.length(); k++) {
        predicates.add("pre=" + w.substring(0, k));
        predicates.add("suf=" + w.substring(k));
      }
    }
    for (String w : around) {
      for (String prefix : List.of("p=", "pp=", "n=", "nn=")) {
        predicates.add(prefix + w);
      }
    }
    for (String t : TAGS) {
      predicates.add("t=" + t);
      for (String u : TAGS) {
        predicates.add("t2=" + t + "," + u);
      }
    }
    List<String> labels = new ArrayList<>();
    List<Context> contexts = new ArrayList<>();
    double[] few = {-1, -0.5, 0, 0.5, 1};
    for (String p : predicates) {
      if (random.nextInt(10) == 0) {
        continue;
      }
      List<Integer> outcomes = new ArrayList<>();
      for (int k = 0; k < TAGS.length; k++) {
        if (random.nextInt(3) > 0) {
          outcomes.add(k);
        }
      }
      double[] parameters = new double[outcomes.size()];
      for (int a = 0; a < parameters.length; a++) {
        parameters[a] = ties ? few[random.nextInt(few.length)] : random.nextGaussian();
      }
      labels.add(p);
      contexts.add(new Context(outcomes.stream().mapToInt(Integer::intValue).toArray(), parameters));
    }
    return new GISModel(contexts.toArray(new Context[0]), labels.toArray(new String[0]), TAGS.clone());
  }

  /** Some words restricted to one or two tags, now and then to a tag the model does not have. */
  private static POSDictionary dictionary(Random random) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dictionary>\n");
    for (String w : WORDS) {
      if (random.nextBoolean()) {
        String tags = TAGS[random.nextInt(TAGS.length)] + (random.nextBoolean() ? " " + TAGS[random.nextInt(TAGS.length)] : "")
            + (random.nextInt(5) == 0 ? " ZZ" : "");
        xml.append("<entry tags=\"").append(tags).append("\"><token>").append(w).append("</token></entry>\n");
      }
    }
    xml.append("</dictionary>\n");
    return POSDictionary.create(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
