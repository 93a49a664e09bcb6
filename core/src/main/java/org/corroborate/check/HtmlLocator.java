package org.corroborate.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where a claim's text stands in the raw HTML of a page, which the HTML parser does not
 * keep: the page's visible letters and digits (tags, comments, scripts and styles skipped,
 * character references decoded) are matched, lowercased, against those of the claim, so markup,
 * entities, punctuation and spacing between the words do not matter. Thread safe (immutable).
 */
final class HtmlLocator {
  /** How many letters and digits of a claim's start are tried when its whole text is not found. */
  static final int PREFIX_CHARS = 48;

  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
      Map.entry("aacute", "\u00e1"), Map.entry("agrave", "\u00e0"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
      Map.entry("auml", "\u00e4"), Map.entry("ntilde", "\u00f1"), Map.entry("ccedil", "\u00e7"), Map.entry("iacute", "\u00ed"),
      Map.entry("oacute", "\u00f3"), Map.entry("uacute", "\u00fa"));

  private final char[] letters;
  private final int[] rawStarts;
  private final int[] rawEnds;
  private final int size;

  HtmlLocator(String raw) {
    char[] out = new char[raw.length()];
    int[] starts = new int[raw.length()];
    int[] ends = new int[raw.length()];
    int n = 0;
    String lower = raw.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '<') {
        i = skipMarkup(raw, lower, i);
        continue;
      }
      String decoded;
      int next;
      if (c == '&') {
        int semi = raw.indexOf(';', i);
        if (semi > i && semi - i <= 10) {
          decoded = decodeEntity(raw.substring(i + 1, semi));
          next = semi + 1;
        } else {
          decoded = "&";
          next = i + 1;
        }
      } else {
        decoded = String.valueOf(c);
        next = i + 1;
      }
      for (int k = 0; k < decoded.length(); k++) {
        char d = decoded.charAt(k);
        if (Character.isLetterOrDigit(d)) {
          out[n] = Character.toLowerCase(d);
          starts[n] = i;
          ends[n] = next;
          n++;
        }
      }
      i = next;
    }
    this.letters = out;
    this.rawStarts = starts;
    this.rawEnds = ends;
    this.size = n;
  }

  /**
   * The raw [start, end) of the text, searched from raw offset {@code from} first and then from the
   * page's start; when the whole text is not found, its first letters; null when neither is.
   */
  int[] locate(String text, int from) {
    char[] needle = lettersOf(text);
    if (needle.length == 0) return null;
    int[] found = find(needle, from);
    if (found == null && needle.length > PREFIX_CHARS) {
      found = find(Arrays.copyOf(needle, PREFIX_CHARS), from);
    }
    return found;
  }

  private int[] find(char[] needle, int from) {
    int startIndex = 0;
    while (startIndex < size && rawStarts[startIndex] < from) startIndex++;
    int at = indexOf(needle, startIndex);
    if (at < 0 && startIndex > 0) at = indexOf(needle, 0);
    if (at < 0) return null;
    return new int[] {rawStarts[at], rawEnds[at + needle.length - 1]};
  }

  private int indexOf(char[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= size; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (letters[i + k] != needle[k]) continue outer;
      }
      return i;
    }
    return -1;
  }

  static char[] lettersOf(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
    }
    return b.toString().toCharArray();
  }

  private static int skipMarkup(String raw, String lower, int i) {
    if (lower.startsWith("<!--", i)) {
      int end = raw.indexOf("-->", i + 4);
      return end < 0 ? raw.length() : end + 3;
    }
    for (String hidden : new String[] {"script", "style"}) {
      if (lower.startsWith("<" + hidden, i)) {
        int end = lower.indexOf("</" + hidden, i);
        if (end < 0) return raw.length();
        int close = raw.indexOf('>', end);
        return close < 0 ? raw.length() : close + 1;
      }
    }
    int close = raw.indexOf('>', i);
    return close < 0 ? raw.length() : close + 1;
  }

  private static String decodeEntity(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return "";
    }
    return ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }
}
