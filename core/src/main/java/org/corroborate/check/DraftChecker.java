package org.corroborate.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;

/**
 * Checks drafts against a corpus analysed on its own: attaches the drafts' claims to it ({@link
 * Attachment}) for each claim's fate, then reads its position in the file as on disk, its
 * fingerprint and any waiver. Not thread safe (the claims stage is not): one per thread.
 */
public final class DraftChecker {
  private final PhaseClock clock;

  /** A checker that times nothing. */
  public DraftChecker() {
    this(PhaseClock.NONE);
  }

  /** A checker that laps its phases on this clock. */
  public DraftChecker(PhaseClock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks the drafts against a corpus just read: analyses the corpus (without the ignored outlets)
   * on its own, indexes its claims in memory and attaches the drafts' claims to it, exactly as a
   * check against an index of that corpus does.
   *
   * @param corpus the corpus with its claims
   * @param drafts the drafts, in the order to report them
   * @param options thresholds, fail-on verdicts and ignored outlets
   * @param fileWaivers reasons by fingerprint, from a waiver file
   */
  public CheckResult check(ExtractedCorpus corpus, List<Draft> drafts, CheckOptions options, Map<String, String> fileWaivers) {
    try (CheckCorpus ready = CheckCorpus.inMemory(corpus.without(options.ignoredOutlets()))) {
      return check(ready, drafts, options, fileWaivers);
    }
  }

  /**
   * Checks the drafts against a corpus analysed beforehand (from an index, or {@link
   * CheckCorpus#inMemory}); its ignored outlets must already be left out.
   */
  public CheckResult check(CheckCorpus corpus, List<Draft> drafts, CheckOptions options, Map<String, String> fileWaivers) {
    ClaimExtractor extractor = new ClaimExtractor();
    Set<String> draftIds = new HashSet<>();
    Map<String, ArticleClaims> draftClaims = new HashMap<>();
    List<Claim> allDraftClaims = new ArrayList<>();
    for (Draft d : drafts) {
      String id = d.article().id();
      if (corpus.analysis().hasArticle(id) || !draftIds.add(id)) {
        throw new IllegalArgumentException("draft " + d.file() + " is named twice or clashes with a corpus article");
      }
      ArticleClaims ac = extractor.extract(d.article());
      draftClaims.put(id, ac);
      allDraftClaims.addAll(ac.claims());
    }
    clock.lap("draft claims extracted");
    Map<String, Fate> fates = new Attachment(corpus.analysis(), corpus.claims(), clock).fates(allDraftClaims, options.minSources());
    List<DraftReport> reports = new ArrayList<>();
    for (Draft d : drafts) {
      reports.add(judge(d, draftClaims.get(d.article().id()).claims(), fates, options, fileWaivers));
    }
    clock.lap("claims placed in the drafts");
    return new CheckResult(corpus.name(), corpus.analysis().articleCount(), options, reports, corpus.diagnostics());
  }

  private static DraftReport judge(Draft d, List<Claim> claims, Map<String, Fate> fates, CheckOptions options, Map<String, String> fileWaivers) {
    LineMap lines = new LineMap(d.raw());
    HtmlLocator html = d.html() ? new HtmlLocator(d.raw()) : null;
    List<InlineWaivers.Region> waived = d.html() || d.file().matches("(?i).*\\.(md|markdown)$")
        ? InlineWaivers.find(d.raw(), d.html()) : List.of();
    Map<String, Integer> occurrences = new HashMap<>();
    List<ClaimFinding> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>(d.warnings());
    int searchFrom = 0;
    for (Claim c : claims) {
      int rawStart;
      int rawEnd;
      if (html != null) {
        String evidence = d.article().text().substring(c.start(), c.end());
        int[] at = html.locate(evidence, searchFrom);
        if (at == null) {
          warnings.add("could not find claim " + c.id() + " in the HTML; reported at line 1");
          rawStart = 0;
          rawEnd = 0;
        } else {
          rawStart = at[0];
          rawEnd = at[1];
          // claims come in order of their start, and several claims of one sentence overlap: the
          // next one starts at or after this one's start, not after its end
          searchFrom = at[0];
        }
      } else {
        rawStart = lines.rawOffset(c.start());
        rawEnd = lines.rawOffset(c.end());
      }
      int occurrence = occurrences.merge(Fingerprints.normalize(c.text()), 1, Integer::sum) - 1;
      String fingerprint = Fingerprints.of(c.text(), occurrence);
      Fate fate = fates.get(c.id());
      Waiver waiver = null;
      if (fate.verdict() != Verdict.SUPPORTED) {
        for (InlineWaivers.Region r : waived) {
          if (rawStart >= r.start() && rawStart < r.end()) {
            waiver = new Waiver(r.reason(), Waiver.INLINE);
            break;
          }
        }
        if (waiver == null && fileWaivers.containsKey(fingerprint)) {
          waiver = new Waiver(fileWaivers.get(fingerprint), Waiver.FILE);
        }
      }
      boolean failing = waiver == null && fate.verdict() != Verdict.SUPPORTED && options.failOn().contains(fate.verdict());
      int endLine = lines.line(Math.max(rawStart, rawEnd));
      out.add(new ClaimFinding(c.id(), c.text(), c.sentence(), c.start(), c.end(),
          lines.line(rawStart), lines.column(rawStart), endLine, lines.column(Math.max(rawStart, rawEnd)),
          fingerprint, fate.verdict(), fate.independentSources(), fate.sources(), fate.support(), fate.oppositions(),
          failing, waiver));
    }
    return new DraftReport(d.file(), out, warnings);
  }
}
