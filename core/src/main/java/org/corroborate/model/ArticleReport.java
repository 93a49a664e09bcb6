package org.corroborate.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One article in the report.
 *
 * @param article the article, with its text
 * @param claimCount how many claims were taken from it
 * @param droppedByReason how many sentences were dropped, by reason label, sorted by label
 * @param dropped the dropped sentences themselves, in order
 */
public record ArticleReport(Article article, int claimCount, Map<String, Integer> droppedByReason, List<Dropped> dropped) {
  public ArticleReport {
    Objects.requireNonNull(article, "article");
    droppedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(droppedByReason));
    dropped = List.copyOf(dropped);
  }
}
