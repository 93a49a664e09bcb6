package org.corroborate.app.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.app.render.TerminalText;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.CorpusClaim;
import org.corroborate.check.DraftReport;
import org.corroborate.check.Opposition;
import org.corroborate.check.Verdict;
import org.corroborate.model.Diagnostic;

/**
 * The check for a person at a terminal, like a linter: {@code file:line:col: verdict: claim} per
 * finding with the corpus claims behind it, supported claims with {@code --verbose}, then counts.
 * Draft and corpus text is stripped of control characters. Thread safe (immutable).
 *
 * @param verbose whether to list supported claims too
 */
public record CheckTextRenderer(boolean verbose) implements CheckRenderer {

  @Override
  public void render(CheckResult result, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    for (DraftReport d : result.drafts()) {
      for (ClaimFinding f : d.claims()) {
        if (!f.isFinding() && !verbose) continue;
        String tag = f.waiver() != null ? " (waived)" : f.failing() ? "" : " (does not fail)";
        out.println(clean(d.file()) + ":" + f.line() + ":" + f.column() + ": " + f.verdict().label() + tag + ": "
            + clean(f.text()));
        switch (f.verdict()) {
          case CONTRADICTED -> {
            for (Opposition o : f.oppositions()) {
              out.println("    against (" + o.type() + "): " + clean(o.claim().source()) + ": \u201c" + clean(o.claim().text())
                  + "\u201d  [" + clean(o.claim().id()) + "]");
            }
          }
          case SUPPORTED, SINGLE_SOURCE -> {
            out.println("    " + f.independentSources() + " independent source" + (f.independentSources() == 1 ? "" : "s")
                + " (" + clean(String.join(", ", f.sources())) + ")"
                + (f.verdict() == Verdict.SINGLE_SOURCE ? ", " + result.options().minSources() + " required" : ""));
            for (CorpusClaim c : f.support()) {
              out.println("    " + clean(c.source()) + ": \u201c" + clean(c.text()) + "\u201d  [" + clean(c.id()) + "]");
            }
          }
          case UNSUPPORTED -> out.println("    nothing in the corpus says this");
        }
        if (f.waiver() != null) {
          out.println("    waived (" + f.waiver().origin() + "): " + clean(f.waiver().reason()));
        }
        out.println("    fingerprint " + f.fingerprint());
      }
      for (String w : d.warnings()) {
        out.println(clean(d.file()) + ": warning: " + clean(w));
      }
    }
    for (Diagnostic d : result.diagnostics()) {
      out.println("corpus: warning: " + clean(d.file()) + ": " + clean(d.problem()));
    }
    Map<Verdict, Integer> counts = result.countsByVerdict();
    List<String> parts = new ArrayList<>();
    for (Verdict v : Verdict.values()) parts.add(counts.get(v) + " " + v.label());
    out.printf(Locale.ROOT, "%d claim%s in %d draft%s checked against %s (%d articles): %s; %d waived; %d failing%n",
        result.claims().size(), result.claims().size() == 1 ? "" : "s", result.drafts().size(), result.drafts().size() == 1 ? "" : "s",
        clean(result.corpus()), result.corpusArticles(), String.join(", ", parts), result.waivedCount(), result.failingCount());
    out.flush();
  }

  private static String clean(String s) {
    return TerminalText.clean(s);
  }
}
