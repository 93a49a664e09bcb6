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
 * generator's feature order (so the duplicated affixes of a short word count once each, as they
 * do there) and {@link MaxentTable#probabilities} takes {@code GISModel.eval}'s exponentials. The
 * generator's context cache only ever returns what it would compute, so it has no counterpart.
 *
 * <p>What it does not copy is the work: the features that do not depend on the earlier tags are
 * looked up once per token rather than once per sequence, their partial sum too (they come first
 * in the generator's order), the tag features come from tables built once, and no feature string is
 * built (the table is probed with a prefix and a word's range). Not thread safe (its buffers): one
 * per {@link Tagger}.
 */
final class PosBeamTagger {
  /** The generator's stand-in word before the sentence. */
  static final String SENTENCE_BEGIN = "*SB*";
  /** The generator's stand-in word after the sentence. */
  static final String SENTENCE_END = "*SE*";
  /** How many prefixes and suffixes of a word are features. */
  private static final int AFFIXES = 4;
  /** BeamSearch's {@code zeroLog}: a sequence must score above it to be kept. */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  /** default, w, four suffixes, four prefixes, h, c, d, p. */
  private static final int MAX_HEAD = 2 + 2 * AFFIXES + 4;

  private final MaxentTable table;
  private final String[] outcomes;
  private final PosTagDictionary dictionary;
  private final int beamSize;
  private final int numOutcomes;

  /** Per dictionary entry, a bit per outcome that the entry allows, {@link #maskWords} longs each. */
  private final long[] allowed;
  private final int maskWords;
  /** The entry of {@code "t=" + tag} per outcome. */
  private final int[] lastTag;
  /** The entry of {@code "t2=" + tag2 + "," + tag1} at {@code tag2 * numOutcomes + tag1}. */
  private final int[] lastTwoTags;
  /**
   * Per history ({@code last * numOutcomes + beforeLast}), the first history whose cache key
   * {@code tag1 + tag2} spells the same: see {@link #cachedHistory}.
   */
  private final int[] sameCacheKey;
  private final int defaultEntry;
  private final int hyphenEntry;
  private final int capitalEntry;
  private final int digitEntry;

  // Buffers of one sentence.
  private final int[] head = new int[MAX_HEAD];
  private final double[] base;
  private final double[] sums;
  private final double[] best;
  /** The histories whose features scored the sequences taken so far at the current token. */
  private final int[] scoredWith;
  private int borrowed;
  private int beforeEntry;
  private int nextEntry;
  private int afterNextEntry;
  /** The sequences as a tree: each node is its parent sequence extended by one tag. */
  private int[] nodeParent = new int[64];
  private int[] nodeTag = new int[64];
  private double[] nodeScore = new double[64];
  private int nodes;
  private SequenceHeap kept = new SequenceHeap();
  private SequenceHeap extended = new SequenceHeap();

  /** A tagger of the given parts: see {@link PosModelParts}. */
  PosBeamTagger(MaxentTable table, String[] outcomes, PosTagDictionary dictionary, int beamSize) {
    this(new PosModelParts(table, outcomes, dictionary, beamSize));
  }

  PosBeamTagger(PosModelParts parts) {
    this.table = parts.table();
    this.outcomes = parts.outcomes();
    this.dictionary = parts.dictionary();
    this.beamSize = parts.beamSize();
    int n = outcomes.length;
    this.numOutcomes = n;
    this.maskWords = (n + 63) / 64;
    this.allowed = allowedTags(outcomes, dictionary, maskWords);
    this.lastTag = new int[n];
    this.lastTwoTags = new int[n * n];
    String[] key = new String[4];
    for (int a = 0; a < n; a++) {
      key[0] = "t=";
      key[1] = outcomes[a];
      lastTag[a] = table.find(key, 2);
      for (int b = 0; b < n; b++) {
        key[0] = "t2=";
        key[1] = outcomes[a];
        key[2] = ",";
        key[3] = outcomes[b];
        lastTwoTags[a * n + b] = table.find(key, 4);
      }
    }
    this.sameCacheKey = new int[n * n];
    Map<String, Integer> first = new HashMap<>();
    for (int h = 0; h < n * n; h++) {
      int history = h;
      sameCacheKey[h] = first.computeIfAbsent(outcomes[h / n] + outcomes[h % n], k -> history);
    }
    this.defaultEntry = table.find("default", "", 0, 0);
    this.hyphenEntry = table.find("h", "", 0, 0);
    this.capitalEntry = table.find("c", "", 0, 0);
    this.digitEntry = table.find("d", "", 0, 0);
    this.base = new double[n];
    this.sums = new double[n];
    this.best = new double[Math.min(beamSize, n)];
    this.scoredWith = new int[beamSize];
  }

  /** A tagger of {@code model}: see {@link PosModelParts#of}. */
  static PosBeamTagger of(POSModel model) {
    return new PosBeamTagger(PosModelParts.of(model));
  }

  /** Per dictionary entry, the outcomes among its tags, as bits. */
  private static long[] allowedTags(String[] outcomes, PosTagDictionary dictionary, int words) {
    Map<String, Integer> index = new HashMap<>();
    for (int k = outcomes.length - 1; k >= 0; k--) {
      index.put(outcomes[k], k);
    }
    long[] bits = new long[dictionary.size() * words];
    for (int e = 0; e < dictionary.size(); e++) {
      for (String t : dictionary.tags(e)) {
        // Every outcome spelled t is allowed (a model has each once).
        for (int k = index.getOrDefault(t, outcomes.length); k < outcomes.length; k++) {
          if (outcomes[k].equals(t)) {
            bits[e * words + k / 64] |= 1L << k;
          }
        }
      }
    }
    return bits;
  }

  /** The tags of {@code tokens}, one per token. */
  String[] tag(String[] tokens) {
    int length = tokens.length;
    nodes = 0;
    kept.clear();
    extended.clear();
    kept.add(node(-1, -1, 0.0), nodeScore);
    for (int i = 0; i < length; i++) {
      prepare(i, tokens);
      int entry = dictionary.indexOf(tokens[i]);
      int beams = Math.min(beamSize, kept.size());
      for (int b = 0; b < beams; b++) {
        int top = kept.poll(nodeScore);
        double[] probs;
        if (i < 2) {
          probs = probabilities(i, length, i == 1 ? nodeTag[top] : -1, -1);
        } else {
          int history = cachedHistory(b, nodeTag[top] * numOutcomes + nodeTag[nodeParent[top]]);
          probs = probabilities(i, length, history / numOutcomes, history % numOutcomes);
        }
        double min = highest(probs, numOutcomes, best);
        for (int k = 0; k < numOutcomes; k++) {
          if (probs[k] >= min && allows(entry, k)) {
            extend(top, k, probs[k]);
          }
        }
        if (extended.size() == 0) {
          for (int k = 0; k < numOutcomes; k++) {
            if (allows(entry, k)) {
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
   * The history whose features score the {@code b}-th sequence taken at the current token, whose own
   * history is {@code history}: DefaultPOSContextGenerator caches a token's features under the key
   * {@code index + tag1 + tag2} for as many keys as the beam is wide (all of one token's, since it
   * evicts the oldest first), and the key does not tell apart tag pairs that spell the same string
   * (with Penn tags, NN then PRP and NNP then RP). So a sequence whose key an earlier one at this
   * token already stored is scored with that one's features, as OpenNLP scores it. (Before the
   * second token the key ends in "null", and two tags never spell the same.)
   */
  private int cachedHistory(int b, int history) {
    int key = sameCacheKey[history];
    for (int earlier = 0; earlier < b; earlier++) {
      if (sameCacheKey[scoredWith[earlier]] == key) {
        borrowed += scoredWith[earlier] == history ? 0 : 1;
        history = scoredWith[earlier];
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
   * The probability of each outcome at token {@code i} after the tags {@code priorTags[0..i)}: what
   * the model's {@code eval} gives for the context generator's features there. For tests.
   */
  double[] probabilities(String[] tokens, int i, String[] priorTags) {
    prepare(i, tokens);
    return probabilities(i, tokens.length, i >= 1 ? outcome(priorTags[i - 1]) : -1,
        i >= 2 ? outcome(priorTags[i - 2]) : -1).clone();
  }

  private int outcome(String t) {
    int k = Arrays.asList(outcomes).indexOf(t);
    if (k < 0) {
      throw new IllegalArgumentException("not a tag of the model: " + t);
    }
    return k;
  }

  /** Looks up token {@code i}'s features that no earlier tag changes and sums the head's into {@link #base}. */
  private void prepare(int i, String[] tokens) {
    int entries = features(i, tokens);
    table.start(base);
    for (int f = 0; f < entries; f++) {
      table.add(head[f], base);
    }
  }

  /**
   * Looks up token {@code i}'s features that no earlier tag changes: those before the tag features
   * (default to p) into {@link #head}, returning how many, and pp, n and nn into their fields.
   */
  private int features(int i, String[] tokens) {
    int length = tokens.length;
    String lex = tokens[i];
    int n = lex.length();
    int f = 0;
    head[f++] = defaultEntry;
    head[f++] = table.find("w=", lex, 0, n);
    for (int a = 0; a < AFFIXES; a++) {
      head[f++] = table.find("suf=", lex, Math.max(n - a - 1, 0), n);
    }
    for (int a = 0; a < AFFIXES; a++) {
      head[f++] = table.find("pre=", lex, 0, Math.min(a + 1, n));
    }
    boolean hyphen = false;
    boolean capital = false;
    boolean digit = false;
    for (int c = 0; c < n; c++) {
      char ch = lex.charAt(c);
      hyphen |= ch == '-';
      capital |= ch >= 'A' && ch <= 'Z';
      digit |= ch >= '0' && ch <= '9';
    }
    if (hyphen) {
      head[f++] = hyphenEntry;
    }
    if (capital) {
      head[f++] = capitalEntry;
    }
    if (digit) {
      head[f++] = digitEntry;
    }
    head[f++] = word("p=", i == 0 ? SENTENCE_BEGIN : tokens[i - 1]);
    beforeEntry = i == 0 ? -1 : word("pp=", i == 1 ? SENTENCE_BEGIN : tokens[i - 2]);
    nextEntry = word("n=", i + 1 < length ? tokens[i + 1] : SENTENCE_END);
    afterNextEntry = i + 1 >= length ? -1 : word("nn=", i + 2 < length ? tokens[i + 2] : SENTENCE_END);
    return f;
  }

  private int word(String prefix, String w) {
    return table.find(prefix, w, 0, w.length());
  }

  /**
   * The probability of each tag at token {@code i} (prepared) after the tags {@code last} and
   * {@code beforeLast} (-1 before the sentence): the head's sum, then t, pp, t2, n and nn, in the
   * generator's order. In a buffer.
   */
  private double[] probabilities(int i, int length, int last, int beforeLast) {
    System.arraycopy(base, 0, sums, 0, numOutcomes);
    if (i >= 1) {
      table.add(lastTag[last], sums);
      table.add(beforeEntry, sums);
      if (i >= 2) {
        table.add(lastTwoTags[beforeLast * numOutcomes + last], sums);
      }
    }
    table.add(nextEntry, sums);
    if (i + 1 < length) {
      table.add(afterNextEntry, sums);
    }
    return table.probabilities(sums);
  }

  /**
   * What BeamSearch takes as its threshold: {@code sorted[max(0, n - beamSize)]} of the
   * probabilities sorted ascending by {@link Arrays#sort(double[])} (so in {@link Double#compare}
   * order), that is the {@code beamSize}-th highest, or the lowest of fewer; found by insertion into
   * a buffer of {@code min(beamSize, n)} instead of a sort.
   */
  static double highest(double[] probs, int n, double[] best) {
    int m = best.length;
    int filled = 0;
    for (int k = 0; k < n; k++) {
      double v = probs[k];
      if (filled == m) {
        if (Double.compare(v, best[m - 1]) <= 0) {
          continue;
        }
        filled--;
      }
      int j = filled++;
      while (j > 0 && Double.compare(best[j - 1], v) < 0) {
        best[j] = best[j - 1];
        j--;
      }
      best[j] = v;
    }
    return best[m - 1];
  }

  /** Whether the dictionary lets a word (its entry, or -1 when it has none) take outcome k. */
  private boolean allows(int entry, int k) {
    return entry < 0 || (allowed[entry * maskWords + (k >>> 6)] & 1L << k) != 0;
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
