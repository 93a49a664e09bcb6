package org.corroborate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.corroborate.check.CheckCorpus;
import org.corroborate.check.CheckOptions;
import org.corroborate.check.CorpusAnalysis;
import org.corroborate.check.MemoryAnalysis;
import org.corroborate.check.StoredAnalysis;
import org.corroborate.check.Verdict;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.Draft;
import org.corroborate.check.DraftChecker;
import org.corroborate.check.DraftReader;
import org.corroborate.check.ExtractedCorpus;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.ingest.IngestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {
  @TempDir Path dir;
  Path corpus;
  Path index;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    Files.writeString(corpus.resolve("a.txt"), "Bridge news\nThe council said the bridge would reopen in March after repairs.\n");
    Files.writeString(corpus.resolve("b.md"), "---\nsource: Herald\n---\n# Ferry\n\nThe harbour authority said the ferry service would resume in April.\n");
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub/c.html"), "<html><head><meta property=\"og:site_name\" content=\"Courier\"></head><body><article>"
        + "<p>The zoo bought a panda from a breeder in the north for a large sum.</p></article></body></html>");
  }

  @Test
  void aFirstUpdateAddsEveryArticle() throws Exception {
    IndexUpdate u = new CorpusIndex().update(corpus, index);
    assertThat(u.added()).isEqualTo(3);
    assertThat(u.processed()).containsExactly("a.txt", "b.md", "sub/c.html");
  }

  @Test
  void anUpdateAfterEditingOneFileReprocessesOnlyThatFile() throws Exception {
    new CorpusIndex().update(corpus, index);
    Files.writeString(corpus.resolve("b.md"), "---\nsource: Herald\n---\n# Ferry\n\nThe ferry service will resume in May, the harbour authority said.\n");
    IndexUpdate u = new CorpusIndex().update(corpus, index);
    assertThat(u.processed()).containsExactly("b.md");
    assertThat(List.of(u.added(), u.changed(), u.removed(), u.unchanged())).containsExactly(0, 1, 0, 2);
    ExtractedCorpus loaded = new CorpusIndex().load(index);
    assertThat(loaded.extracted().get(1).claims()).anySatisfy(c -> assertThat(c.text()).contains("May"));
  }

  @Test
  void anUnchangedCorpusIsNotProcessedAgainAndRemovedFilesLeaveTheIndex() throws Exception {
    new CorpusIndex().update(corpus, index);
    assertThat(new CorpusIndex().update(corpus, index).processed()).isEmpty();
    Files.delete(corpus.resolve("a.txt"));
    IndexUpdate u = new CorpusIndex().update(corpus, index);
    assertThat(u.removed()).isEqualTo(1);
    assertThat(u.processed()).isEmpty();
    assertThat(new CorpusIndex().load(index).corpus().articles()).extracting(a -> a.id()).containsExactly("b.md", "sub/c.html");
  }

  @Test
  void theLoadedCorpusEqualsTheCorpusReadAndExtractedNow() throws Exception {
    new CorpusIndex().update(corpus, index);
    ExtractedCorpus loaded = new CorpusIndex().load(index);
    ExtractedCorpus fresh = ExtractedCorpus.extract("corpus", new CorpusReader().read(corpus));
    assertThat(loaded.name()).isEqualTo("corpus");
    assertThat(loaded.corpus()).isEqualTo(fresh.corpus());
    assertThat(loaded.extracted()).isEqualTo(fresh.extracted());
  }

  @Test
  void checkingAgainstTheIndexGivesTheSameVerdictsAsAgainstTheCorpus() throws Exception {
    new CorpusIndex().update(corpus, index);
    Path draftFile = dir.resolve("draft.md");
    Files.writeString(draftFile, "# Draft\n\nThe council said the bridge would reopen in March after repairs.\n\nThe mayor resigned.\n");
    Draft draft = new DraftReader().read(draftFile, "draft.md", new java.util.ArrayList<>()).orElseThrow();
    CheckResult viaIndex = new DraftChecker().check(new CorpusIndex().load(index), List.of(draft), CheckOptions.DEFAULTS, Map.of());
    CheckResult viaCorpus = new DraftChecker().check(ExtractedCorpus.extract("corpus", new CorpusReader().read(corpus)), List.of(draft), CheckOptions.DEFAULTS, Map.of());
    assertThat(viaIndex.claims()).isNotEmpty();
    assertThat(viaIndex.claims()).isEqualTo(viaCorpus.claims());
  }

  @Test
  void aCheckAgainstTheOpenedIndexReadsNoCorpusFileAndGivesTheVerdictsOfACheckAgainstTheCorpus() throws Exception {
    new CorpusIndex().update(corpus, index);
    Path draftFile = dir.resolve("draft.md");
    Files.writeString(draftFile, "# Draft\n\nThe council said the bridge would reopen in March after repairs.\n\n"
        + "The harbour authority said the ferry service would resume in June.\n\nThe mayor resigned.\n");
    Draft draft = new DraftReader().read(draftFile, "draft.md", new java.util.ArrayList<>()).orElseThrow();
    CheckResult viaCorpus = new DraftChecker().check(ExtractedCorpus.extract("corpus", new CorpusReader().read(corpus)), List.of(draft), CheckOptions.DEFAULTS, Map.of());
    deleteTree(corpus);
    CheckResult viaIndex;
    try (CheckCorpus opened = new CorpusIndex().open(index)) {
      viaIndex = new DraftChecker().check(opened, List.of(draft), CheckOptions.DEFAULTS, Map.of());
    }
    assertThat(viaIndex.claims()).extracting(ClaimFinding::verdict).contains(Verdict.SUPPORTED, Verdict.UNSUPPORTED);
    assertThat(viaIndex.claims()).isEqualTo(viaCorpus.claims());
    assertThat(viaIndex.corpusArticles()).isEqualTo(3);
  }

  @Test
  void theStoredAnalysisIsTheAnalysisOfTheCorpusReadNowAlsoAfterAnIncrementalUpdate() throws Exception {
    new CorpusIndex().update(corpus, index);
    try (CheckCorpus opened = new CorpusIndex().open(index)) {
      assertThat(opened.analysis().whole()).isEqualTo(CorpusAnalysis.of(ExtractedCorpus.extract("corpus", new CorpusReader().read(corpus))));
    }
    Files.writeString(corpus.resolve("d.txt"), "Bridge report\nThe council said the bridge would reopen in March once the deck is repaired.\n");
    Files.writeString(corpus.resolve("a.txt"), "Bridge news\nThe council said the bridge would reopen in May after repairs.\n");
    assertThat(new CorpusIndex().update(corpus, index).processed()).containsExactly("a.txt", "d.txt");
    CorpusAnalysis fresh = CorpusAnalysis.of(ExtractedCorpus.extract("corpus", new CorpusReader().read(corpus)));
    try (CheckCorpus opened = new CorpusIndex().open(index)) {
      assertThat(opened.analysis().whole()).isEqualTo(fresh);
    }
    assertThat(fresh.articleIds()).containsExactly("a.txt", "b.md", "d.txt", "sub/c.html");
    assertThat(fresh.clusters()).flatExtracting(CorpusAnalysis.StoredCluster::claimIds).contains("d.txt#1")
        .hasSize(fresh.terms().claims());
  }

  @Test
  void theOpenedIndexGivesEachClaimsStoredClusterAndContradictionsAsTheAnalysisInMemoryDoes() throws Exception {
    Path seeds = Path.of("..", "seeds");
    new CorpusIndex().update(seeds, index);
    CorpusAnalysis whole = CorpusAnalysis.of(ExtractedCorpus.extract("seeds", new CorpusReader().read(seeds)));
    MemoryAnalysis memory = new MemoryAnalysis(whole);
    List<String> claimIds = whole.clusters().stream().flatMap(c -> c.claimIds().stream()).toList();
    assertThat(whole.contradictions()).isNotEmpty();
    try (CheckCorpus opened = new CorpusIndex().open(index)) {
      StoredAnalysis stored = opened.analysis();
      assertThat(stored.articleCount()).isEqualTo(whole.articleIds().size());
      assertThat(stored.hasArticle(whole.articleIds().get(0))).isTrue();
      assertThat(stored.hasArticle("nowhere.txt")).isFalse();
      assertThat(stored.terms()).isEqualTo(memory.terms());
      Map<String, CorpusAnalysis.StoredCluster> clusters = stored.clustersOf(claimIds);
      assertThat(clusters).isEqualTo(memory.clustersOf(claimIds));
      assertThat(stored.clustersOf(List.of(claimIds.get(0), "nowhere.txt#1"))).containsOnlyKeys(claimIds.get(0));
      assertThat(stored.contradictionsOf(clusters.values())).isEqualTo(memory.contradictionsOf(clusters.values()))
          .isNotEmpty();
    }
  }

  @Test
  void aChangeOfTheDeclaredOriginsAloneReanalysesTheCorpusWithoutExtractingAnyArticle() throws Exception {
    Files.writeString(corpus.resolve("d.txt"), "Bridge report\nThe council said the bridge would reopen in March after repairs.\n");
    new CorpusIndex().update(corpus, index);
    CorpusAnalysis before;
    try (CheckCorpus opened = new CorpusIndex().open(index)) {
      before = opened.analysis().whole();
    }
    Files.writeString(corpus.resolve("origins.csv"), "outlet,origin\na,Bridge Group\nd,Bridge Group\n");
    assertThat(new CorpusIndex().update(corpus, index).processed()).isEmpty();
    CorpusAnalysis fresh = CorpusAnalysis.of(ExtractedCorpus.extract("corpus", new CorpusReader().read(corpus)));
    assertThat(fresh).isNotEqualTo(before);
    try (CheckCorpus opened = new CorpusIndex().open(index)) {
      assertThat(opened.analysis().whole()).isEqualTo(fresh);
    }
  }

  @Test
  void anIndexOfTheFormerFormatIsRefusedWithTheRebuildMessage() throws Exception {
    new CorpusIndex().update(corpus, index);
    try (Directory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Document info = new Document();
      info.add(new StringField("id", "\u0000corpus", Field.Store.YES));
      info.add(new StoredField("json", "{\"format\":\"corroborate-index-2\",\"name\":\"corpus\",\"diagnostics\":[],\"declaredOrigins\":[]}"));
      w.updateDocument(new Term("id", "\u0000corpus"), info);
      w.commit();
    }
    assertThatThrownBy(() -> new CorpusIndex().open(index))
        .isInstanceOf(IndexException.class).hasMessageContaining("run 'corroborate index CORPUS --index");
    assertThatThrownBy(() -> new CorpusIndex().load(index))
        .isInstanceOf(IndexException.class).hasMessageContaining("run 'corroborate index CORPUS --index");
  }

  @Test
  void anIndexMadeByAnotherEngineBuildIsRefusedByChecksAndRebuiltWholeByAnUpdate() throws Exception {
    new CorpusIndex(IngestOptions.DEFAULTS, "build-a").update(corpus, index);
    CorpusIndex other = new CorpusIndex(IngestOptions.DEFAULTS, "build-b");
    assertThatThrownBy(() -> other.open(index))
        .isInstanceOf(IndexException.class).hasMessageContaining("another build of corroborate")
        .hasMessageContaining("run 'corroborate index CORPUS --index");
    assertThatThrownBy(() -> other.load(index))
        .isInstanceOf(IndexException.class).hasMessageContaining("another build of corroborate");
    // the same files, unchanged: another build still extracts every one of them again
    IndexUpdate u = other.update(corpus, index);
    assertThat(u.processed()).containsExactly("a.txt", "b.md", "sub/c.html");
    assertThat(List.of(u.added(), u.changed(), u.removed(), u.unchanged())).containsExactly(3, 0, 0, 0);
    try (CheckCorpus opened = other.open(index)) {
      assertThat(opened.analysis().whole().clusters()).isNotEmpty();
    }
    assertThat(other.update(corpus, index).processed()).isEmpty();
  }

  static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void aSecondConcurrentUpdateIsRefusedWithAClearMessage() throws Exception {
    new CorpusIndex().update(corpus, index);
    try (Directory d = FSDirectory.open(index); IndexWriter holder = new IndexWriter(d, new IndexWriterConfig())) {
      assertThat(holder.isOpen()).isTrue();
      assertThatThrownBy(() -> new CorpusIndex().update(corpus, index))
          .isInstanceOf(IndexException.class)
          .hasMessageContaining("another 'corroborate index' is updating")
          .satisfies(e -> assertThat(((IndexException) e).problem()).isEqualTo(IndexException.Problem.LOCKED));
    }
  }

  @Test
  void anUpdateThatNeverCommitsLeavesThePreviousIndexUsable() throws Exception {
    new CorpusIndex().update(corpus, index);
    try (Directory d = FSDirectory.open(index); IndexWriter crashed = new IndexWriter(d, new IndexWriterConfig())) {
      crashed.deleteAll();
      crashed.flush();
      crashed.rollback();
    }
    assertThat(new CorpusIndex().load(index).corpus().articles()).hasSize(3);
  }

  @Test
  void loadingAMissingIndexSaysSo() {
    assertThatThrownBy(() -> new CorpusIndex().load(dir.resolve("nowhere")))
        .isInstanceOf(IndexException.class)
        .satisfies(e -> assertThat(((IndexException) e).problem()).isEqualTo(IndexException.Problem.MISSING));
  }

  static List<String> verdicts(CheckResult r) {
    return r.claims().stream().map(ClaimFinding::verdict).map(Enum::name).toList();
  }
}
