package org.corroborate.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantised), run in process by ONNX Runtime from the
 * model inside its Maven jar: nothing is downloaded at run time. Each sentence is embedded on its
 * own, so the vectors do not depend on batching or thread count.
 *
 * <p>Thread safe for {@link #embed}; {@link #close} stops its worker threads.
 */
public final class SentenceEmbedder implements AutoCloseable {
  private final ExecutorService workers;
  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  /** @param threads how many sentences are embedded at once */
  public SentenceEmbedder(int threads) {
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "embed");
      t.setDaemon(true);
      return t;
    });
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
  }

  /** One vector per sentence, in order. */
  public float[][] embed(List<String> sentences) {
    List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
    List<Embedding> embeddings = model.embedAll(segments).content();
    float[][] out = new float[embeddings.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embeddings.get(i).vector();
    }
    return out;
  }

  /** The cosine of two vectors of one length; 0 when either is all zeros. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " vs " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
