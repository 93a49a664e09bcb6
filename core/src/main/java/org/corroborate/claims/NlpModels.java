package org.corroborate.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models the claims stage uses, loaded from the classpath jars: the UD-EWT sentence
 * detector and the WSJ-trained 1.5 tokenizer, POS tagger and chunker. Immutable and thread safe:
 * OpenNLP models may be shared between threads, the {@code *ME} tools built on them may not.
 */
public final class NlpModels {
  /** Sentence detector model inside {@code opennlp-models-sentdetect-en}. */
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  /** WSJ tokenizer model inside {@code opennlp-tokenize-models:1.5}. */
  static final String TOKEN_MODEL = "/en-token.bin";
  /** WSJ maxent POS model (Penn tags) inside {@code opennlp-postag-models:1.5}. */
  static final String POS_MODEL = "/en-pos-maxent.bin";
  /** WSJ chunker model inside {@code opennlp-chunk-models:1.5}. */
  static final String CHUNK_MODEL = "/en-chunker.bin";

  private static final class Holder {
    static final NlpModels SHARED = load();
  }

  final SentenceModel sentences;
  final TokenizerModel tokens;
  final POSModel pos;
  /** The chunker's model from the {@link ModelPack}. */
  final PackedMaxent chunker;

  private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, PackedMaxent chunker) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.chunker = chunker;
  }

  /** The models loaded once per JVM, on first use. */
  public static NlpModels shared() {
    return Holder.SHARED;
  }

  /**
   * Loads a fresh copy of every model from the classpath. The POS model is most of the work (its
   * maxent parameters are read one by one), so it is read on a second thread while this one reads
   * the others and the {@link ModelPack} (built from the model jars when the build wrote none).
   */
  public static NlpModels load() {
    FutureTask<POSModel> pos = new FutureTask<>(() -> {
      try (InputStream p = open(POS_MODEL)) {
        return new POSModel(p);
      }
    });
    Thread posLoader = new Thread(pos, "opennlp-pos-model");
    posLoader.setDaemon(true);
    posLoader.start();
    try (InputStream s = open(SENTENCE_MODEL);
        InputStream t = open(TOKEN_MODEL)) {
      SentenceModel sentences = new SentenceModel(s);
      TokenizerModel tokens = new TokenizerModel(t);
      ModelPack pack = ModelPack.fromClasspath().orElseGet(ModelPack::fromOpenNlp);
      return new NlpModels(sentences, tokens, pos.get(), pack.chunker());
    } catch (IOException e) {
      throw new UncheckedIOException("could not load OpenNLP models", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the OpenNLP models were loading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException("could not load OpenNLP models", io);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("could not load OpenNLP models", cause);
    }
  }

  /** The WSJ chunker model as OpenNLP loads it (for the {@link ModelPack} and for comparisons). */
  static ChunkerModel openNlpChunker() {
    try (InputStream c = open(CHUNK_MODEL)) {
      return new ChunkerModel(c);
    } catch (IOException e) {
      throw new UncheckedIOException("could not load the OpenNLP chunker model", e);
    }
  }

  /** The model package, its entries stored rather than deflated ({@link StoredModel}). */
  private static InputStream open(String resource) throws IOException {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("model " + resource + " is not on the classpath");
      }
      return StoredModel.of(in);
    }
  }
}
