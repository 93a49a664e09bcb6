package org.corroborate.ingest;

/**
 * Limits and switches for reading a corpus. Each limit, when hit, is reported as a diagnostic
 * naming the file.
 *
 * @param maxFileBytes files larger than this are skipped with a diagnostic, without being read
 * @param maxArticles at most this many articles are read; the rest get one diagnostic
 * @param requireEnglish skip, with a diagnostic, text that does not look like English
 * @param maxArticleChars an article's text is cut after this many characters (at the last line
 *     break before it, when there is one), with a diagnostic; this bounds the claims one article
 *     can give and the time spent on it (the claims stage reads about 10,000 words a second)
 */
public record IngestOptions(long maxFileBytes, int maxArticles, boolean requireEnglish, int maxArticleChars) {
  /** 20 MB: far above any news article, well below what would exhaust memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** Enough for a desk's archive. */
  public static final int DEFAULT_MAX_ARTICLES = 1_000_000;
  /** About 80,000 words: ten times a long feature; under a minute of claim extraction. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 500_000;

  public static final IngestOptions DEFAULTS =
      new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLES, true, DEFAULT_MAX_ARTICLE_CHARS);

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }
    if (maxArticles <= 0) {
      throw new IllegalArgumentException("maxArticles must be positive, was " + maxArticles);
    }
    if (maxArticleChars <= 0) {
      throw new IllegalArgumentException("maxArticleChars must be positive, was " + maxArticleChars);
    }
  }

  /** The given limits with the default {@link #DEFAULT_MAX_ARTICLE_CHARS}. */
  public IngestOptions(long maxFileBytes, int maxArticles, boolean requireEnglish) {
    this(maxFileBytes, maxArticles, requireEnglish, DEFAULT_MAX_ARTICLE_CHARS);
  }
}
