package org.corroborate.app;

import java.util.List;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Report;

/**
 * Asks the engine, on two tiny articles, whether its stages already do what some check assertions
 * rest on: the cluster stage joining restatements of one claim across outlets, and the
 * contradictions stage finding a numeric contradiction. While the stages are placeholders the
 * assertions that need them are skipped, not weakened.
 */
final class EngineProbe {
  private EngineProbe() {}

  static boolean clustersRestatements() {
    Report r = new Corroborate().analyze("probe", new Corpus(List.of(
        article("a.txt", "Gazette", "The city council voted on Tuesday to close the old library on Elm Street."),
        article("b.txt", "Herald", "On Tuesday the city council voted to close the old Elm Street library.")), List.of()));
    return r.clusters().stream().anyMatch(c -> c.independentSources() >= 2);
  }

  static boolean findsNumericContradictions() {
    Report r = new Corroborate().analyze("probe", new Corpus(List.of(
        article("a.txt", "Gazette", "The city paid $200 million for the new stadium in 2024."),
        article("b.txt", "Herald", "The city paid $500 million for the new stadium in 2024.")), List.of()));
    return !r.contradictions().isEmpty();
  }

  private static Article article(String id, String source, String text) {
    return new Article(id, source, "", null, null, text + "\n", List.of());
  }
}
