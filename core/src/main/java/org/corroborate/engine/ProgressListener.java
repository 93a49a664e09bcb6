package org.corroborate.engine;

/**
 * Hears how far a scan has got, for a progress display. Every callback has a no-op default, so an
 * implementation overrides only what it shows. Callbacks may come from worker threads, but never two
 * at once for one scan: the engine serialises them. They must return quickly and must not throw.
 */
public interface ProgressListener {
  /** Hears nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** A stage starts: "ingest", "claims", "cluster", "sources", "contradictions", "report". */
  default void stage(String name) {}

  /**
   * A phase of the current stage starts (the cluster stage's "profiles", "names", "index",
   * "retrieval", "scoring", "grouping", "clusters", "links"); a phase may start again (retrieval and
   * scoring alternate, block by block). For measuring where a stage's time goes.
   */
  default void phase(String name) {}

  /** The corpus was listed: {@code articles} article files were found to read (some may turn out unusable). */
  default void articlesRead(int articles) {}

  /** One more article's claims were extracted: {@code articlesDone} of {@code total}, {@code claims} claims so far. */
  default void claimsExtracted(int articlesDone, int total, long claims) {}

  /** Clustering is done: {@code clusters} clusters. */
  default void clustered(int clusters) {}

  /** The scan is done. */
  default void finished() {}
}
