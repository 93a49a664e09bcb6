package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * A Lucene index of index texts (document number = position in the list given), one segment, in
 * the heap or in a temporary folder (memory-mapped, so it sits in the operating system's page cache,
 * not the heap) deleted on {@link #close()}, answering {@link CandidateQuery}'s BM25 queries with
 * their top hits. Searches may run on several threads at once (Lucene's searcher is thread safe and
 * a search changes nothing here); close it once, after the last search.
 */
final class LuceneCandidates implements AutoCloseable {
  static final String FIELD = "text";

  private final Directory directory;
  private final Path folder;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** An index of these texts, in a temporary folder when {@code onDisk}, else in the heap. */
  LuceneCandidates(ClaimAnalyzer analyzer, List<String> indexTexts, boolean onDisk) {
    Path tmp = null;
    Directory dir = null;
    try {
      if (onDisk) {
        tmp = Files.createTempDirectory("corroborate-index");
        dir = FSDirectory.open(tmp);
      } else {
        dir = new ByteBuffersDirectory();
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (String text : indexTexts) {
          Document doc = new Document();
          doc.add(new TextField(FIELD, text, Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
      // every claim's query is asked once: caching queries would only cost
      searcher.setQueryCache(null);
    } catch (IOException | RuntimeException e) {
      delete(dir, tmp, e);
      throw e instanceof IOException io ? new UncheckedIOException("building the claim index failed", io) : (RuntimeException) e;
    }
    directory = dir;
    folder = tmp;
  }

  /** Whether the index lives in a temporary folder rather than the heap. */
  boolean onDisk() {
    return folder != null;
  }

  /**
   * The {@code n} best documents for the {@link CandidateQuery} of these stems (rarest first) with
   * this postings budget, best first (ties: smaller document numbers first), with their scores.
   */
  ScoreDoc[] top(List<String> rarestFirst, int n, int budget) {
    Query q = CandidateQuery.of(FIELD, rarestFirst, searcher, budget);
    if (q == null) {
      return new ScoreDoc[0];
    }
    try {
      // counting hits only as far as the top n lets the search skip blocks that cannot enter
      // them; the top hits (and their order) are the same as with an exact count
      return searcher.search(q, new TopScoreDocCollectorManager(n, n)).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("claim index search failed", e);
    }
  }

  /** Closes the index and deletes its temporary folder, if any. */
  @Override
  public void close() {
    try {
      IOUtils.close(reader, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("closing the claim index failed", e);
    } finally {
      if (folder != null) {
        try {
          IOUtils.rm(folder);
        } catch (IOException e) {
          throw new UncheckedIOException("could not delete the temporary claim index " + folder, e);
        }
      }
    }
  }

  /** Cleans up after a failed build, keeping the first failure. */
  private static void delete(Directory dir, Path tmp, Exception failure) {
    try {
      IOUtils.close(dir);
      if (tmp != null) {
        IOUtils.rm(tmp);
      }
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
