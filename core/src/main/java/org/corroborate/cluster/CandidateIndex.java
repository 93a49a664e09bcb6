package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A Lucene index of claims (document number = position in the list given) that retrieves each
 * claim's BM25 nearest neighbours. Up to {@link #ON_DISK_FROM} claims it lives in the heap; from
 * there on in a temporary folder (memory-mapped, so it sits in the operating system's page cache,
 * not the heap), deleted on {@link #close()}. Both give the same neighbours. Searches may run on
 * several threads at once (Lucene's searcher is thread safe and a search changes nothing here);
 * close it once, after the last search.
 */
final class CandidateIndex implements AutoCloseable {
  private static final String FIELD = "text";
  /** At most this many distinct stems of a claim go into its query, rarest first. */
  static final int MAX_QUERY_TERMS = 24;

  /**
   * From this many claims on (about 7,000 generated articles), the index is written to a temporary
   * folder instead of the heap, where it would grow with the corpus next to the claims and profiles.
   */
  static final int ON_DISK_FROM = 50_000;

  private final Directory directory;
  private final Path folder;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  CandidateIndex(List<ClaimProfile> profiles, ClaimAnalyzer analyzer) {
    this(profiles, analyzer, ON_DISK_FROM);
  }

  /** An index that goes to disk from {@code onDiskFrom} claims on. */
  CandidateIndex(List<ClaimProfile> profiles, ClaimAnalyzer analyzer, int onDiskFrom) {
    this(analyzer, profiles.stream().map(ClaimProfile::indexText).toList(), onDiskFrom);
  }

  /**
   * An index of the claims' index texts ({@link ClaimProfile#indexText}), document i for claim i,
   * on disk from {@link #ON_DISK_FROM} texts on.
   */
  CandidateIndex(ClaimAnalyzer analyzer, List<String> indexTexts) {
    this(analyzer, indexTexts, ON_DISK_FROM);
  }

  private CandidateIndex(ClaimAnalyzer analyzer, List<String> indexTexts, int onDiskFrom) {
    Path tmp = null;
    Directory dir = null;
    try {
      if (indexTexts.size() >= onDiskFrom) {
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
    List<Integer> out = new ArrayList<>();
    Query q = CandidateQuery.of(FIELD, stems, searcher);
    if (q == null) {
      return out;
    }
    try {
      // counting hits only as far as the top k + 1 lets the search skip blocks that cannot enter
      // them; the top hits (and their order) are the same as with an exact count
      for (ScoreDoc d : searcher.search(q, new TopScoreDocCollectorManager(k + 1, k + 1)).scoreDocs) {
        if (d.doc != self && out.size() < k) {
          out.add(d.doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("claim index search failed", e);
    }
    return out;
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
