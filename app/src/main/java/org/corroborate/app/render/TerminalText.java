package org.corroborate.app.render;

/** Makes untrusted text safe for a terminal: control characters (escape sequences included) removed. */
public final class TerminalText {
  private TerminalText() {}

  /** Drops C0/C1 control characters and bidi overrides; line breaks and tabs become spaces. */
  public static String clean(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r') {
        b.append(' ');
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
        continue;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
