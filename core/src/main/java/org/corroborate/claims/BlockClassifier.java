package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.DropReason;

/**
 * Reads an article's lines as blocks and finds the ones that are not prose: the headline, section
 * headings and labels, tables, link lines, editorial boxes written in the outlet's own voice,
 * promotional calls to action, and a reader-comment section at the end of the page (found by the
 * shift to first and second person, questions and short conversational paragraphs). Strips list
 * markers fused to text ("- 1The ...") and short "Label:" lead-ins. Stateless and thread safe.
 */
final class BlockClassifier {
  /** Most words in a line read as a heading when it has no closing punctuation. */
  static final int MAX_HEADING_WORDS = 12;
  /** Most words in a "Label:" lead-in that is stripped. */
  static final int MAX_LABEL_WORDS = 4;
  /** Fewest conversational paragraphs that make a comment section. */
  static final int MIN_COMMENTS = 3;
  /** Share of conversational paragraphs from the section's start to the end of the page. */
  static final double COMMENT_SHARE = 0.6;
  /** Most words in a line taken as a call to action when it starts with one. */
  static final int MAX_PROMO_WORDS = 14;

  private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*\u2022\u00b7\u25aa\u2013]\\s*\\d{0,2}(?=\\S)|\\d{1,2}[.)]\\s+)\\s*");
  private static final Pattern LABEL = Pattern.compile("^([A-Z][^:.!?\u201c\"]{0,40}):\\s*");
  private static final Pattern QUOTED = Pattern.compile("[\u201c\"][^\u201d\"]*[\u201d\"]");
  private static final Pattern OWN_VOICE = Pattern.compile("(?i)(?<!\\w)(we|our|us)(?!\\w)");
  private static final Pattern STORE = Pattern.compile(
      "(?i)app store|google play|newsletter|unsubscribe|subscribe|sign up|follow us|shared from|sent from|powered by");
  private static final Set<String> CALLS = Set.of("download", "subscribe", "sign", "share", "follow", "get", "join",
      "try", "install", "register", "click", "tap", "listen", "watch", "buy", "donate", "upgrade", "unlock",
      "create", "log", "shared", "sent", "available", "start");
  private static final Set<String> REPORTING_END = Set.of("said", "says", "stated", "told", "added", "wrote",
      "warned", "noted", "explained", "argued", "insisted");

  List<Block> classify(String text, String title) {
    List<Block> blocks = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      Block b = line(text, pos, lineEnd);
      if (b != null) {
        blocks.add(b);
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return mark(text, title, blocks);
  }

  private static Block line(String text, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (a >= b) {
      return null;
    }
    boolean item = false;
    Matcher m = MARKER.matcher(text).region(a, b);
    if (m.lookingAt() && m.end() < b) {
      item = true;
      a = m.end();
    }
    return new Block(from, a, b, item, false, null);
  }

  private List<Block> mark(String text, String title, List<Block> in) {
    List<Block> out = new ArrayList<>(in.size());
    boolean ownVoiceSection = false;
    for (int i = 0; i < in.size(); i++) {
      Block b = in.get(i);
      String t = text.substring(b.start(), b.end());
      int words = words(t);
      boolean closed = endsClosed(t);
      if (count(t, '|') >= 2) {
        out.add(b.withDrop(DropReason.FURNITURE));
        continue;
      }
      // a title-case line that ends with a full stop is a sentence full of names, not a headline
      if (i == 0 && (t.equalsIgnoreCase(title.strip()) || !closed && words <= 25
          || isTitleCase(t) && words <= 25 && !t.endsWith("."))) {
        out.add(new Block(b.lineStart(), b.start(), b.end(), false, true, null));
        continue;
      }
      if (promotional(t, words)) {
        out.add(b.withDrop(DropReason.PROMOTIONAL));
        continue;
      }
      boolean heading = !closed && !b.listItem() && words <= MAX_HEADING_WORDS && !t.endsWith(":");
      if (heading) {
        ownVoiceSection = OWN_VOICE.matcher(t).find();
        out.add(b.withDrop(DropReason.FURNITURE));
        continue;
      }
      if (ownVoiceSection) {
        out.add(b.withDrop(DropReason.FURNITURE));
        continue;
      }
      Matcher m = LABEL.matcher(t);
      if (m.lookingAt() && words(m.group(1)) <= MAX_LABEL_WORDS && !endsWithReporting(m.group(1))
          && !opensQuote(t.substring(m.end()))) { // "Pete Hegseth: “...”" names a speaker, not a label
        String rest = t.substring(m.end());
        if (rest.isBlank() || !endsClosed(rest) && !b.listItem() && !isList(in, i)) {
          out.add(b.withDrop(DropReason.FURNITURE));
          continue;
        }
        b = new Block(b.lineStart(), b.start() + m.end(), b.end(), b.listItem(), false, null);
      } else if (t.endsWith(":") && words <= MAX_LABEL_WORDS && !isList(in, i)) {
        out.add(b.withDrop(DropReason.FURNITURE));
        continue;
      }
      out.add(b);
    }
    markComments(text, out);
    // promotional lines make the reader-addressed lines around them promotional too
    for (int i = 0; i < out.size(); i++) {
      Block b = out.get(i);
      // the neighbours first: the first/second person regex on every line was 4 of 427 samples of a profile
      if (b.drop() == null && !b.headline()
          && (i > 0 && out.get(i - 1).drop() == DropReason.PROMOTIONAL
              || i + 1 < out.size() && out.get(i + 1).drop() == DropReason.PROMOTIONAL)
          && ReaderAddress.in(text.substring(b.start(), b.end()))) {
        out.set(i, b.withDrop(DropReason.PROMOTIONAL));
      }
    }
    return out;
  }

  private static boolean isList(List<Block> blocks, int i) {
    return i + 1 < blocks.size() && blocks.get(i + 1).listItem();
  }

  /** From the first conversational paragraph of a closing run of them, everything is a comment. */
  private static void markComments(String text, List<Block> blocks) {
    int n = blocks.size();
    int conversational = 0;
    int prose = 0;
    int start = -1;
    for (int i = n - 1; i > n / 2; i--) {
      Block b = blocks.get(i);
      if (b.drop() == DropReason.PROMOTIONAL || b.headline()) {
        continue;
      }
      boolean conv = conversational(text.substring(b.start(), b.end()));
      if (conv) {
        conversational++;
      } else {
        prose++;
      }
      if (conv && conversational >= MIN_COMMENTS && conversational >= COMMENT_SHARE * (conversational + prose)) {
        start = i;
      }
    }
    if (start < 0) {
      return;
    }
    // the conversational run may open with short fragments or labels ("And", "Relevant markets:")
    while (start > 0 && blocks.get(start - 1).drop() == null
        && words(text.substring(blocks.get(start - 1).start(), blocks.get(start - 1).end())) <= 2) {
      start--;
    }
    for (int i = start; i < n; i++) {
      blocks.set(i, blocks.get(i).withDrop(DropReason.COMMENT));
    }
  }

  static boolean conversational(String t) {
    String outside = withoutQuotes(t);
    return ReaderAddress.in(outside) || outside.indexOf('?') >= 0 || words(t) <= 2;
  }

  /** QUOTED's matches replaced; a match starts with a quote mark, so a text without one is left as it is. */
  private static String withoutQuotes(String t) {
    if (t.indexOf('"') < 0 && t.indexOf('\u201c') < 0) {
      return t;
    }
    return QUOTED.matcher(t).replaceAll(" ");
  }

  /**
   * Whether a line is a call to action or store furniture. The word count is tested before {@link #STORE}
   * and the first word is cut by a scan, not {@code String.split} with a regex: a profile of the claims
   * stage had the two regexes at 8 of 422 samples, run on every line, most of them long prose.
   */
  private static boolean promotional(String t, int words) {
    if (words > MAX_PROMO_WORDS) {
      return false;
    }
    String first = firstWord(t).toLowerCase(Locale.ROOT);
    if (CALLS.contains(first) && !t.endsWith(".")) {
      return true;
    }
    return STORE.matcher(t).find();
  }

  /**
   * {@code t.split("[\\s,:]+", 2)[0]}: the text before its first char of {@code [\s,:]} ({@code \s} is
   * {@code [ \t\n\x0B\f\r]}), the empty string when it starts with one (a match of positive width at
   * the start leaves an empty first piece), the whole text when it has none.
   */
  static String firstWord(String t) {
    for (int i = 0; i < t.length(); i++) {
      switch (t.charAt(i)) {
        case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ':' -> {
          return t.substring(0, i);
        }
        default -> { }
      }
    }
    return t;
  }

  private static boolean opensQuote(String rest) {
    return !rest.isEmpty() && (rest.charAt(0) == '\u201c' || rest.charAt(0) == '"');
  }

  private static boolean endsWithReporting(String label) {
    String[] w = WhitespaceRuns.split(label.trim());
    return REPORTING_END.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  static boolean endsClosed(String t) {
    char c = t.charAt(t.length() - 1);
    return ".!?:;\u201d\"'\u2019)\u2026".indexOf(c) >= 0;
  }

  private static boolean isTitleCase(String t) {
    int caps = 0;
    int all = 0;
    for (String w : WhitespaceRuns.split(t)) {
      if (w.length() > 3) {
        all++;
        if (Character.isUpperCase(w.charAt(0))) {
          caps++;
        }
      }
    }
    return all > 0 && caps * 4 >= all * 3;
  }

  /** The matches of {@code \S+}, counted by a scan ({@link WhitespaceRuns#count}). */
  static int words(String t) {
    return WhitespaceRuns.count(t);
  }

  private static int count(String t, char c) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
