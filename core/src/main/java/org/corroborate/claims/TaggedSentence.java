package org.corroborate.claims;

import java.util.Locale;

/**
 * One sentence's tokens with offsets into the article, Penn tags, chunk tags (BIO) and lemmas.
 * Arrays are owned by this object and never changed after construction. Immutable.
 */
final class TaggedSentence {
  final String text;
  final int start;
  final int end;
  final String[] words;
  final int[] starts;
  final int[] ends;
  final String[] tags;
  final String[] chunks;
  final String[] lemmas;
  final String[] lower;

  TaggedSentence(String text, int start, int end, String[] words, int[] starts, int[] ends, String[] tags,
      String[] chunks, String[] lemmas) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.tags = tags;
    this.chunks = chunks;
    this.lemmas = lemmas;
    this.lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
  }

  int size() {
    return words.length;
  }

  String sentence() {
    return text.substring(start, end);
  }

  /** The article text from token a to the end of token b - 1. */
  String range(int a, int b) {
    return b <= a ? "" : text.substring(starts[a], ends[b - 1]);
  }

  boolean isVerb(int i) {
    return tags[i].startsWith("VB") || tags[i].equals("MD");
  }

  boolean isFiniteVerb(int i) {
    String t = tags[i];
    return t.equals("VBD") || t.equals("VBZ") || t.equals("VBP") || t.equals("MD");
  }

  boolean isNoun(int i) {
    return tags[i].startsWith("NN") || tags[i].equals("PRP") || tags[i].equals("CD");
  }

  boolean isProper(int i) {
    return tags[i].startsWith("NNP");
  }

  boolean chunkStarts(int i, String type) {
    return chunks[i].equals("B-" + type);
  }

  boolean inChunk(int i, String type) {
    return chunks[i].endsWith("-" + type);
  }

  /** End (exclusive) of the chunk that contains token i. */
  int chunkEnd(int i) {
    int j = i + 1;
    while (j < words.length && chunks[j].startsWith("I-")) {
      j++;
    }
    return j;
  }

  /** Start of the chunk that contains token i. */
  int chunkStart(int i) {
    int j = i;
    while (j > 0 && chunks[j].startsWith("I-")) {
      j--;
    }
    return j;
  }

  boolean isQuoteMark(int i) {
    return Tagger.isQuote(words[i]);
  }

  boolean isPunct(int i) {
    String w = words[i];
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) && w.charAt(0) != '$' && w.charAt(0) != '%'
        || isQuoteMark(i) || w.equals("--") || w.equals("-LRB-") || w.equals("-RRB-");
  }
}
