package org.corroborate.app;

import org.corroborate.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The corpus-reading limits, shared by the commands that read a corpus. Hitting one is a warning naming the file. */
final class LimitOptions {
  @Option(names = "--max-file-mb", paramLabel = "MB", description = "Skip files larger than this many megabytes (MiB; default 20).")
  Integer maxFileMb;

  @Option(names = "--max-articles", paramLabel = "N", description = "Read at most N articles (default 1,000,000).")
  Integer maxArticles;

  @Option(names = "--max-article-chars", paramLabel = "N", description = "Cut an article's text after N characters (default 500,000).")
  Integer maxArticleChars;

  /** The corpus reader's options with these limits. */
  IngestOptions ingest(IngestOptions defaults) {
    long bytes = maxFileMb == null ? defaults.maxFileBytes() : positive(maxFileMb, "--max-file-mb") * 1024L * 1024L;
    int articles = maxArticles == null ? defaults.maxArticles() : positive(maxArticles, "--max-articles");
    int chars = maxArticleChars == null ? defaults.maxArticleChars() : positive(maxArticleChars, "--max-article-chars");
    return new IngestOptions(bytes, articles, defaults.requireEnglish(), chars);
  }

  private static int positive(int value, String option) {
    if (value < 1) {
      throw new UserException(ExitCodes.USAGE, option + " must be at least 1, was " + value);
    }
    return value;
  }
}
