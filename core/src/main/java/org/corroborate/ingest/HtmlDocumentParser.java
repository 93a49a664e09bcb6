package org.corroborate.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page: the title and the article body as plain text, one block per line, with
 * navigation, scripts, forms, asides and footers dropped; the outlet, address and publication time
 * from the page's metadata. Thread safe (stateless).
 */
final class HtmlDocumentParser {
  /** Elements whose text never belongs to the article. */
  private static final String NOISE =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, footer, aside, form, button,"
          + " select, input, textarea, menu, dialog, [aria-hidden=true], [hidden], [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=complementary]";

  /** Elements that start a new block (a new line in the article's text). */
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
      "caption", "summary", "details");

  /** Deeper nesting than this is cut off (a page nested 100,000 deep is not an article). */
  static final int MAX_DEPTH = 512;

  ParsedDocument parse(String html, String fileName) {
    List<String> warnings = new ArrayList<>();
    Parser parser = Parser.htmlParser().setTrackErrors(0);
    Document doc = Jsoup.parse(html, "", parser);
    String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
    String published = firstNonBlank(
        meta(doc, "article:published_time"),
        meta(doc, "datePublished"),
        meta(doc, "date"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));

    doc.select(NOISE).remove();
    Element body = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"), doc.selectFirst("[role=main]"), doc.body());
    StringBuilder out = new StringBuilder();
    if (title != null && (body == null || !body.text().strip().startsWith(title.strip()))) {
      out.append(title.strip()).append('\n');
    }
    if (body != null) {
      BlockTextCollector collector = new BlockTextCollector(out);
      NodeTraversor.traverse(collector, body);
      if (collector.truncated) {
        warnings.add("HTML nested deeper than " + MAX_DEPTH + " levels; the deeper content was ignored");
      }
    }
    // A character reference such as &#0; decodes to NUL, which no report format may carry.
    String text = collapseBlankLines(out.toString().replace('\u0000', ' '));
    if (text.isBlank()) {
      warnings.add("no article text found in the HTML");
    }
    return new ParsedDocument(title == null ? null : title.replace('\u0000', ' '), source, url, published, text, warnings);
  }

  private static final class BlockTextCollector implements NodeVisitor {
    private final StringBuilder out;
    private boolean truncated;

    BlockTextCollector(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int d) {
      if (d > MAX_DEPTH) {
        truncated = true;
        return;
      }
      if (node instanceof TextNode t) {
        String s = t.getWholeText().replaceAll("\\s+", " ");
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
          s = s.stripLeading();
        }
        out.append(s);
      } else if (node instanceof Element e && isBlock(e)) {
        newLine();
        if (e.normalName().equals("li")) {
          out.append("- ");
        }
      }
    }

    @Override
    public void tail(Node node, int d) {
      if (d <= MAX_DEPTH && node instanceof Element e && isBlock(e)) {
        newLine();
      }
    }

    private void newLine() {
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') end--;
      out.setLength(end);
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }

    private static boolean isBlock(Element e) {
      return BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT));
    }
  }

  private static String collapseBlankLines(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty() || l.equals("-")) continue;
      b.append(l).append('\n');
    }
    return b.toString();
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) return v;
    }
    return null;
  }
}
