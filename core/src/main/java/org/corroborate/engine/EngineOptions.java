package org.corroborate.engine;

import org.corroborate.ingest.IngestOptions;

/**
 * How the engine runs.
 *
 * @param threads worker threads for the per-article stages (at least 1)
 * @param ingest limits for reading the corpus
 * @param progress hears how far a scan has got ({@link ProgressListener#NONE} for nothing)
 * @param articleTexts whether the report keeps each article's text (a renderer that shows the
 *     articles, such as the HTML report, needs them); without them the texts are let go once the
 *     sources stage is done, which matters for memory at tens of thousands of articles
 */
public record EngineOptions(int threads, IngestOptions ingest, ProgressListener progress, boolean articleTexts) {
  /** One worker per available processor, no progress reports, article texts kept in the report. */
  public static final EngineOptions DEFAULTS = new EngineOptions(Runtime.getRuntime().availableProcessors(), IngestOptions.DEFAULTS);

  /** Options without progress reports, article texts kept in the report. */
  public EngineOptions(int threads, IngestOptions ingest) {
    this(threads, ingest, ProgressListener.NONE);
  }

  /** Options with article texts kept in the report. */
  public EngineOptions(int threads, IngestOptions ingest, ProgressListener progress) {
    this(threads, ingest, progress, true);
  }

  public EngineOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (ingest == null) {
      throw new IllegalArgumentException("ingest options are null");
    }
    if (progress == null) {
      throw new IllegalArgumentException("progress listener is null (use ProgressListener.NONE)");
    }
  }

  public EngineOptions withThreads(int n) {
    return new EngineOptions(n, ingest, progress, articleTexts);
  }

  public EngineOptions withProgress(ProgressListener listener) {
    return new EngineOptions(threads, ingest, listener, articleTexts);
  }

  public EngineOptions withArticleTexts(boolean keep) {
    return new EngineOptions(threads, ingest, progress, keep);
  }
}
