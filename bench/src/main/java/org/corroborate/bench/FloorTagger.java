package org.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The floor of the claims stage: OpenNLP sentence detection (the UD English model), tokenization
 * and POS tagging (the WSJ-trained 1.5 models, Penn tags) and nothing else. Each non-blank line is a
 * block, as the engine treats it. Models load once per JVM and are shared; an instance holds its own
 * detector, tokenizer and tagger, so it is not thread safe: use one per thread.
 */
public final class FloorTagger {
  /** Classpath resource of the sentence model ({@code opennlp-models-sentdetect-en:1.3.0}). */
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  /** Classpath resource of the WSJ tokenizer ({@code opennlp-tokenize-models:1.5}). */
  static final String TOKEN_MODEL = "/en-token.bin";
  /** Classpath resource of the WSJ POS tagger ({@code opennlp-postag-models:1.5}). */
  static final String POS_MODEL = "/en-pos-maxent.bin";

  /** Models load on first use and are shared (OpenNLP models are thread safe). */
  private static final class Models {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    static final POSModel POS = load(POS_MODEL, POSModel::new);
  }

  /** Reads a model from a stream. */
  private interface Loader<M> {
    M read(InputStream in) throws IOException;
  }

  /** Counts of what one call processed. */
  public record Counts(long sentences, long tokens) {}

  private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
  private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
  private final POSTaggerME tagger = new POSTaggerME(Models.POS, POSTagFormat.PENN);

  /** Detects sentences, tokenizes and tags {@code text}; returns how many sentences and tokens. */
  public Counts tag(String text) {
    long sentenceCount = 0;
    long tokenCount = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span s : sentences.sentPosDetect(line)) {
          String[] tokens = tokenizer.tokenize(s.getCoveredText(line).toString());
          if (tokens.length == 0) continue;
          String[] tags = tagger.tag(tokens);
          sentenceCount++;
          tokenCount += tags.length;
        }
      }
      lineStart = lineEnd + 1;
    }
    return new Counts(sentenceCount, tokenCount);
  }

  private static <M> M load(String resource, Loader<M> loader) {
    try (InputStream in = FloorTagger.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("model " + resource + " is not on the classpath");
      return loader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not load model " + resource, e);
    }
  }
}
