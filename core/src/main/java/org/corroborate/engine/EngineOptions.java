package org.corroborate.engine;

import org.corroborate.ingest.IngestOptions;

/**
 * How the engine runs.
 *
 * @param threads worker threads for the per-article stages (at least 1)
 * @param ingest limits for reading the corpus
 * @param progress hears how far a scan has got ({@link ProgressListener#NONE} for nothing)
 */
public record EngineOptions(int threads, IngestOptions ingest, ProgressListener progress) {
  /** One worker per available processor, no progress reports. */
  public static final EngineOptions DEFAULTS = new EngineOptions(Runtime.getRuntime().availableProcessors(), IngestOptions.DEFAULTS);

  /** Options without progress reports. */
  public EngineOptions(int threads, IngestOptions ingest) {
    this(threads, ingest, ProgressListener.NONE);
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
    return new EngineOptions(n, ingest, progress);
  }

  public EngineOptions withProgress(ProgressListener listener) {
    return new EngineOptions(threads, ingest, listener);
  }
}
