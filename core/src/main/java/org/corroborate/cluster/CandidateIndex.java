package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of claims (document number = position in the list given) that
 * retrieves each claim's BM25 nearest neighbours. Not thread safe; close it after use.
 */
final class CandidateIndex implements AutoCloseable {
  private static final String FIELD = "text";
  /** At most this many distinct stems of a claim go into its query, rarest first. */
  static final int MAX_QUERY_TERMS = 24;

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  CandidateIndex(List<ClaimProfile> profiles, ClaimAnalyzer analyzer) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (ClaimProfile p : profiles) {
          Document doc = new Document();
          doc.add(new TextField(FIELD, p.indexText(), Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  /** The document numbers of up to {@code k} other claims closest to claim {@code self}, best first. */
  List<Integer> nearest(int self, ClaimProfile profile, TermWeights idf, int k) {
    return nearestIgnoring(self, profile, idf, k, java.util.Set.of());
  }

  /**
   * As {@link #nearest}, with some stems left out of the query: the claim's subject, so that claims
   * naming the same actor otherwise ("the Pentagon" for "Defense Secretary Pete Hegseth") are found.
   */
  List<Integer> nearestIgnoring(int self, ClaimProfile profile, TermWeights idf, int k,
      java.util.Set<String> ignored) {
    List<String> stems = new ArrayList<>(profile.stems());
    stems.removeAll(ignored);
    stems.sort((x, y) -> {
      int c = Double.compare(idf.of(y), idf.of(x));
      return c != 0 ? c : x.compareTo(y);
    });
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String s : stems.subList(0, Math.min(MAX_QUERY_TERMS, stems.size()))) {
      q.add(new TermQuery(new Term(FIELD, s)), BooleanClause.Occur.SHOULD);
    }
    List<Integer> out = new ArrayList<>();
    if (stems.isEmpty()) {
      return out;
    }
    try {
      for (ScoreDoc d : searcher.search(q.build(), k + 1).scoreDocs) {
        if (d.doc != self && out.size() < k) {
          out.add(d.doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory search failed", e);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the in-memory index failed", e);
    }
  }
}
