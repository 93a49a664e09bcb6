package org.corroborate.app.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.ArticleReport;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.Origin;
import org.corroborate.model.Report;

/**
 * The scan report for a person at a terminal: corroborated claims first, then contradictions with
 * both sides quoted and attributed, then single-source claims, then counts. Article text is
 * stripped of control characters. Thread safe (immutable).
 *
 * @param color whether to use ANSI colours
 * @param explain whether to print why each origin counts as one independent source
 */
public record TextRenderer(boolean color, boolean explain) implements ReportRenderer {

  @Override
  public void render(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    Map<String, ClaimReport> claims = new TreeMap<>();
    report.clusters().forEach(c -> c.claims().forEach(m -> claims.put(m.claim().id(), m)));
    Map<String, ClusterReport> clusterOf = new TreeMap<>();
    report.clusters().forEach(c -> c.claims().forEach(m -> clusterOf.put(m.claim().id(), c)));

    List<ClusterReport> corroborated = new ArrayList<>();
    List<ClusterReport> single = new ArrayList<>();
    for (ClusterReport c : report.clusters()) {
      if (c.status() == ClaimStatus.CORROBORATED) corroborated.add(c);
      else if (c.status() == ClaimStatus.SINGLE_SOURCE) single.add(c);
    }

    heading(out, "Corroborated claims", corroborated.size());
    for (ClusterReport c : corroborated) {
      out.println("  " + paint(GREEN, "verified by " + sources(c)) + ": " + TerminalText.clean(c.text()));
      out.println("      " + dim("sources: " + String.join(", ", clean(c.sources())) + "  [" + c.id() + "]"));
      explainOrigins(out, c);
    }
    out.println();

    heading(out, "Contradictions", report.contradictions().size());
    for (Contradiction x : report.contradictions()) {
      out.println("  " + paint(RED, x.type().label() + ", " + x.severity().label() + " severity") + ": " + TerminalText.clean(x.summary()) + dim("  [" + x.id() + "]"));
      for (int i = 0; i < x.claimIds().size(); i++) {
        ClaimReport side = claims.get(x.claimIds().get(i));
        if (side == null) continue;
        ClusterReport cl = clusterOf.get(side.claim().id());
        out.println("    " + (i == 0 ? "   " : "vs ") + attribution(side.claim()) + ": \u201c" + TerminalText.clean(side.claim().text()) + "\u201d");
        out.println("       " + dim("(" + side.claim().id() + ", " + (cl == null ? "" : "cluster " + cl.id() + ", ") + "verified by " + (cl == null ? "?" : sources(cl)) + ")"));
      }
    }
    out.println();

    heading(out, "Single-source claims", single.size());
    for (ClusterReport c : single) {
      String who = String.join(", ", clean(c.sources()));
      String note = c.independentSources() == 0 ? " (no asserting source" + notCounted(c) + ")" : "";
      out.println("  " + paint(YELLOW, who) + note + ": " + TerminalText.clean(c.text()) + dim("  [" + c.id() + "]"));
      explainOrigins(out, c);
    }
    out.println();

    summary(out, report, corroborated.size(), single.size());
    out.flush();
  }

  private void explainOrigins(PrintWriter out, ClusterReport c) {
    if (!explain) return;
    for (Origin o : c.origins()) {
      out.println("      " + dim("origin " + TerminalText.clean(o.name()) + " <- " + String.join(", ", clean(o.sources())) + ": " + TerminalText.clean(o.reason()) + " (" + String.join(", ", o.claimIds()) + ")"));
    }
    for (ClaimReport m : c.claims()) {
      if (!m.claim().supports()) {
        out.println("      " + dim("not counted: " + m.claim().id() + " (" + m.claim().stance().label() + ")"));
      }
    }
  }

  private void summary(PrintWriter out, Report report, int corroborated, int single) {
    heading(out, "Summary", -1);
    TreeSet<String> outlets = new TreeSet<>();
    Map<String, Integer> dropped = new TreeMap<>();
    for (ArticleReport a : report.articles()) {
      outlets.add(a.article().source());
      a.droppedByReason().forEach((k, v) -> dropped.merge(k, v, Integer::sum));
    }
    long contested = report.clusters().stream().filter(c -> c.status() == ClaimStatus.CONTESTED).count();
    out.printf(Locale.ROOT, "  articles: %d from %d outlets%n", report.articles().size(), outlets.size());
    out.printf(Locale.ROOT, "  claims: %d in %d clusters (%d corroborated, %d single-source, %d contested)%n",
        report.claimCount(), report.clusters().size(), corroborated, single, contested);
    out.printf(Locale.ROOT, "  contradictions: %d%n", report.contradictions().size());
    int droppedTotal = dropped.values().stream().mapToInt(Integer::intValue).sum();
    List<String> parts = new ArrayList<>();
    dropped.forEach((k, v) -> parts.add(k + " " + v));
    out.printf(Locale.ROOT, "  dropped non-claims: %d%s%n", droppedTotal, parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    if (!report.diagnostics().isEmpty()) {
      out.printf(Locale.ROOT, "  warnings: %d%n", report.diagnostics().size());
      for (Diagnostic d : report.diagnostics()) {
        out.println("    " + paint(YELLOW, TerminalText.clean(d.file())) + ": " + TerminalText.clean(d.problem()));
      }
    }
  }

  private static String sources(ClusterReport c) {
    int n = c.independentSources();
    int m = c.sources().size();
    return n + " independent source" + (n == 1 ? "" : "s") + " (" + m + " outlet" + (m == 1 ? "" : "s") + ")";
  }

  /**
   * Why a cluster's claims count for no source, as ": denied by Dario Amodei": a claim that only a
   * denial or a refusal to comment carries, read on its own in a list, must not pass for an assertion.
   */
  private static String notCounted(ClusterReport c) {
    TreeSet<String> reasons = new TreeSet<>();
    for (ClaimReport m : c.claims()) {
      Claim claim = m.claim();
      if (claim.supports()) continue;
      String verb = switch (claim.stance()) {
        case DENIES -> "denied";
        case DECLINES -> "declined to comment";
        case ASSERTS -> "not counted";
      };
      String speaker = claim.speakerName() != null ? claim.speakerName() : claim.speaker();
      reasons.add(speaker == null ? verb : verb + " by " + TerminalText.clean(speaker));
    }
    return reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
  }

  private static String attribution(Claim c) {
    StringBuilder b = new StringBuilder(TerminalText.clean(c.source()));
    String speaker = c.speakerName() != null ? c.speakerName() : c.speaker();
    if (speaker != null) {
      b.append(", ").append(TerminalText.clean(speaker));
    }
    b.append(" (").append(c.stance().label());
    if (c.hedged()) b.append(", hedged");
    b.append(')');
    return b.toString();
  }

  private static List<String> clean(List<String> values) {
    return values.stream().map(TerminalText::clean).toList();
  }

  private void heading(PrintWriter out, String title, int count) {
    String t = count >= 0 ? title + " (" + count + ")" : title;
    out.println(color ? BOLD + t + RESET : t);
  }

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String DIM = "\u001b[2m";

  private String paint(String code, String s) {
    return color ? code + s + RESET : s;
  }

  private String dim(String s) {
    return paint(DIM, s);
  }
}
