package org.corroborate.claims;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;

/**
 * Everything {@link PosBeamTagger} needs of a maxent POS model, as flat values: the maxent
 * predicates ({@link MaxentTable}), the outcomes (tags) in the model's order, the tag dictionary and
 * the beam size. Built once per JVM and shared by every tagger; the model's own object graph (about
 * 250k OpenNLP contexts and strings) is not needed once these exist. Immutable and thread safe.
 */
record PosModelParts(PackedMaxent maxent, PosTagDictionary dictionary, int beamSize) {
  /** The artifact that holds the maxent model inside a POSModel. */
  static final String ARTIFACT = "pos.model";
  /** The artifact of an n-gram dictionary, which would change the context generator's features. */
  static final String NGRAM_DICTIONARY = "ngram.dictionary";

  PosModelParts {
    if (beamSize < 1) {
      throw new IllegalArgumentException("beam size " + beamSize);
    }
    for (int k = 0; k < maxent.numOutcomes(); k++) {
      String t = maxent.outcome(k);
      // The generator's cache key starts with the token's index; a tag could extend the number.
      if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
        throw new IllegalArgumentException("a tag that starts with a digit: " + t);
      }
    }
  }

  /** Parts of a table and its outcomes (tags), in the table's outcome order. */
  PosModelParts(MaxentTable table, String[] outcomes, PosTagDictionary dictionary, int beamSize) {
    this(new PackedMaxent(table, outcomes), dictionary, beamSize);
  }

  MaxentTable table() {
    return maxent.table();
  }

  /** The tags, in the model's outcome order (a copy). */
  String[] outcomes() {
    return maxent.outcomes();
  }

  String outcome(int k) {
    return maxent.outcome(k);
  }

  /**
   * The parts of {@code model}, checked to be what {@code POSTaggerME(model, POSTagFormat.PENN)}
   * tags with in OpenNLP 2.5: a GIS maxent model, the default factory (so the tag dictionary is
   * the sequence validator's), a 1.5-era model (so {@link DefaultPOSContextGenerator}'s features)
   * without an n-gram dictionary, and Penn outcomes (so the tags are returned unconverted).
   *
   * @throws IllegalArgumentException when the model is tagged some other way
   */
  static PosModelParts of(POSModel model) {
    POSTaggerFactory factory = model.getFactory();
    if (factory.getClass() != POSTaggerFactory.class) {
      throw new IllegalArgumentException("POS model with its own factory " + factory.getClass().getName());
    }
    if (factory.getPOSContextGenerator(0).getClass() != DefaultPOSContextGenerator.class
        || model.getArtifact(NGRAM_DICTIONARY) != null) {
      throw new IllegalArgumentException("POS model whose features are not DefaultPOSContextGenerator's alone");
    }
    if (POSTagFormatMapper.guessFormat(model) != POSTagFormat.PENN) {
      throw new IllegalArgumentException("POS model whose tags are not Penn tags");
    }
    MaxentModel maxent = model.getArtifact(ARTIFACT);
    if (maxent == null) {
      throw new IllegalArgumentException("POS model has no " + ARTIFACT + " maxent artifact");
    }
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beamSize = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    return new PosModelParts(PackedMaxent.of(maxent), PosTagDictionary.of(model), beamSize);
  }
}
