package org.corroborate.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
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
  final ChunkerModel chunks;
  /** The chunker model's predicates, built once for every chunker ({@link GreedyChunker}). */
  final Optional<MaxentTable> chunkPredicates;
  /** The POS model as flat tables, built once for every POS tagger ({@link PosBeamTagger}). */
  final PosModelParts posParts;

  private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, ChunkerModel chunks,
      Optional<MaxentTable> chunkPredicates, PosModelParts posParts) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.chunks = chunks;
    this.chunkPredicates = chunkPredicates;
    this.posParts = posParts;
  }

  /** The POS model with its flat tables. */
  private record LoadedPos(POSModel model, PosModelParts parts) {}

  /** The models loaded once per JVM, on first use. */
  public static NlpModels shared() {
    return Holder.SHARED;
  }

  /**
   * Loads a fresh copy of every model from the classpath. The POS model is most of the work (its
   * maxent parameters are read one by one), so it is read, and its tables built, on a second
   * thread while this one reads the others and builds the chunker's predicate table.
   */
  public static NlpModels load() {
    FutureTask<LoadedPos> pos = new FutureTask<>(() -> {
      try (InputStream p = open(POS_MODEL)) {
        POSModel model = new POSModel(p);
        return new LoadedPos(model, PosModelParts.of(model));
      }
    });
    Thread posLoader = new Thread(pos, "opennlp-pos-model");
    posLoader.setDaemon(true);
    posLoader.start();
    try (InputStream s = open(SENTENCE_MODEL);
        InputStream t = open(TOKEN_MODEL);
        InputStream c = open(CHUNK_MODEL)) {
      SentenceModel sentences = new SentenceModel(s);
      TokenizerModel tokens = new TokenizerModel(t);
      ChunkerModel chunks = new ChunkerModel(c);
      Optional<MaxentTable> chunkPredicates = MaxentTable.of(GreedyChunker.artifact(chunks));
      LoadedPos loaded = pos.get();
      return new NlpModels(sentences, tokens, loaded.model(), chunks, chunkPredicates, loaded.parts());
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
