package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * An inverted index of index texts in plain arrays (document number = position in the list given):
 * per analysed term the documents holding it, ascending, with the term's frequency in each, and per
 * document its length norm; with the counts Lucene's BM25 reads, equal to those of a {@link
 * LuceneCandidates} index of the same texts. A text is analysed as {@code IndexWriter} inverts a
 * {@code TextField}: every token is an occurrence of its term (its {@link TermFrequencyAttribute}
 * added to the term's frequency and the field's length), tokens at the same position are counted as
 * overlaps, and the norm is the similarity's own {@link Similarity#computeNorm} of that state.
 * Documents without a token have no norm and do not count in {@link CollectionStatistics#docCount}.
 * Immutable once built: any number of threads may read it.
 */
final class HeapPostings {
  /** One term's postings: documents ascending, the term's frequency in each, and its largest frequency. */
  record Postings(int[] docs, int[] freqs, int maxFreq, long totalTermFreq) {
    int docFreq() {
      return docs.length;
    }
  }

  private final Map<String, Postings> terms;
  private final byte[] norms;
  private final CollectionStatistics collection;
  private final int leastNorm;
  private final int greatestNorm;

  /** The postings of these texts as {@code analyzer} analyses {@code field}, norms by {@code similarity}. */
  HeapPostings(Analyzer analyzer, String field, List<String> texts, Similarity similarity) {
    Map<String, Growing> growing = new HashMap<>();
    norms = new byte[texts.size()];
    long sumTotalTermFreq = 0;
    long sumDocFreq = 0;
    int docCount = 0;
    int least = 255;
    int greatest = 0;
    Map<String, int[]> inDoc = new HashMap<>();
    for (int doc = 0; doc < texts.size(); doc++) {
      inDoc.clear();
      int length = 0;
      int overlaps = 0;
      int position = -1;
      int maxTermFreq = 0;
      try (TokenStream ts = analyzer.tokenStream(field, texts.get(doc))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        TermFrequencyAttribute frequency = ts.addAttribute(TermFrequencyAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          int posIncr = increment.getPositionIncrement();
          position += posIncr;
          if (posIncr == 0) {
            overlaps++;
          }
          int tf = frequency.getTermFrequency();
          length = Math.addExact(length, tf);
          int[] count = inDoc.computeIfAbsent(key(term), t -> new int[1]);
          count[0] += tf;
          maxTermFreq = Math.max(maxTermFreq, count[0]);
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing an in-memory string failed", e);
      }
      if (inDoc.isEmpty()) {
        continue;
      }
      docCount++;
      FieldInvertState state = new FieldInvertState(Version.LATEST.major, field,
          IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, position, length, overlaps, 0, maxTermFreq, inDoc.size());
      norms[doc] = (byte) similarity.computeNorm(state);
      least = Math.min(least, norms[doc] & 0xFF);
      greatest = Math.max(greatest, norms[doc] & 0xFF);
      for (Map.Entry<String, int[]> e : inDoc.entrySet()) {
        growing.computeIfAbsent(e.getKey(), t -> new Growing()).add(doc, e.getValue()[0]);
        sumTotalTermFreq += e.getValue()[0];
        sumDocFreq++;
      }
    }
    terms = new HashMap<>(growing.size() * 4 / 3 + 1);
    growing.forEach((t, g) -> terms.put(t, g.postings()));
    collection = docCount == 0 ? null
        : new CollectionStatistics(field, texts.size(), docCount, sumTotalTermFreq, sumDocFreq);
    leastNorm = least;
    greatestNorm = greatest;
  }

  /** A term's postings, null when no document holds it. */
  Postings postings(String term) {
    return terms.get(key(term));
  }

  /** A document's encoded length norm (0 for a document without a token). */
  long norm(int doc) {
    return norms[doc];
  }

  /** The number of documents, with or without tokens. */
  int maxDoc() {
    return norms.length;
  }

  /** The field's statistics as {@code IndexSearcher.collectionStatistics} gives them; null with no token at all. */
  CollectionStatistics collection() {
    return collection;
  }

  /** The norm of the shortest document (the one that scores a term highest), as an unsigned byte. */
  int leastNorm() {
    return leastNorm;
  }

  /** The norm of the longest document (the one that scores a term lowest), as an unsigned byte. */
  int greatestNorm() {
    return greatestNorm;
  }

  /**
   * A term as Lucene keys it: its UTF-8 bytes, in which an unpaired surrogate becomes U+FFFD; so two
   * strings are one key here when they are one term there.
   */
  private static String key(CharSequence term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isSurrogate(term.charAt(i))) {
        return new BytesRef(term).utf8ToString();
      }
    }
    return term.toString();
  }

  /** A term's postings while the texts are read. */
  private static final class Growing {
    private int[] docs = new int[4];
    private int[] freqs = new int[4];
    private int size;
    private int maxFreq;
    private long total;

    void add(int doc, int freq) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        freqs = Arrays.copyOf(freqs, size * 2);
      }
      docs[size] = doc;
      freqs[size] = freq;
      size++;
      maxFreq = Math.max(maxFreq, freq);
      total += freq;
    }

    Postings postings() {
      return new Postings(Arrays.copyOf(docs, size), Arrays.copyOf(freqs, size), maxFreq, total);
    }
  }
}
