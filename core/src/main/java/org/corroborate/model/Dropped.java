package org.corroborate.model;

import java.util.Objects;

/** A sentence that is not a claim, with the reason and where it stands. */
public record Dropped(String articleId, String sentence, int start, int end, DropReason reason) {
  public Dropped {
    Checks.nonBlank(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Checks.span(start, end, "dropped sentence in " + articleId);
    Objects.requireNonNull(reason, "reason");
  }
}
