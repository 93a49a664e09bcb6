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
 * The models the claims stage uses: the UD-EWT sentence detector and the WSJ-trained 1.5 tokenizer,
 * loaded by OpenNLP from the classpath jars, and the WSJ 1.5 POS tagger and chunker from the
 * {@link ModelPack} the build wrote (flat tables, read in bulk). Immutable and thread safe: the
 * models may be shared between threads, the taggers built on them may not.
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
  /** The POS tagger's model from the {@link ModelPack} ({@link PosBeamTagger}). */
  final PosModelParts pos;
  /** The chunker's model from the {@link ModelPack} ({@link GreedyChunker}). */
  final PackedMaxent chunker;
  /**
   * The chunker's predicate entries found so far, shared by every chunker of these models: an
   * extraction run makes its extractors (and chunkers) afresh, and a memo of their own would start
   * empty on every run ({@link ChunkLookup}).
   */
  final ChunkMemo chunkMemo = new ChunkMemo();
  /** The POS model's word features found so far, shared by every tagger of these models, for the same reason. */
  final PosWordMemo posWords = PosContextFeatures.memo();

  private NlpModels(SentenceModel sentences, TokenizerModel tokens, ModelPack pack) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pack.pos();
    this.chunker = pack.chunker();
  }

  /** The models loaded once per JVM, on first use. */
  public static NlpModels shared() {
    return Holder.SHARED;
  }

  /**
   * Loads a fresh copy of every model. The {@link ModelPack} is read on a second thread while this
   * one loads the sentence detector and the tokenizer; a checkout whose build wrote no pack builds
   * it from the model jars (slowly: OpenNLP reads their parameters one by one).
   */
  public static NlpModels load() {
    FutureTask<ModelPack> pack = new FutureTask<>(() -> ModelPack.fromClasspath().orElseGet(ModelPack::fromOpenNlp));
    Thread packLoader = new Thread(pack, "corroborate-model-pack");
    packLoader.setDaemon(true);
    packLoader.start();
    try (InputStream s = open(SENTENCE_MODEL);
        InputStream t = open(TOKEN_MODEL)) {
      SentenceModel sentences = new SentenceModel(s);
      TokenizerModel tokens = new TokenizerModel(t);
      return new NlpModels(sentences, tokens, pack.get());
    } catch (IOException e) {
      throw new UncheckedIOException("could not load OpenNLP models", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the models were loading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("could not load the model pack", cause);
    }
  }

  /** The WSJ POS model as OpenNLP loads it (for the {@link ModelPack} and for comparisons). */
  static POSModel openNlpPos() {
    try (InputStream p = open(POS_MODEL)) {
      return new POSModel(p);
    } catch (IOException e) {
      throw new UncheckedIOException("could not load the OpenNLP POS model", e);
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
