package org.corroborate.ingest;

/**
 * Limits and switches for reading a corpus.
 *
 * @param maxFileBytes files larger than this are skipped with a diagnostic
 * @param maxArticles at most this many articles are read; the rest get one diagnostic
 * @param requireEnglish skip, with a diagnostic, text that does not look like English
 */
public record IngestOptions(long maxFileBytes, int maxArticles, boolean requireEnglish) {
  /** 20 MB: far above any news article, well below what would exhaust memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** Enough for a desk's archive. */
  public static final int DEFAULT_MAX_ARTICLES = 1_000_000;

  public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLES, true);

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }
    if (maxArticles <= 0) {
      throw new IllegalArgumentException("maxArticles must be positive, was " + maxArticles);
    }
  }
}
