package org.corroborate.claims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.postag.POSModel;

/**
 * Penn POS tags for a sentence's tokens, the same as {@code POSTaggerME(model, PENN).tag(tokens)}
 * of OpenNLP 2.5 with a 1.5-era maxent model, from the model's flat {@link PosModelParts} instead
 * of its object graph.
 *
 * <p>It is OpenNLP's beam search replayed: at each token the best {@code beamSize} sequences so far
 * are taken in turn (in {@link SequenceHeap}'s order, which is PriorityQueue's); each scores every
 * tag with the features of {@code DefaultPOSContextGenerator} (the word, its four suffixes and four
 * prefixes, hyphen, capital and digit marks, the two words either side and the last two tags) and
 * the model's maxent parameters; the tags whose probability reaches the beam's {@code beamSize}-th
 * highest, and that the tag dictionary allows for the word, extend it (every allowed tag when none
 * has yet extended any sequence at this token), their score being the sequence's plus the log of the
 * probability. The probabilities are the model's to the bit: the parameters are added in the
 * generator's feature order and {@link MaxentTable#probabilities} takes {@code GISModel.eval}'s
 * exponentials. Even the generator's context cache is replayed, where it returns another history's
 * features ({@link #cachedHistory}).
 *
 * <p>What it does not copy is the work: the features that do not depend on the earlier tags are
 * looked up once per token rather than once per sequence, their partial sum too, and no feature
 * string is built ({@link PosContextFeatures}); sequences are nodes in arrays and the dictionary's
 * tags bit masks. Not thread safe (its buffers): one per {@link Tagger}.
 */
final class PosBeamTagger {
  /** BeamSearch's {@code zeroLog}: a sequence must score above it to be kept. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final String[] outcomes;
  private final PosTagDictionary dictionary;
  private final int beamSize;
  private final int numOutcomes;
  private final PosContextFeatures features;
  /** The outcomes of each spelling, as bits ({@link #maskWords} longs). */
  private final Map<String, long[]> outcomesSpelled = new HashMap<>();
  private final int maskWords;
  /**
   * Per dictionary entry, a bit per outcome that the entry allows, {@link #maskWords} longs each,
   * filled the first time the entry's word is tagged ({@link #filled}).
   */
  private final long[] allowed;
  private final boolean[] filled;

  // Buffers of one sentence.
  private final double[] best;
  /** The histories whose features scored the sequences taken so far at the current token. */
  private final int[] scoredWith;
  private int borrowed;
  /** The sequences as a tree: each node is its parent sequence extended by one tag. */
  private int[] nodeParent = new int[64];
  private int[] nodeTag = new int[64];
  private double[] nodeScore = new double[64];
  private int nodes;
  private SequenceHeap kept = new SequenceHeap();
  private SequenceHeap extended = new SequenceHeap();

  /**
   * A tagger of the given parts: see {@link PosModelParts}. Cheap (what it derives from the parts
   * it derives as it goes), so one per thread costs little.
   */
  PosBeamTagger(MaxentTable table, String[] outcomes, PosTagDictionary dictionary, int beamSize) {
    this(new PosModelParts(table, outcomes, dictionary, beamSize));
  }

  PosBeamTagger(PosModelParts parts) {
    this(parts, PosContextFeatures.memo());
  }

  /**
   * A tagger of the given parts that keeps its words' features in {@code words}, a memo of these
   * parts' table only (shared by its taggers: {@link NlpModels#posWords}).
   */
  PosBeamTagger(PosModelParts parts, PosWordMemo words) {
    this.outcomes = parts.outcomes();
    this.dictionary = parts.dictionary();
    this.beamSize = parts.beamSize();
    int n = outcomes.length;
    this.numOutcomes = n;
    this.features = new PosContextFeatures(parts.table(), outcomes, words);
    this.maskWords = (n + 63) / 64;
    for (int k = 0; k < n; k++) {
      outcomesSpelled.computeIfAbsent(outcomes[k], t -> new long[maskWords])[k >>> 6] |= 1L << k;
    }
    this.allowed = new long[dictionary.size() * maskWords];
    this.filled = new boolean[dictionary.size()];
    this.best = new double[Math.min(beamSize, n)];
    this.scoredWith = new int[beamSize];
  }

  /** A tagger of {@code model}: see {@link PosModelParts#of}. */
  static PosBeamTagger of(POSModel model) {
    return new PosBeamTagger(PosModelParts.of(model));
  }

  /** The tags of {@code tokens}, one per token. */
  String[] tag(String[] tokens) {
    int length = tokens.length;
    nodes = 0;
    kept.clear();
    extended.clear();
    kept.add(node(-1, -1, 0.0), nodeScore);
    features.sentence(tokens);
    for (int i = 0; i < length; i++) {
      features.at(i, tokens);
      int mask = allowedAt(dictionary.indexOf(tokens[i]));
      int beams = Math.min(beamSize, kept.size());
      for (int b = 0; b < beams; b++) {
        int top = kept.poll(nodeScore);
        double[] probs;
        if (i < 2) {
          probs = features.probabilities(i == 1 ? nodeTag[top] : -1, -1);
        } else {
          int history = cachedHistory(b, nodeTag[top] * numOutcomes + nodeTag[nodeParent[top]]);
          probs = features.probabilities(history / numOutcomes, history % numOutcomes);
        }
        double min = highest(probs, numOutcomes, best);
        for (int k = 0; k < numOutcomes; k++) {
          if (probs[k] >= min && allows(mask, k)) {
            extend(top, k, probs[k]);
          }
        }
        if (extended.size() == 0) {
          for (int k = 0; k < numOutcomes; k++) {
            if (allows(mask, k)) {
              extend(top, k, probs[k]);
            }
          }
        }
      }
      kept.clear();
      SequenceHeap swap = kept;
      kept = extended;
      extended = swap;
    }
    if (kept.size() == 0) {
      throw new IllegalStateException("no tag sequence is left for a sentence of " + length + " tokens");
    }
    String[] tags = new String[length];
    for (int at = kept.poll(nodeScore), i = length - 1; i >= 0; at = nodeParent[at], i--) {
      tags[i] = outcomes[nodeTag[at]];
    }
    return tags;
  }

  /**
   * The probability of each outcome at token {@code i} after the tags {@code priorTags[0..i)}: what
   * the model's {@code eval} gives for the context generator's features there. For tests.
   */
  double[] probabilities(String[] tokens, int i, String[] priorTags) {
    features.sentence(tokens);
    features.at(i, tokens);
    return features.probabilities(i >= 1 ? outcome(priorTags[i - 1]) : -1, i >= 2 ? outcome(priorTags[i - 2]) : -1)
        .clone();
  }

  private int outcome(String t) {
    int k = Arrays.asList(outcomes).indexOf(t);
    if (k < 0) {
      throw new IllegalArgumentException("not a tag of the model: " + t);
    }
    return k;
  }

  /**
   * The history ({@code last * numOutcomes + beforeLast}) whose features score the {@code b}-th
   * sequence taken at the current token, whose own history is {@code history}.
   * DefaultPOSContextGenerator caches a token's features under the key {@code index + tag1 + tag2}
   * for as many keys as the beam is wide (so all of one token's: it evicts the oldest first), and
   * the key does not tell apart tag pairs that spell the same string (with Penn tags, NN then PRP
   * and NNP then RP). So a sequence whose key an earlier one at this token already stored is scored
   * with that one's features, as OpenNLP scores it. (Before the third token a key ends in "null" or
   * in the only tag, and two different keys never spell the same.)
   */
  private int cachedHistory(int b, int history) {
    int key = features.cacheKey(history / numOutcomes, history % numOutcomes);
    for (int earlier = 0; earlier < b; earlier++) {
      int other = scoredWith[earlier];
      if (features.cacheKey(other / numOutcomes, other % numOutcomes) == key) {
        borrowed += other == history ? 0 : 1;
        history = other;
        break;
      }
    }
    scoredWith[b] = history;
    return history;
  }

  /** How many sequences so far were scored with another history's features ({@link #cachedHistory}): for tests. */
  int borrowedContexts() {
    return borrowed;
  }

  /**
   * What BeamSearch takes as its threshold: {@code sorted[max(0, n - beamSize)]} of the
   * probabilities sorted ascending by {@link Arrays#sort(double[])} (so in {@link Double#compare}
   * order), that is the {@code beamSize}-th highest, or the lowest of fewer; found by insertion into
   * a buffer of {@code min(beamSize, n)} instead of a sort.
   */
  static double highest(double[] probs, int n, double[] best) {
    int m = best.length;
    int filledSoFar = 0;
    for (int k = 0; k < n; k++) {
      double v = probs[k];
      if (filledSoFar == m) {
        if (Double.compare(v, best[m - 1]) <= 0) {
          continue;
        }
        filledSoFar--;
      }
      int j = filledSoFar++;
      while (j > 0 && Double.compare(best[j - 1], v) < 0) {
        best[j] = best[j - 1];
        j--;
      }
      best[j] = v;
    }
    return best[m - 1];
  }

  /**
   * Where the outcomes that dictionary entry {@code entry} allows start in {@link #allowed}, or -1
   * for a word without an entry, which may take any outcome.
   */
  private int allowedAt(int entry) {
    if (entry < 0) {
      return -1;
    }
    int at = entry * maskWords;
    if (!filled[entry]) {
      for (String t : dictionary.tags(entry)) {
        long[] spelled = outcomesSpelled.get(t);
        for (int w = 0; spelled != null && w < maskWords; w++) {
          allowed[at + w] |= spelled[w];
        }
      }
      filled[entry] = true;
    }
    return at;
  }

  /** Whether outcome k is allowed by the mask at {@code mask} ({@link #allowedAt}). */
  private boolean allows(int mask, int k) {
    return mask < 0 || (allowed[mask + (k >>> 6)] & 1L << k) != 0;
  }

  /** Extends sequence {@code top} with outcome k of probability p, as {@code new Sequence(top, k, p)}. */
  private void extend(int top, int k, double p) {
    double s = nodeScore[top] + StrictMath.log(p);
    if (s > MIN_SEQUENCE_SCORE) {
      extended.add(node(top, k, s), nodeScore);
    }
  }

  private int node(int from, int outcome, double s) {
    if (nodes == nodeParent.length) {
      nodeParent = Arrays.copyOf(nodeParent, nodes * 2);
      nodeTag = Arrays.copyOf(nodeTag, nodes * 2);
      nodeScore = Arrays.copyOf(nodeScore, nodes * 2);
    }
    nodeParent[nodes] = from;
    nodeTag[nodes] = outcome;
    nodeScore[nodes] = s;
    return nodes++;
  }
}
