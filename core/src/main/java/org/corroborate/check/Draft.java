package org.corroborate.check;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.Article;

/**
 * A draft to check: the article the engine reads and the file as it is on disk, for positions.
 *
 * @param file the path as given, with '/' separators (shown in every output)
 * @param article the draft as an article; its source is a reserved draft outlet
 * @param raw the file's text as on disk (line endings kept), for line and column
 * @param html whether the file is HTML (positions are found by searching the raw text)
 * @param warnings problems found while reading it
 */
public record Draft(String file, Article article, String raw, boolean html, List<String> warnings) {
  /** Prefix of the outlet every draft article gets: no corpus outlet counts as a draft. */
  public static final String OUTLET_PREFIX = "draft:";

  public Draft {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(article, "article of " + file);
    Objects.requireNonNull(raw, "raw text of " + file);
    warnings = List.copyOf(warnings);
  }
}
