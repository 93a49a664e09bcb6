package org.corroborate.outlets;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises outlet names so that spellings of one outlet compare equal: case, a leading "The",
 * punctuation, a possessive "'s", "&amp;" and a trailing web domain are ignored ("The Wall Street
 * Journal", "wall street journal", "WallStreetJournal.com" are not all equal, but the first two
 * are). Stateless and thread safe.
 */
public final class OutletNames {
  private static final Pattern DOMAIN = Pattern.compile("\\.(?:com|org|net|co\\.uk|news|io)$");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> MINOR_WORDS = Set.of("the", "of", "and", "for", "de", "la", "le", "a", "an");

  private OutletNames() {}

  /** The comparison key of an outlet name; empty when the name holds no letter or digit. */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    s = s.replace('\u2019', '\'').replace('\u2018', '\'');
    s = DOMAIN.matcher(s).replaceFirst("");
    s = s.replace("&", " and ");
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /**
   * The initials of a key's words, minor words left out ("wall street journal" -> "wsj"), or empty
   * when the key has fewer than two such words (a one-word name is not abbreviated).
   */
  public static String acronym(String key) {
    StringBuilder out = new StringBuilder();
    for (String w : key.split(" ")) {
      if (!w.isEmpty() && !MINOR_WORDS.contains(w)) {
        out.appendCodePoint(w.codePointAt(0));
      }
    }
    return out.length() >= 2 ? out.toString() : "";
  }

  /** A name as shown: trimmed, with a leading article ("the", "a", "an") dropped. */
  public static String display(String name) {
    String s = name.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (lower.startsWith(article) && s.length() > article.length()) {
        return s.substring(article.length()).strip();
      }
    }
    return s;
  }
}
