package org.corroborate.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.Diagnostic;

/**
 * The outcome of checking drafts against a corpus.
 *
 * @param corpus the corpus's name
 * @param corpusArticles how many corpus articles the check used
 * @param options the options it ran with
 * @param drafts one report per draft, in the order given
 * @param diagnostics problems with the corpus's or the drafts' files
 */
public record CheckResult(String corpus, int corpusArticles, CheckOptions options, List<DraftReport> drafts, List<Diagnostic> diagnostics) {
  public CheckResult {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(options, "options");
    drafts = List.copyOf(drafts);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Every claim of every draft. */
  public List<ClaimFinding> claims() {
    return drafts.stream().flatMap(d -> d.claims().stream()).toList();
  }

  /** How many claims fail the check. */
  public long failingCount() {
    return claims().stream().filter(ClaimFinding::failing).count();
  }

  /** How many findings were waived. */
  public long waivedCount() {
    return claims().stream().filter(c -> c.waiver() != null).count();
  }

  /** How many claims got each verdict, every verdict present. */
  public Map<Verdict, Integer> countsByVerdict() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) counts.put(v, 0);
    claims().forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
    return counts;
  }
}
