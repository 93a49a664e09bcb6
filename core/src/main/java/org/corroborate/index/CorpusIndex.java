package org.corroborate.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.corroborate.check.CheckCorpus;
import org.corroborate.check.CorpusAnalysis;
import org.corroborate.check.CorpusClaims;
import org.corroborate.check.ExtractedCorpus;
import org.corroborate.check.StoredAnalysis;
import org.corroborate.model.Contradiction;
import org.corroborate.cluster.ClaimSearch;
import org.corroborate.cluster.TermStats;
import org.corroborate.model.Claim;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.OutletOrigin;

/**
 * A corpus's extracted claims on disk, in a Lucene index: one document per article with its
 * file's content hash, its metadata's hash and its {@link ArticleClaims} as JSON; one document per
 * claim, searchable by BM25 as the cluster stage searches ({@link ClaimSearch}) and holding the
 * claim with its tokens in a compact binary form ({@link StoredBinary}); one document for the corpus
 * (name, diagnostics, declared origins); and the corpus analysed on its own ({@link CorpusAnalysis})
 * in pieces a check reads only as it needs them: a head document (article ids, stem counts) and one
 * document per stored cluster (its claims and origins, and the contradictions of its claims, both
 * binary too), found by its claims' ids. An update re-extracts only the articles whose file or metadata
 * changed, removes the ones gone, analyses the corpus again from the stored and the new claims,
 * and commits once: a crash before the commit leaves the previous index as it was. Lucene's write
 * lock makes a second concurrent update fail with {@link IndexException.Problem#LOCKED}. Neither
 * {@link #load} nor {@link #open} reads a corpus file; {@link #open}, what a check uses, reads only
 * the analysis's head, and the stored clusters and claims a check asks for. Thread safe (stateless); concurrent updates
 * of one index are refused, not serialised. The index is read with plain file I/O ({@link
 * NIOFSDirectory}). Memory-mapping it for a check was measured (2026-12-02, 1,000-word draft
 * against 1,000 articles, ten alternated cold runs): its BM25 searches cost 25 ms less main-thread
 * CPU (they spend about a quarter of their time refilling 1 KB buffers, a system call each), but
 * opening the index 50 ms more (Lucene sets up native access to advise the kernel) and the C1
 * compiler more: no gain for a short run, and a JDK warning wherever native access is not enabled.
 */
public final class CorpusIndex {
  /** Format of the stored documents; an index of another format must be rebuilt. */
  public static final String FORMAT = "corroborate-index-5";

  private static final String ID = "id";
  private static final String FILE_HASH = "fileHash";
  private static final String META_HASH = "metaHash";
  private static final String ORDER = "order";
  private static final String JSON_FIELD = "json";
  private static final String CORPUS_DOC = "\u0000corpus";
  private static final String ANALYSIS_DOC = "\u0000analysis";
  /** Of the analysis document: a hash of what the analysis was computed from (articles, hashes, order, declared origins). */
  private static final String INPUTS_HASH = "inputsHash";
  /** Of a claim document: the article it belongs to, to delete it with its article. */
  private static final String CLAIM_ARTICLE = "claimArticle";
  /** Of a claim document: the claim, tokens included, in {@link StoredBinary}'s form. */
  private static final String CLAIM_BYTES = "claim";
  /** Of a stored cluster's document: "cluster", to delete them all when the analysis is recomputed. */
  private static final String KIND = "kind";
  private static final String CLUSTER_KIND = "cluster";
  /** Of a stored cluster's document: one of its claims' ids (indexed, not stored; one per claim). */
  private static final String MEMBER = "member";
  /** Of a stored cluster's document: a {@link ClusterDoc} in {@link StoredBinary}'s form. */
  private static final String CLUSTER_BYTES = "cluster";
  /** Of a stored cluster's document: its {@link ClusterContradictions} in {@link StoredBinary}'s form. */
  private static final String CONTRADICTIONS_BYTES = "contradictions";

  private static final ObjectMapper JSON = StoredJson.mapper();

  /** The corpus-wide facts stored beside the articles. */
  record CorpusInfo(String format, String engineBuild, String name, List<Diagnostic> diagnostics, List<OutletOrigin> declaredOrigins) {}

  /** Of the stored analysis, what a check reads whole: the article ids and the stem counts. */
  record AnalysisHead(List<String> articleIds, TermStats terms) {}

  /** One stored cluster, with its place in the analysis's list of clusters. */
  record ClusterDoc(int order, CorpusAnalysis.StoredCluster cluster) {}

  /**
   * The stored contradictions of a stored cluster's members, in the analysis's order, each with its
   * place in the analysis's list of contradictions.
   */
  record ClusterContradictions(List<Integer> orders, List<Contradiction> contradictions) {}

  /**
   * Refuses an index of another format, or one made by another build of the engine: its claims and
   * analysis are that build's, and a check against it could differ from one against the corpus.
   */
  private void requireCurrent(CorpusInfo info, Path indexDir) throws IndexException {
    String rebuild = " (run 'corroborate index CORPUS --index " + indexDir + "' to rebuild it)";
    if (info == null || !FORMAT.equals(info.format())) {
      throw new IndexException(IndexException.Problem.UNREADABLE, indexDir + ": not a corroborate index of format " + FORMAT + rebuild, null);
    }
    if (!engineBuild.equals(info.engineBuild())) {
      throw new IndexException(IndexException.Problem.UNREADABLE, indexDir + ": made by another build of corroborate, whose claims"
          + " may differ from this build's" + rebuild, null);
    }
  }

  /** Rebuilds a record from its stored bytes ({@link StoredBinary}). */
  @FunctionalInterface
  private interface Decoder<T> {
    T decode(byte[] bytes, int offset, int length);
  }

  private final IngestOptions ingest;
  /** The engine build that extracts and analyses claims here ({@link EngineBuild}). */
  private final String engineBuild;

  public CorpusIndex() {
    this(IngestOptions.DEFAULTS);
  }

  /** An index whose updates read the corpus with these limits. */
  public CorpusIndex(IngestOptions ingest) {
    this(ingest, EngineBuild.current());
  }

  /** As if run by the given engine build (tests of what another build's index does). */
  CorpusIndex(IngestOptions ingest, String engineBuild) {
    this.ingest = ingest;
    this.engineBuild = engineBuild;
  }

  /** Builds or updates the index of the corpus folder; creates the index folder when needed. */
  public IndexUpdate update(Path corpusFolder, Path indexDir) throws IOException, IndexException {
    Corpus corpus = new CorpusReader(ingest).read(corpusFolder);
    Path root = corpusFolder.toAbsolutePath().normalize();
    String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
    Files.createDirectories(indexDir);
    try (Directory dir = new NIOFSDirectory(indexDir)) {
      Map<String, String[]> stored = storedHashes(dir);
      Analyzer analyzer = ClaimSearch.newAnalyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      try (analyzer; IndexWriter writer = openWriter(dir, config, indexDir)) {
        // an index of another format, or made by another build of the engine (whose claims may differ
        // from this build's for the same files), is rebuilt from nothing
        if (stored.containsKey(CORPUS_DOC)
            && !(FORMAT.equals(stored.get(CORPUS_DOC)[0]) && engineBuild.equals(stored.get(CORPUS_DOC)[1]))) {
          writer.deleteAll();
          stored = Map.of();
        }
        ClaimExtractor extractor = new ClaimExtractor();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        List<String> processed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int order = 0;
        List<Diagnostic> diagnostics = new ArrayList<>(corpus.diagnostics());
        // every article's claims, as extracted now or as the stored JSON, parsed only if the analysis is recomputed
        List<Object> all = new ArrayList<>();
        StringBuilder inputs = new StringBuilder(FORMAT).append(' ').append(engineBuild).append('\n');
        for (Article a : corpus.articles()) {
          String fileHash;
          try {
            fileHash = sha256(Files.readAllBytes(root.resolve(a.id())));
          } catch (IOException e) {
            // Deleted or made unreadable after the corpus was read: as if it had not been there.
            diagnostics.add(new Diagnostic(a.id(), "could not read file during the update (deleted or changed while indexing); left out"));
            continue;
          }
          present.add(a.id());
          String metaHash = sha256(JSON.writeValueAsBytes(a));
          inputs.append(a.id()).append('\u0000').append(fileHash).append('\u0000').append(metaHash).append('\n');
          String[] old = stored.get(a.id());
          if (old != null && old[0].equals(fileHash) && old[1].equals(metaHash) && Integer.parseInt(old[2]) == order) {
            unchanged++;
            all.add(old[3]);
          } else {
            if (old == null) added++;
            else if (old[0].equals(fileHash) && old[1].equals(metaHash)) unchanged++;
            else changed++;
            ArticleClaims claims = old != null && old[0].equals(fileHash) && old[1].equals(metaHash)
                ? null : extractor.extract(a);
            if (claims != null) {
              processed.add(a.id());
              writer.deleteDocuments(new Term(CLAIM_ARTICLE, a.id()));
              for (Claim c : claims.claims()) {
                writer.addDocument(claimDoc(a.id(), c, analyzer));
              }
            }
            writer.updateDocument(new Term(ID, a.id()), articleDoc(a.id(), fileHash, metaHash, order,
                claims != null ? JSON.writeValueAsString(claims) : stored.get(a.id())[3]));
            all.add(claims != null ? claims : stored.get(a.id())[3]);
          }
          order++;
        }
        int removed = 0;
        for (String id : new TreeSet<>(stored.keySet())) {
          if (!id.equals(CORPUS_DOC) && !id.equals(ANALYSIS_DOC) && !present.contains(id)) {
            writer.deleteDocuments(new Term(ID, id));
            writer.deleteDocuments(new Term(CLAIM_ARTICLE, id));
            removed++;
          }
        }
        Document info = new Document();
        info.add(new StringField(ID, CORPUS_DOC, Field.Store.YES));
        info.add(new StoredField(JSON_FIELD, JSON.writeValueAsString(
            new CorpusInfo(FORMAT, engineBuild, name, diagnostics, corpus.declaredOrigins()))));
        writer.updateDocument(new Term(ID, CORPUS_DOC), info);
        // the corpus analysed on its own, from every article's claims (stored or just extracted), unless
        // the stored analysis was computed from the same articles, in the same order, with the same origins
        inputs.append(JSON.writeValueAsString(corpus.declaredOrigins()));
        String inputsHash = sha256(inputs.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String[] storedAnalysis = stored.get(ANALYSIS_DOC);
        if (storedAnalysis == null || !inputsHash.equals(storedAnalysis[0])) {
          List<ArticleClaims> claims = new ArrayList<>(all.size());
          for (Object o : all) {
            claims.add(o instanceof String json ? JSON.readValue(json, ArticleClaims.class) : (ArticleClaims) o);
          }
          Corpus kept = new Corpus(claims.stream().map(ArticleClaims::article).toList(), diagnostics, corpus.declaredOrigins());
          CorpusAnalysis analysis = CorpusAnalysis.of(new ExtractedCorpus(name, kept, claims));
          writeAnalysis(writer, analysis, inputsHash);
        }
        // one segment without deleted documents: the claims' BM25 statistics are then those of an
        // index built afresh from the same claims, as a check against the corpus folder builds it
        writer.forceMerge(1);
        writer.commit();
        processed.sort(null);
        return new IndexUpdate(added, changed, removed, unchanged, processed, diagnostics);
      }
    }
  }

  /**
   * Writes the analysis in pieces a check reads only as it needs them: a head document (article
   * ids, stem counts and the hash of the inputs) and one document per stored cluster, found by its
   * members' ids, holding the contradictions of its members.
   */
  private static void writeAnalysis(IndexWriter writer, CorpusAnalysis analysis, String inputsHash) throws IOException {
    writer.deleteDocuments(new Term(KIND, CLUSTER_KIND));
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < analysis.clusters().size(); i++) {
      int at = i;
      analysis.clusters().get(i).claimIds().forEach(id -> clusterOf.put(id, at));
    }
    List<List<Integer>> orders = new ArrayList<>();
    analysis.clusters().forEach(c -> orders.add(new ArrayList<>()));
    for (int x = 0; x < analysis.contradictions().size(); x++) {
      for (String id : analysis.contradictions().get(x).claimIds()) {
        Integer c = clusterOf.get(id);
        if (c == null) continue;
        List<Integer> of = orders.get(c);
        if (of.isEmpty() || of.get(of.size() - 1) != x) of.add(x);
      }
    }
    for (int i = 0; i < analysis.clusters().size(); i++) {
      CorpusAnalysis.StoredCluster c = analysis.clusters().get(i);
      Document doc = new Document();
      doc.add(new StringField(KIND, CLUSTER_KIND, Field.Store.NO));
      for (String id : c.claimIds()) {
        doc.add(new StringField(MEMBER, id, Field.Store.NO));
      }
      List<Contradiction> xs = orders.get(i).stream().map(analysis.contradictions()::get).toList();
      doc.add(new StoredField(CLUSTER_BYTES, new BytesRef(StoredBinary.cluster(new ClusterDoc(i, c)))));
      doc.add(new StoredField(CONTRADICTIONS_BYTES, new BytesRef(StoredBinary.contradictions(new ClusterContradictions(orders.get(i), xs)))));
      writer.addDocument(doc);
    }
    Document head = new Document();
    head.add(new StringField(ID, ANALYSIS_DOC, Field.Store.YES));
    head.add(new StoredField(INPUTS_HASH, inputsHash));
    head.add(new StoredField(JSON_FIELD, new BytesRef(JSON.writeValueAsBytes(new AnalysisHead(analysis.articleIds(), analysis.terms())))));
    writer.updateDocument(new Term(ID, ANALYSIS_DOC), head);
  }

  /** Loads the corpus and its claims from the index, reading no corpus file. */
  public ExtractedCorpus load(Path indexDir) throws IndexException {
    if (!Files.isDirectory(indexDir)) {
      throw new IndexException(IndexException.Problem.MISSING, indexDir + ": no such index folder", null);
    }
    try (Directory dir = new NIOFSDirectory(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      CorpusInfo info = null;
      List<Object[]> articles = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields fields = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          if (live != null && !live.get(i)) continue;
          Document doc = fields.document(i);
          String id = doc.get(ID);
          if (id == null || ANALYSIS_DOC.equals(id)) continue;
          String json = doc.get(JSON_FIELD);
          if (CORPUS_DOC.equals(id)) {
            info = JSON.readValue(json, CorpusInfo.class);
          } else {
            articles.add(new Object[] {doc.getField(ORDER).numericValue().intValue(), JSON.readValue(json, ArticleClaims.class)});
          }
        }
      }
      requireCurrent(info, indexDir);
      articles.sort(Comparator.comparingInt(a -> (Integer) a[0]));
      List<ArticleClaims> extracted = articles.stream().map(a -> (ArticleClaims) a[1]).toList();
      Corpus corpus = new Corpus(extracted.stream().map(ArticleClaims::article).toList(), info.diagnostics(), info.declaredOrigins());
      return new ExtractedCorpus(info.name(), corpus, extracted);
    } catch (IndexNotFoundException | NoSuchFileException e) {
      throw new IndexException(IndexException.Problem.MISSING, indexDir + ": no index here (run 'corroborate index CORPUS --index " + indexDir + "')", e);
    } catch (IOException | RuntimeException e) {
      throw new IndexException(IndexException.Problem.UNREADABLE, indexDir + ": unreadable index: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the index for checks: reads the corpus document and the stored analysis, and searches and
   * loads claims on demand; reads no corpus file and no article's claims as a whole.
   */
  public CheckCorpus open(Path indexDir) throws IndexException {
    if (!Files.isDirectory(indexDir)) {
      throw new IndexException(IndexException.Problem.MISSING, indexDir + ": no such index folder", null);
    }
    Directory dir = null;
    DirectoryReader reader = null;
    try {
      dir = new NIOFSDirectory(indexDir);
      reader = DirectoryReader.open(dir);
      IndexSearcher searcher = new IndexSearcher(reader);
      Document infoDoc = single(searcher, CORPUS_DOC);
      CorpusInfo info = infoDoc == null ? null : JSON.readValue(infoDoc.get(JSON_FIELD), CorpusInfo.class);
      requireCurrent(info, indexDir);
      Document analysisDoc = single(searcher, ANALYSIS_DOC);
      if (analysisDoc == null) {
        throw new IndexException(IndexException.Problem.UNREADABLE, indexDir + ": the index has no stored analysis"
            + " (run 'corroborate index CORPUS --index " + indexDir + "' to rebuild it)", null);
      }
      BytesRef bytes = analysisDoc.getBinaryValue(JSON_FIELD);
      AnalysisHead head = JSON.readValue(bytes.bytes, bytes.offset, bytes.length, AnalysisHead.class);
      return new CheckCorpus(info.name(), info.diagnostics(), new IndexAnalysis(head, searcher), new StoredClaims(dir, reader));
    } catch (IndexException e) {
      closeQuietly(reader, dir, e);
      throw e;
    } catch (IndexNotFoundException | NoSuchFileException e) {
      closeQuietly(reader, dir, e);
      throw new IndexException(IndexException.Problem.MISSING, indexDir + ": no index here (run 'corroborate index CORPUS --index " + indexDir + "')", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader, dir, e);
      throw new IndexException(IndexException.Problem.UNREADABLE, indexDir + ": unreadable index: " + e.getMessage(), e);
    }
  }

  private static Document single(IndexSearcher searcher, String id) throws IOException {
    TopDocs hits = searcher.search(new TermQuery(new Term(ID, id)), 1);
    return hits.scoreDocs.length == 0 ? null : searcher.storedFields().document(hits.scoreDocs[0].doc);
  }

  private static void closeQuietly(DirectoryReader reader, Directory dir, Exception failure) {
    try {
      IOUtils.close(reader, dir);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * The stored analysis of an opened index, its clusters and their contradictions read as they are
   * asked for. Thread safe.
   */
  private static final class IndexAnalysis implements StoredAnalysis {
    private final AnalysisHead head;
    private final Set<String> articles;
    private final IndexSearcher searcher;
    /** The document of each stored cluster read so far, by cluster id. */
    private final Map<String, Integer> docOf = new java.util.concurrent.ConcurrentHashMap<>();

    IndexAnalysis(AnalysisHead head, IndexSearcher searcher) {
      this.head = head;
      this.articles = Set.copyOf(head.articleIds());
      this.searcher = searcher;
    }

    @Override
    public int articleCount() {
      return head.articleIds().size();
    }

    @Override
    public boolean hasArticle(String articleId) {
      return articles.contains(articleId);
    }

    @Override
    public TermStats terms() {
      return head.terms();
    }

    @Override
    public Map<String, CorpusAnalysis.StoredCluster> clustersOf(Collection<String> claimIds) {
      Map<String, CorpusAnalysis.StoredCluster> out = new HashMap<>();
      Set<String> wanted = new HashSet<>(claimIds);
      StoredFields fields = storedFields();
      for (int doc : docs(new TermInSetQuery(MEMBER, wanted.stream().map(BytesRef::new).toList()))) {
        CorpusAnalysis.StoredCluster c = read(fields, doc, CLUSTER_BYTES, StoredBinary::cluster).cluster();
        docOf.put(c.id(), doc);
        for (String id : c.claimIds()) {
          if (wanted.contains(id)) out.put(id, c);
        }
      }
      return out;
    }

    @Override
    public Map<String, List<Contradiction>> contradictionsOf(Collection<CorpusAnalysis.StoredCluster> clusters) {
      Map<String, List<Contradiction>> out = new HashMap<>();
      StoredFields fields = storedFields();
      for (CorpusAnalysis.StoredCluster c : new java.util.LinkedHashSet<>(clusters)) {
        Integer doc = docOf.get(c.id());
        if (doc == null) {
          List<Integer> found = docs(new TermQuery(new Term(MEMBER, c.claimIds().get(0))));
          if (found.isEmpty()) continue;
          doc = found.get(0);
        }
        Set<String> own = new HashSet<>(c.claimIds());
        for (Contradiction x : read(fields, doc, CONTRADICTIONS_BYTES, StoredBinary::contradictions).contradictions()) {
          for (String id : new HashSet<>(x.claimIds())) {
            if (own.contains(id)) {
              out.computeIfAbsent(id, k -> new ArrayList<>()).add(x);
            }
          }
        }
      }
      return out;
    }

    @Override
    public CorpusAnalysis whole() {
      List<ClusterDoc> clusters = new ArrayList<>();
      Map<Integer, Contradiction> contradictions = new TreeMap<>();
      StoredFields fields = storedFields();
      for (int doc : docs(new TermQuery(new Term(KIND, CLUSTER_KIND)))) {
        clusters.add(read(fields, doc, CLUSTER_BYTES, StoredBinary::cluster));
        ClusterContradictions xs = read(fields, doc, CONTRADICTIONS_BYTES, StoredBinary::contradictions);
        for (int i = 0; i < xs.contradictions().size(); i++) {
          contradictions.put(xs.orders().get(i), xs.contradictions().get(i));
        }
      }
      clusters.sort(Comparator.comparingInt(ClusterDoc::order));
      return new CorpusAnalysis(head.articleIds(), clusters.stream().map(ClusterDoc::cluster).toList(),
          List.copyOf(contradictions.values()), head.terms());
    }

    private List<Integer> docs(org.apache.lucene.search.Query query) {
      try {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
          out.add(d.doc);
        }
        out.sort(null);
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException("reading the stored analysis from the index failed", e);
      }
    }

    /**
     * A stored-fields reader for one call's reads (not thread safe): read in increasing document
     * order, they share the blocks it decompressed.
     */
    private StoredFields storedFields() {
      try {
        return searcher.storedFields();
      } catch (IOException e) {
        throw new UncheckedIOException("reading the stored analysis from the index failed", e);
      }
    }

    private static <T> T read(StoredFields fields, int doc, String field, Decoder<T> decoder) {
      try {
        org.apache.lucene.document.DocumentStoredFieldVisitor visitor = new org.apache.lucene.document.DocumentStoredFieldVisitor(field);
        fields.document(doc, visitor);
        BytesRef bytes = visitor.getDocument().getBinaryValue(field);
        return decoder.decode(bytes.bytes, bytes.offset, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the stored analysis from the index failed", e);
      }
    }
  }

  /**
   * The claims of an opened index, searched and loaded on demand. Thread safe: each search takes a
   * searcher of its own from a pool.
   */
  private static final class StoredClaims implements CorpusClaims {
    /** Blocks of claims parsed in parallel by {@link #load}. */
    private static final int LOAD_BLOCKS = 8;
    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final java.util.concurrent.ConcurrentLinkedQueue<ClaimSearch> searches = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final List<ClaimSearch> made = java.util.Collections.synchronizedList(new ArrayList<>());

    StoredClaims(Directory dir, DirectoryReader reader) {
      this.dir = dir;
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
    }

    @Override
    public List<String> nearest(Claim claim, TermStats stats, int k) {
      ClaimSearch search = searches.poll();
      if (search == null) {
        search = ClaimSearch.over(reader);
        made.add(search);
      }
      try {
        return search.nearest(claim, stats, k).stream().map(ClaimSearch.Hit::id).toList();
      } finally {
        searches.add(search);
      }
    }

    @Override
    public Map<String, Claim> load(Collection<String> ids) {
      Map<String, Claim> out = new TreeMap<>();
      if (ids.isEmpty()) return out;
      List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
      int[] docs;
      try {
        docs = java.util.Arrays.stream(searcher.search(new TermInSetQuery(ClaimSearch.ID, terms), Math.max(1, ids.size())).scoreDocs)
            .mapToInt(d -> d.doc).sorted().toArray();
      } catch (IOException e) {
        throw new UncheckedIOException("reading claims from the index failed", e);
      }
      // most of the work is decoding the stored claims: in blocks on every core, each with its own
      // stored-fields reader (one is not thread safe)
      int blocks = Math.min(docs.length, LOAD_BLOCKS);
      List<List<Claim>> parsed = java.util.stream.IntStream.range(0, blocks).parallel().mapToObj(b -> {
        List<Claim> block = new ArrayList<>();
        try {
          StoredFields fields = searcher.storedFields();
          for (int i = b; i < docs.length; i += blocks) {
            BytesRef bytes = fields.document(docs[i]).getBinaryValue(CLAIM_BYTES);
            block.add(StoredBinary.claim(bytes.bytes, bytes.offset, bytes.length));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("reading claims from the index failed", e);
        }
        return block;
      }).toList();
      parsed.forEach(block -> block.forEach(c -> out.put(c.id(), c)));
      return out;
    }

    @Override
    public void close() {
      try {
        synchronized (made) {
          made.forEach(ClaimSearch::close);
        }
        IOUtils.close(reader, dir);
      } catch (IOException e) {
        throw new UncheckedIOException("closing the index failed", e);
      }
    }
  }

  private static Document claimDoc(String articleId, Claim claim, Analyzer analyzer) throws IOException {
    Document doc = new Document();
    ClaimSearch.addFields(doc, claim, analyzer);
    doc.add(new StringField(CLAIM_ARTICLE, articleId, Field.Store.NO));
    doc.add(new StoredField(CLAIM_BYTES, new BytesRef(StoredBinary.claim(claim))));
    return doc;
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig config, Path indexDir) throws IOException, IndexException {
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexException(IndexException.Problem.LOCKED, indexDir + ": another 'corroborate index' is updating this index; try again when it has finished", e);
    }
  }

  /**
   * Per stored id: file hash, metadata hash, order and JSON (the corpus document: its format; the
   * analysis document: the hash of its inputs).
   */
  private static Map<String, String[]> storedHashes(Directory dir) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    if (!DirectoryReader.indexExists(dir)) return out;
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields fields = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          if (live != null && !live.get(i)) continue;
          Document doc = fields.document(i);
          String id = doc.get(ID);
          if (id == null) continue;
          if (ANALYSIS_DOC.equals(id)) {
            out.put(id, new String[] {doc.get(INPUTS_HASH)});
          } else if (CORPUS_DOC.equals(id)) {
            CorpusInfo info = JSON.readValue(doc.get(JSON_FIELD), CorpusInfo.class);
            out.put(id, new String[] {info.format(), info.engineBuild()});
          } else {
            out.put(id, new String[] {doc.get(FILE_HASH), doc.get(META_HASH), String.valueOf(doc.getField(ORDER).numericValue().intValue()), doc.get(JSON_FIELD)});
          }
        }
      }
    }
    return out;
  }

  private static Document articleDoc(String id, String fileHash, String metaHash, int order, String json) {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StoredField(FILE_HASH, fileHash));
    doc.add(new StoredField(META_HASH, metaHash));
    doc.add(new StoredField(ORDER, order));
    doc.add(new StoredField(JSON_FIELD, json));
    return doc;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
