package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentence detection, tokens, Penn POS tags, chunks and lemmas for one block of article text. The
 * only class that touches OpenNLP tools; the tags are {@code POSTaggerME}'s, from
 * {@link PosBeamTagger}. Not thread safe (the {@code *ME} tools and the taggers are not): one per
 * extractor.
 */
final class Tagger {
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final PosBeamTagger tagger;
  private final GreedyChunker chunker;
  private final Lemmatizer lemmatizer = new Lemmatizer();

  Tagger(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentences);
    this.tokenizer = new TokenizerME(models.tokens);
    this.tagger = new PosBeamTagger(models.pos, models.posWords);
    this.chunker = new GreedyChunker(models.chunker, models.chunkMemo);
  }

  private final SentenceJoiner joiner = new SentenceJoiner();

  private static String lastWord(String text, int[] range) {
    int e = range[1];
    int b = e;
    while (b > range[0] && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e);
  }

  /**
   * Sentence ranges [start, end) within {@code text} between {@code from} and {@code to}. A break the
   * detector finds after an abbreviation is rejoined when the next piece continues the sentence
   * ({@link SentenceJoiner}).
   */
  List<int[]> sentences(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    String block = text.substring(from, to);
    for (Span s : sentences.sentPosDetect(block)) {
      int a = from + s.getStart();
      int b = from + s.getEnd();
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        int pa = a;
        int pb = b;
        if (!out.isEmpty() && joiner.continues(lastWord(text, out.get(out.size() - 1)), text.substring(a, b),
            () -> hasFiniteVerb(tag(text, pa, pb)))) {
          out.get(out.size() - 1)[1] = b;
        } else {
          out.add(new int[] {a, b});
        }
      }
    }
    if (out.isEmpty() && !block.isBlank()) {
      out.add(new int[] {from, to});
    }
    return out;
  }

  private static boolean hasFiniteVerb(TaggedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.isFiniteVerb(i)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens only (no tagging), for cheap checks. */
  TaggedSentence tag(String text, int start, int end) {
    String sentence = text.substring(start, end);
    Span[] raw = tokenizer.tokenizePos(sentence);
    List<int[]> spans = new ArrayList<>(raw.length + 8);
    for (Span s : raw) {
      splitQuotes(sentence, s.getStart(), s.getEnd(), spans);
    }
    joinSpacedHyphens(sentence, spans);
    int n = spans.size();
    String[] words = new String[n];
    String[] forTagger = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      int[] sp = spans.get(i);
      words[i] = sentence.substring(sp[0], sp[1]).replace(" - ", "-"); // a joined compound reads as one word
      forTagger[i] = normalize(words[i]);
      starts[i] = start + sp[0];
      ends[i] = start + sp[1];
    }
    String[] tags = n == 0 ? new String[0] : tagger.tag(forTagger);
    String[] chunks = n == 0 ? new String[0] : chunker.chunk(forTagger, tags);
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = lemmatizer.lemma(forTagger[i], tags[i]);
    }
    return new TaggedSentence(text, start, end, words, starts, ends, tags, chunks, lemmas);
  }

  /** Words that never sit inside a hyphenated word: beside them a spaced hyphen is a dash ("Paris - The ..."). */
  private static final java.util.Set<String> NOT_IN_COMPOUNDS = java.util.Set.of("the", "a", "an", "and", "or", "but",
      "which", "who", "whom", "whose", "that", "this", "these", "those", "he", "she", "it", "they", "we", "i", "you",
      "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says");

  /**
   * Joins a word, a hyphen with a space on each side and a word into one token ("tax - exempt",
   * "Georgia - Pacific"): text tokenised in the Penn Treebank style spaces out the hyphens of compounds,
   * and as three tokens the compound is tagged and split as two words and a dash. Not beside a function
   * word ("Paris - The mayor said"): there the hyphen stands for a dash.
   */
  private static void joinSpacedHyphens(String s, List<int[]> spans) {
    for (int i = spans.size() - 2; i >= 1; i--) {
      int[] l = spans.get(i - 1);
      int[] h = spans.get(i);
      int[] r = spans.get(i + 1);
      if (h[1] - h[0] != 1 || s.charAt(h[0]) != '-' || l[1] != h[0] - 1 || r[0] != h[1] + 1
          || !wordLike(s, l) || !wordLike(s, r)) {
        continue;
      }
      spans.set(i - 1, new int[] {l[0], r[1]});
      spans.remove(i + 1);
      spans.remove(i);
      i--;
    }
  }

  private static boolean wordLike(String s, int[] sp) {
    String w = s.substring(sp[0], sp[1]);
    return Character.isLetterOrDigit(w.charAt(0)) && Character.isLetterOrDigit(w.charAt(w.length() - 1))
        && !NOT_IN_COMPOUNDS.contains(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** Splits leading and trailing quote marks off a token, as the WSJ tokenizer leaves them on. */
  private static void splitQuotes(String s, int a, int b, List<int[]> out) {
    List<int[]> tail = new ArrayList<>(2);
    while (b - a > 1 && isQuote(s.substring(a, a + 1)) && !isApostropheWord(s, a, b)) {
      out.add(new int[] {a, a + 1});
      a++;
    }
    while (b - a > 1 && isQuote(s.substring(b - 1, b)) && !isApostropheWord(s, a, b)) {
      tail.add(0, new int[] {b - 1, b});
      b--;
    }
    if (b - a > 1 && (s.charAt(b - 1) == ',' || s.charAt(b - 1) == '.') && isQuote(s.substring(b - 2, b - 1))) {
      tail.add(0, new int[] {b - 1, b});
      b--;
    }
    int ap = apostropheSplit(s, a, b);
    if (ap > a) {
      out.add(new int[] {a, ap});
      out.add(new int[] {ap, b});
    } else {
      out.add(new int[] {a, b});
    }
    out.addAll(tail);
  }

  /** Where a curly-apostrophe clitic starts ("Pentagon’s" -> 8, "isn’t" -> 2), or a when there is none. */
  private static int apostropheSplit(String s, int a, int b) {
    int q = s.lastIndexOf('\u2019', b - 1);
    if (q <= a || q < b - 3) {
      return a;
    }
    String rest = s.substring(q + 1, b).toLowerCase(java.util.Locale.ROOT);
    if (rest.equals("t") && q - 1 > a && Character.toLowerCase(s.charAt(q - 1)) == 'n') {
      return q - 1;
    }
    return rest.equals("s") || rest.equals("re") || rest.equals("ve") || rest.equals("ll") || rest.equals("d")
        || rest.equals("m") ? q : a;
  }

  /** 's, n't, 're and the like keep their apostrophe. */
  private static boolean isApostropheWord(String s, int a, int b) {
    char c = s.charAt(a);
    if (c != '\'' && c != '\u2019') {
      return false;
    }
    String w = s.substring(a + 1, b).toLowerCase(java.util.Locale.ROOT);
    return w.equals("s") || w.equals("re") || w.equals("ve") || w.equals("ll") || w.equals("d") || w.equals("m")
        || w.equals("t");
  }

  static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("``") || w.equals("''")
        || w.equals("\u2018") || w.equals("\u2019") || w.equals("'");
  }

  /** The WSJ models know ASCII quotes and apostrophes only. */
  static String normalize(String w) {
    switch (w) {
      case "\u201c", "\u2018" -> {
        return "``";
      }
      case "\u201d", "\u2019", "\"" -> {
        return "''";
      }
      case "\u2014", "\u2013" -> {
        return "--";
      }
      default -> {
        return w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
      }
    }
  }
}
