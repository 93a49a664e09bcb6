package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as read from the corpus.
 *
 * @param id the path relative to the corpus folder, with '/' separators
 * @param source the outlet that published it
 * @param title the headline, or empty when none is known
 * @param url where it was published, or null
 * @param published publication date or time as ISO-8601 text, or null
 * @param text the article's plain text; a line break separates blocks (headline, paragraph,
 *     list item) and no sentence spans two blocks. Every offset in the report indexes this text.
 * @param warnings problems found while reading it (the article is still used)
 */
public record Article(
    String id,
    String source,
    String title,
    String url,
    String published,
    String text,
    List<String> warnings) {
  public Article {
    Checks.nonBlank(id, "article id");
    Checks.nonBlank(source, "source of " + id);
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text of " + id);
    warnings = List.copyOf(warnings);
  }

  /**
   * This article with an empty text: its header (id, outlet, title, url, date, warnings) for a
   * report that does not show article texts, so the texts need not stay in memory.
   */
  public Article withoutText() {
    return text.isEmpty() ? this : new Article(id, source, title, url, published, "", warnings);
  }
}
