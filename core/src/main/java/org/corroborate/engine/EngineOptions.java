package org.corroborate.engine;

import org.corroborate.ingest.IngestOptions;

/**
 * How the engine runs.
 *
 * @param threads worker threads for the per-article stages (at least 1)
 * @param ingest limits for reading the corpus
 */
public record EngineOptions(int threads, IngestOptions ingest) {
  /** One worker per available processor. */
  public static final EngineOptions DEFAULTS = new EngineOptions(Runtime.getRuntime().availableProcessors(), IngestOptions.DEFAULTS);

  public EngineOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (ingest == null) {
      throw new IllegalArgumentException("ingest options are null");
    }
  }

  public EngineOptions withThreads(int n) {
    return new EngineOptions(n, ingest);
  }
}
