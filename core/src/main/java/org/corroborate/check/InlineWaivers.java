package org.corroborate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the waiver comments of a Markdown or HTML draft, {@code <!-- corroborate: ignore "reason" -->},
 * each of which waives the findings of the paragraph that follows it. A paragraph ends at a blank
 * line, or in HTML also at the closing tag of a block. Thread safe (stateless).
 */
final class InlineWaivers {
  private static final Pattern COMMENT = Pattern.compile(
      "<!--\\s*corroborate:\\s*ignore(?:\\s+(?:\"([^\"]*)\"|'([^']*)'|([^-\\s][^\\n]*?)))?\\s*-->", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\r?\\n|\\r\\n[ \\t]*\\r\\n");
  private static final Pattern BLOCK_END = Pattern.compile(
      "</(?:p|li|h[1-6]|blockquote|div|section|td|dd|dt|figcaption|pre|ul|ol)\\s*>", Pattern.CASE_INSENSITIVE);

  /** A waived stretch of the raw file: [start, end) and the reason. */
  record Region(int start, int end, String reason) {}

  static List<Region> find(String raw, boolean html) {
    List<Region> out = new ArrayList<>();
    Matcher m = COMMENT.matcher(raw);
    while (m.find()) {
      String reason = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3).strip() : "";
      int start = m.end();
      while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) start++;
      int end = raw.length();
      Matcher blank = BLANK_LINE.matcher(raw);
      if (blank.find(start)) end = blank.start();
      if (html) {
        Matcher block = BLOCK_END.matcher(raw);
        if (block.find(start) && block.end() < end) end = block.end();
      }
      out.add(new Region(start, end, reason));
    }
    return out;
  }

  private InlineWaivers() {}
}
