package org.corroborate.model;

/** A token of a claim's sentence with its Penn Treebank tag and lemma; offsets into the article. */
public record Token(String text, int start, int end, String pos, String lemma) {
  public Token {
    Checks.span(start, end, "token " + text);
    if (lemma != null && lemma.equals(text)) {
      lemma = text; // one string for the two when the word is its own lemma
    }
  }
}
