package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The English analysis chain for claim matching: standard tokens, possessives dropped, lower case,
 * stop words removed, Porter stems. Amounts and dates reach it already rewritten by {@link
 * Mentions}. Lucene analyzers are thread safe (per-thread token stream reuse).
 */
final class ClaimAnalyzer extends Analyzer {

  /**
   * One analysed word: the lower-cased surface form (for WordNet) and its stem (for matching). Both
   * are interned: a profile keeps its terms and stems for the whole clustering run, and at 100k
   * generated articles their separate copies were about a third of the heap when it ran out. String.intern
   * is thread safe and the values are unchanged.
   */
  static final class Term {
    private final String word;
    private final String stem;
    /** The word's WordNet senses and neighbours ({@link Synonyms}), looked up on first use. */
    private volatile Synonyms.Keys senses;
    private volatile Synonyms.Keys neighbours;

    Term(String word, String stem) {
      this.word = word == null ? null : word.intern();
      this.stem = stem == null ? null : stem.intern();
    }

    String word() {
      return word;
    }

    String stem() {
      return stem;
    }

    /**
     * {@link Synonyms#senses} of the word, kept here once looked up: pair scoring asks for them for
     * every pair a claim is in, and a term is one object per word and run. The value is the shared
     * cache's own value, so a race looks it up twice and keeps the same value.
     */
    Synonyms.Keys senses() {
      Synonyms.Keys known = senses;
      if (known == null) {
        known = Synonyms.shared().senses(word);
        senses = known;
      }
      return known;
    }

    /** {@link Synonyms#neighbours} of the word, kept here once looked up (as {@link #senses()}). */
    Synonyms.Keys neighbours() {
      Synonyms.Keys known = neighbours;
      if (known == null) {
        known = Synonyms.shared().neighbours(word);
        neighbours = known;
      }
      return known;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Term t && Objects.equals(word, t.word) && Objects.equals(stem, t.stem);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(word) + Objects.hashCode(stem);
    }

    @Override
    public String toString() {
      return "Term[word=" + word + ", stem=" + stem + "]";
    }
  }

  /**
   * One {@link Term} per distinct (word, stem) seen by this analyzer: every profile holding a word
   * holds the same object (a vocabulary, not a copy per claim). Thread safe.
   */
  private final Map<Term, Term> shared = new ConcurrentHashMap<>();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream chain = new EnglishPossessiveFilter(source);
    chain = new LowerCaseFilter(chain);
    chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    chain = new PorterStemFilter(chain);
    return new TokenStreamComponents(source, chain);
  }

  /** The stems of a text, in order, interned as a {@link Term}'s are. */
  List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString().intern());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string failed", e);
    }
    return out;
  }

  /** The words of a text with their stems, in order (stop words dropped). */
  List<Term> terms(String text) {
    List<Term> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String word = text.substring(offset.startOffset(), offset.endOffset())
            .toLowerCase(Locale.ROOT);
        if (word.endsWith("'s") || word.endsWith("’s")) {
          word = word.substring(0, word.length() - 2);
        }
        Term t = new Term(word, term.toString());
        Term known = shared.putIfAbsent(t, t);
        out.add(known == null ? t : known);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string failed", e);
    }
    return out;
  }
}
