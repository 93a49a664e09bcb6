package org.corroborate.app.check;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.DraftReport;

/**
 * JUnit XML: a test suite per draft, a test case per claim, a failure per failing finding, a
 * skipped case per waived one. Text is escaped for XML and stripped of the characters XML 1.0
 * cannot hold, so a claim with {@code ]]>} or control characters still gives a valid document.
 * Thread safe (stateless).
 */
public final class JunitRenderer implements CheckRenderer {

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long tests = result.claims().size();
    out.write("<testsuites name=\"corroborate check\" tests=\"" + tests + "\" failures=\"" + result.failingCount() + "\">\n");
    for (DraftReport d : result.drafts()) {
      long failures = d.claims().stream().filter(ClaimFinding::failing).count();
      long skipped = d.claims().stream().filter(c -> c.waiver() != null).count();
      out.write("  <testsuite name=\"" + attr(d.file()) + "\" tests=\"" + d.claims().size() + "\" failures=\"" + failures
          + "\" errors=\"0\" skipped=\"" + skipped + "\">\n");
      for (ClaimFinding f : d.claims()) {
        String name = String.format(Locale.ROOT, "line %d:%d %s", f.line(), f.column(), f.text());
        out.write("    <testcase classname=\"" + attr(d.file()) + "\" name=\"" + attr(name) + "\" file=\"" + attr(d.file())
            + "\" line=\"" + f.line() + "\">\n");
        String message = Messages.message(f, result.options().minSources());
        if (f.waiver() != null) {
          out.write("      <skipped message=\"" + attr("waived: " + f.waiver().reason()) + "\"/>\n");
        } else if (f.failing()) {
          out.write("      <failure type=\"" + attr(f.verdict().label()) + "\" message=\"" + attr(message) + "\">"
              + text(details(d, f)) + "</failure>\n");
        }
        out.write("      <system-out>" + text(f.verdict().label() + ": " + message + "\nfingerprint: " + f.fingerprint()) + "</system-out>\n");
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
    out.flush();
  }

  private static String details(DraftReport d, ClaimFinding f) {
    StringBuilder b = new StringBuilder();
    b.append(d.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ").append(f.verdict().label()).append('\n');
    b.append("claim: ").append(f.text()).append('\n');
    if (!f.oppositions().isEmpty()) b.append("against: ").append(Messages.oppositionList(f.oppositions())).append('\n');
    if (!f.support().isEmpty()) b.append("support: ").append(Messages.supportList(f.support())).append('\n');
    b.append("fingerprint: ").append(f.fingerprint());
    return b.toString();
  }

  /** Escapes element text; drops characters XML 1.0 cannot hold. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> appendIfAllowed(b, s, i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(s.charAt(++i));
      }
    }
    return b.toString();
  }

  /** Escapes an attribute value; line breaks and tabs are kept as character references. */
  static String attr(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> appendIfAllowed(b, s, i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(s.charAt(++i));
      }
    }
    return b.toString();
  }

  private static void appendIfAllowed(StringBuilder b, String s, int i) {
    char c = s.charAt(i);
    if (c == '\t' || c == '\n' || c == '\r') {
      b.append(c);
    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
      return;
    } else if (Character.isHighSurrogate(c)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) b.append(c);
    } else if (Character.isLowSurrogate(c)) {
      return; // a paired one is appended with its high surrogate; a lone one is not XML
    } else {
      b.append(c);
    }
  }
}
