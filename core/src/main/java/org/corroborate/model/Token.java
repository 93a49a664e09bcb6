package org.corroborate.model;

/** A token of a claim's sentence with its Penn Treebank tag and lemma; offsets into the article. */
public record Token(String text, int start, int end, String pos, String lemma) {
  public Token {
    Checks.span(start, end, "token " + text);
    // A corpus repeats a small vocabulary millions of times: one string per distinct word, tag and
    // lemma instead of one per token (at 100k articles, 6.5 million tokens held until the
    // contradictions stage). String.intern is thread safe and the values are unchanged.
    text = text == null ? null : text.intern();
    pos = pos == null ? null : pos.intern();
    lemma = lemma == null ? null : lemma.intern();
  }
}
