package org.corroborate.app.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.DraftReport;

/**
 * GitHub Actions workflow commands: {@code ::error file=...,line=...,col=...,title=...::message}
 * for failing findings, {@code ::warning} for findings that do not fail, {@code ::notice} for
 * waived ones; escaped as the runner requires. Thread safe (stateless).
 */
public final class GithubRenderer implements CheckRenderer {

  @Override
  public void render(CheckResult result, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    for (DraftReport d : result.drafts()) {
      for (ClaimFinding f : d.claims()) {
        if (!f.isFinding()) continue;
        String level = f.waiver() != null ? "notice" : f.failing() ? "error" : "warning";
        out.print("::" + level + " file=" + property(d.file()) + ",line=" + f.line() + ",col=" + f.column()
            + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn()
            + ",title=" + property("corroborate: " + f.verdict().label() + " (" + Messages.title(f) + ")")
            + "::" + data(Messages.message(f, result.options().minSources())));
        out.print('\n');
      }
    }
    out.flush();
  }

  /**
   * Escapes a command's message: {@code %}, CR and LF. Other control characters and bidi overrides
   * are dropped: the runner prints the line to the job's log, a terminal.
   */
  public static String data(String s) {
    return withoutControls(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String withoutControls(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      if (!control) b.append(c);
    }
    return b.toString();
  }

  /** Escapes a command's property value: as {@link #data} plus {@code :} and {@code ,}. */
  public static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
