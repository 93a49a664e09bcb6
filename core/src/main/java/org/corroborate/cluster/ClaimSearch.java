package org.corroborate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.corroborate.model.Claim;

/**
 * A corpus's claims searchable by BM25 the way the cluster stage finds candidates, for checking a
 * claim from outside the corpus (a draft's) against it: the same analysis ({@link ClaimAnalyzer}
 * over the text with amounts and dates rewritten by {@link Mentions}), the same query (the claim's
 * rarest stems by the corpus's {@link TermStats}, and again without its subject's stems). Ties in
 * score are broken by claim id, so an index on disk and one built in memory from the same claims
 * give the same neighbours whatever the order the documents were added in.
 *
 * <p>The documents live in the heap ({@link #inMemory}) or in an index the caller owns ({@link
 * #over}); {@link #addFields} writes a claim's searchable fields into such an index. Not thread
 * safe (one analyzer per instance); close it after use.
 */
public final class ClaimSearch implements AutoCloseable {
  /** The searched field: the claim's analysed text. */
  public static final String TEXT = "claimText";
  /** The claim's id: stored, indexed as one term and sortable. */
  public static final String ID = "claimId";

  private final ClaimAnalyzer analyzer = new ClaimAnalyzer();
  private TermStats weighed;
  private TermWeights weights;
  private final Directory owned;
  private final IndexReader reader;
  private final IndexSearcher searcher;

  private ClaimSearch(Directory owned, IndexReader reader) {
    this.owned = owned;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** A search over these claims, indexed in the heap. */
  public static ClaimSearch inMemory(List<Claim> claims) {
    Directory dir = new ByteBuffersDirectory();
    try (Analyzer analyzer = newAnalyzer();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Claim c : claims) {
        Document doc = new Document();
        addFields(doc, c, analyzer);
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory claim index failed", e);
    }
    try {
      return new ClaimSearch(dir, DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("opening the in-memory claim index failed", e);
    }
  }

  /** A search over an index whose documents carry {@link #addFields}'s fields; the caller closes the reader. */
  public static ClaimSearch over(IndexReader reader) {
    return new ClaimSearch(null, reader);
  }

  /** The analyzer an index writer needs for {@link #addFields}'s fields. */
  public static Analyzer newAnalyzer() {
    return new ClaimAnalyzer();
  }

  /**
   * Adds a claim's searchable fields ({@link #TEXT}, {@link #ID}) to a document.
   *
   * @param analyzer an analyzer from {@link #newAnalyzer()}
   */
  public static void addFields(Document doc, Claim claim, Analyzer analyzer) {
    doc.add(new TextField(TEXT, ClaimProfile.of(claim, (ClaimAnalyzer) analyzer).indexText(), Field.Store.NO));
    doc.add(new StringField(ID, claim.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(claim.id())));
  }

  /** One neighbour: its document number in the reader and its claim id. */
  public record Hit(int doc, String id) {}

  /**
   * The claim's nearest corpus claims, as the cluster stage picks a claim's candidates: up to
   * {@code k} by its rarest stems, then up to {@code k / 2} more with its subject's stems left out
   * (claims naming the same actor otherwise). Best first, without repeats.
   */
  public List<Hit> nearest(Claim claim, TermStats stats, int k) {
    ClaimProfile p = ClaimProfile.of(claim, analyzer);
    if (stats != weighed) {
      weights = TermWeights.of(stats);
      weighed = stats;
    }
    TermWeights idf = weights;
    Map<String, Hit> out = new LinkedHashMap<>();
    search(p, idf, k, Set.of(), out);
    if (!p.actor().isEmpty()) {
      search(p, idf, k / 2, p.actor(), out);
    }
    return List.copyOf(out.values());
  }

  private void search(ClaimProfile p, TermWeights idf, int k, Set<String> ignored, Map<String, Hit> out) {
    List<String> stems = new ArrayList<>(p.stems());
    stems.removeAll(ignored);
    if (stems.isEmpty() || k < 1) {
      return;
    }
    stems.sort((x, y) -> {
      int c = Double.compare(idf.of(y), idf.of(x));
      return c != 0 ? c : x.compareTo(y);
    });
    Query q = CandidateQuery.of(TEXT, stems, searcher);
    Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.STRING));
    try {
      // hits counted only as far as the top k (not the searcher's default 1,000) let the search
      // skip blocks that cannot enter them, and no second pass works out scores the sort holds
      // already: the top k and their order are the same
      int n = Math.min(k, Math.max(1, searcher.getIndexReader().maxDoc()));
      for (ScoreDoc d : searcher.search(q, new TopFieldCollectorManager(byScoreThenId.rewrite(searcher), n, null, n)).scoreDocs) {
        String id = ((BytesRef) ((FieldDoc) d).fields[1]).utf8ToString();
        out.putIfAbsent(id, new Hit(d.doc, id));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("claim search failed", e);
    }
  }

  @Override
  public void close() {
    try {
      if (owned != null) {
        IOUtils.close(reader, owned);
      }
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the claim search failed", e);
    }
  }
}
