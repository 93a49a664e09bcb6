package org.corroborate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown file: YAML front matter ({@code source}, {@code title}, {@code url},
 * {@code published}) and the body as plain text. Markup is blanked out with spaces rather than
 * removed, so every character of the text stands at the same offset, line and column as in the
 * file: a claim's position in the article is its position on disk. Thread safe.
 */
final class MarkdownDocumentParser {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~)[^\\n]*\\n.*?(?:^[ \\t]*\\1[ \\t]*$|\\z)", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}(#{1,6}[ \\t]+)");
  private static final Pattern HEADING_TAIL = Pattern.compile("(?m)[ \\t]+#+[ \\t]*$");
  private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}(>[ \\t]?)+");
  private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)[*+]([ \\t]+)");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_=][ \\t]*){3,}$");
  private static final Pattern REF_DEF = Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]]+\\]:[ \\t]+\\S.*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\](\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)([^\\n]+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)([^\\n*_]+?)(?<=\\S)\\1(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`+");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>\\n]*>");

  ParsedDocument parse(String markdown) {
    List<String> warnings = new ArrayList<>();
    char[] text = markdown.toCharArray();
    String title = null;
    String source = null;
    String url = null;
    String published = null;
    Matcher fm = FRONT_MATTER.matcher(markdown);
    if (fm.find()) {
      try {
        JsonNode node = YAML.readTree(fm.group(1));
        if (node != null && node.isObject()) {
          title = field(node, "title");
          source = field(node, "source");
          url = field(node, "url");
          published = field(node, "published");
        } else {
          warnings.add("front matter is not a YAML mapping; ignored");
        }
      } catch (Exception e) {
        warnings.add("front matter is not valid YAML (" + firstLine(e.getMessage()) + "); ignored");
      }
      blank(text, fm.start(), fm.end());
    }
    String s = new String(text);
    blankAll(text, FENCE.matcher(s), 0);
    blankAll(text, COMMENT.matcher(s), 0);
    s = new String(text);
    blankAll(text, REF_DEF.matcher(s), 0);
    blankAll(text, RULE.matcher(s), 0);
    blankAll(text, HEADING.matcher(s), 1);
    blankAll(text, HEADING_TAIL.matcher(s), 0);
    blankAll(text, QUOTE.matcher(s), 0);
    Matcher bullet = BULLET.matcher(s);
    while (bullet.find()) {
      text[bullet.end(1)] = '-';
    }
    blankAll(text, IMAGE.matcher(s), 0);
    s = new String(text);
    Matcher link = LINK.matcher(s);
    while (link.find()) {
      text[link.start()] = ' ';
      blank(text, link.end(1), link.end());
    }
    s = new String(text);
    blankDelimiters(text, STRONG.matcher(s));
    s = new String(text);
    blankDelimiters(text, EMPHASIS.matcher(s));
    s = new String(text);
    blankAll(text, CODE.matcher(s), 0);
    blankAll(text, TAG.matcher(s), 0);
    String body = new String(text);
    if (title == null) {
      title = firstHeading(markdown);
    }
    return new ParsedDocument(title, source, url, published, body, warnings);
  }

  private static String firstHeading(String markdown) {
    Matcher m = Pattern.compile("(?m)^[ \\t]{0,3}#[ \\t]+(.+?)[ \\t#]*$").matcher(markdown);
    return m.find() ? m.group(1).strip() : null;
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText().strip();
  }

  private static void blankAll(char[] text, Matcher m, int group) {
    while (m.find()) {
      blank(text, m.start(group), m.end(group));
    }
  }

  private static void blankDelimiters(char[] text, Matcher m) {
    while (m.find()) {
      blank(text, m.start(1), m.end(1));
      blank(text, m.end(2), m.end());
    }
  }

  /** Replaces every character but line breaks in [start, end) by a space. */
  private static void blank(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text[i] != '\n') text[i] = ' ';
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unknown error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
