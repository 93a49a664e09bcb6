package org.corroborate.check;

import java.util.Objects;

/**
 * A corpus claim a verdict rests on.
 *
 * @param id the claim's id ("&lt;article id&gt;#&lt;n&gt;")
 * @param article the article it comes from
 * @param source the article's outlet
 * @param text the claim
 */
public record CorpusClaim(String id, String article, String source, String text) {
  public CorpusClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article of " + id);
    Objects.requireNonNull(source, "source of " + id);
    Objects.requireNonNull(text, "text of " + id);
  }
}
