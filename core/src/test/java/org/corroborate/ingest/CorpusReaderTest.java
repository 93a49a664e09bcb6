package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.OutletOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  private static final String ENGLISH =
      "The council said on Tuesday that the bridge would reopen in March after repairs to its deck. "
          + "Engineers found that the steel was in better shape than they had expected, and the work is on schedule. "
          + "Residents have complained for months about the detour, which adds twenty minutes to the trip.";

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private Corpus read() throws IOException {
    return new CorpusReader().read(dir);
  }

  private static Map<String, String> problems(Corpus corpus) {
    return corpus.diagnostics().stream().collect(Collectors.toMap(Diagnostic::file, Diagnostic::problem, (a, b) -> a + "; " + b, TreeMap::new));
  }

  @Test
  void readsEveryArticleFormatRecursivelyInSortedOrder() throws IOException {
    write("b.txt", "Bridge to reopen\n" + ENGLISH);
    write("a/z.md", "# Bridge news\n\n" + ENGLISH);
    write("a/y.html", "<html><head><title>Bridge</title></head><body><p>" + ENGLISH + "</p></body></html>");
    write("notes.csv", "x,y\n");
    Corpus corpus = read();
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a/y.html", "a/z.md", "b.txt");
    assertThat(corpus.diagnostics()).isEmpty();
  }

  @Test
  void plainTextKeepsItsTextAndTakesATitleLikeFirstLineAsTitle() throws IOException {
    write("a.txt", "Bridge to reopen in March\n" + ENGLISH + "\n");
    write("b.txt", ENGLISH);
    Corpus corpus = read();
    assertThat(corpus.articles().get(0).title()).isEqualTo("Bridge to reopen in March");
    assertThat(corpus.articles().get(0).text()).isEqualTo("Bridge to reopen in March\n" + ENGLISH + "\n");
    assertThat(corpus.articles().get(1).title()).isEmpty();
  }

  @Test
  void sourceComesFromTheManifestBeforeMetadataFrontMatterAndFileName() throws IOException {
    write("listed.html", "<html><head><meta property=\"og:site_name\" content=\"Meta Outlet\"></head><body><p>" + ENGLISH + "</p></body></html>");
    write("meta.html", "<html><head><meta property=\"og:site_name\" content=\"Meta Outlet\">"
        + "<meta property=\"article:published_time\" content=\"2026-02-24T10:00:00Z\"></head><body><p>" + ENGLISH + "</p></body></html>");
    write("front.md", "---\nsource: Front Outlet\ntitle: Bridge\nurl: https://example.org/b\npublished: 2026-02-25\n---\n" + ENGLISH);
    write("plain-name.txt", ENGLISH);
    write("sources.csv", "file,source,url,published\nlisted.html,Manifest Outlet,https://example.org/l,2026-02-26\n");
    Map<String, Article> byId = read().articles().stream().collect(Collectors.toMap(Article::id, a -> a));
    assertThat(byId.get("listed.html").source()).isEqualTo("Manifest Outlet");
    assertThat(byId.get("listed.html").published()).isEqualTo("2026-02-26");
    assertThat(byId.get("meta.html").source()).isEqualTo("Meta Outlet");
    assertThat(byId.get("meta.html").published()).isEqualTo("2026-02-24T10:00:00Z");
    assertThat(byId.get("front.md").source()).isEqualTo("Front Outlet");
    assertThat(byId.get("front.md").url()).isEqualTo("https://example.org/b");
    assertThat(byId.get("front.md").title()).isEqualTo("Bridge");
    assertThat(byId.get("plain-name.txt").source()).isEqualTo("plain-name");
  }

  @Test
  void aliasesInTheManifestFoldSpellingsOfOneOutlet() throws IOException {
    write("a.md", "---\nsource: nyt\n---\n" + ENGLISH);
    write("b.md", "---\nsource: the new york times\n---\n" + ENGLISH);
    write("c.txt", ENGLISH);
    write("sources.csv", "file,source,url,published,aliases\nc.txt,The New York Times,,,nyt|NYTimes\n");
    assertThat(read().articles()).extracting(Article::source).containsOnly("The New York Times");
  }

  @Test
  void badManifestRowsAndUnknownColumnsAreReportedAndTheRestIsUsed() throws IOException {
    write("a.txt", ENGLISH);
    write("b.txt", ENGLISH);
    write("sources.csv", "file,source,url,published,owner\n"
        + "../outside.txt,Evil,,,\n"
        + "a.txt,Alpha,,,\n"
        + "missing.txt,Ghost,,,\n"
        + "b.txt,Beta\n");
    Corpus corpus = read();
    assertThat(corpus.articles()).extracting(Article::source).containsExactly("Alpha", "b");
    assertThat(problems(corpus).get("sources.csv"))
        .contains("unknown column(s) owner")
        .contains("line 2: '../outside.txt' is outside the folder")
        .contains("line 4: no such file 'missing.txt'")
        .contains("line 5: has 2 fields, the header has 5");
  }

  @Test
  void originsFileDeclaresOutletsThatAreNotIndependent() throws IOException {
    write("a.txt", ENGLISH);
    write("origins.csv", "outlet,origin\nDaily Sister,Parent Media\n,Nobody\n");
    Corpus corpus = read();
    assertThat(corpus.declaredOrigins()).containsExactly(new OutletOrigin("Daily Sister", "Parent Media"));
    assertThat(problems(corpus).get("origins.csv")).contains("line 3: outlet and origin are both required");
  }

  @Test
  void unusableFilesBecomeDiagnosticsNamingTheFileAndTheRunGoesOn() throws IOException {
    write("good.txt", ENGLISH);
    write("empty.txt", "");
    Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 3, 0, 'b'});
    Files.write(dir.resolve("paper.txt"), "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
    write("german.txt", "Der Rat teilte am Dienstag mit, dass die Brücke nach den Reparaturen im März wieder geöffnet wird. ".repeat(8));
    Corpus corpus = read();
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("good.txt");
    Map<String, String> problems = problems(corpus);
    assertThat(problems.get("empty.txt")).contains("empty file");
    assertThat(problems.get("binary.txt")).contains("binary file");
    assertThat(problems.get("paper.txt")).contains("PDF");
    assertThat(problems.get("german.txt")).contains("does not look like English");
  }

  @Test
  void aFileOverTheSizeLimitIsSkippedWithItsSize() throws IOException {
    write("big.txt", ENGLISH.repeat(100));
    write("small.txt", ENGLISH);
    Corpus corpus = new CorpusReader(new IngestOptions(10_000, 100, true)).read(dir);
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("small.txt");
    assertThat(problems(corpus).get("big.txt")).contains("over the 0.0 MB limit").contains("MB");
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementAndAWarning() throws IOException {
    byte[] good = ENGLISH.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, 10);
    bytes[10] = (byte) 0xC3;
    bytes[11] = (byte) 0x28;
    System.arraycopy(good, 10, bytes, 12, good.length - 10);
    Files.write(dir.resolve("bad.txt"), bytes);
    Corpus corpus = read();
    assertThat(corpus.articles()).hasSize(1);
    assertThat(corpus.articles().get(0).text()).contains("\uFFFD");
    assertThat(corpus.articles().get(0).warnings()).anyMatch(w -> w.contains("invalid UTF-8 (first at byte 10)"));
    assertThat(problems(corpus).get("bad.txt")).contains("invalid UTF-8");
  }

  @Test
  void utf16WithAndWithoutByteOrderMarkIsDecoded() throws IOException {
    Files.write(dir.resolve("le-bom.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ENGLISH.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(dir.resolve("be-bom.txt"), ENGLISH.getBytes(StandardCharsets.UTF_16));
    Files.write(dir.resolve("le-plain.txt"), ENGLISH.getBytes(StandardCharsets.UTF_16LE));
    Corpus corpus = read();
    assertThat(corpus.articles()).hasSize(3).allSatisfy(a -> assertThat(a.text()).isEqualTo(ENGLISH));
  }

  @Test
  void windowsLineEndingsBecomeLineFeeds() throws IOException {
    write("crlf.txt", "Title here\r\n" + ENGLISH + "\r\n");
    assertThat(read().articles().get(0).text()).isEqualTo("Title here\n" + ENGLISH + "\n");
  }

  @Test
  void htmlKeepsTheArticleBodyAsBlocksAndDropsPageChrome() throws IOException {
    write("page.html", """
        <html><head><title>Bridge to reopen</title><script>var x = "tracking";</script></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Bridge to reopen</h1><p>The council said the bridge would reopen in March.</p>
        <ul><li>Repairs cost $2 million.</li><li>Work started in May.</li></ul>
        <p>Engineers were <em>pleased</em> with the steel.</p></article>
        <footer>Copyright 2026 Example News. Subscribe now!</footer></body></html>
        """);
    Article a = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 10, false)).read(dir).articles().get(0);
    assertThat(a.title()).isEqualTo("Bridge to reopen");
    assertThat(a.text()).isEqualTo("""
        Bridge to reopen
        The council said the bridge would reopen in March.
        - Repairs cost $2 million.
        - Work started in May.
        Engineers were pleased with the steel.
        """);
  }

  @Test
  void markdownMarkupIsBlankedSoOffsetsMatchTheFileOnDisk() throws IOException {
    String md = "---\nsource: Example\n---\n# Bridge **to** reopen\n\nThe [council](https://x.org) said *it* would reopen.\n";
    write("a.md", md);
    Article a = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 10, false)).read(dir).articles().get(0);
    assertThat(a.text()).hasSameSizeAs(md);
    int at = md.indexOf("said");
    assertThat(a.text().substring(at, at + 4)).isEqualTo("said");
    assertThat(a.text()).doesNotContain("**").doesNotContain("https://x.org").doesNotContain("source:");
    assertThat(a.text().replaceAll("\\s+", " ").strip()).isEqualTo("Bridge to reopen The council said it would reopen.");
  }

  @Test
  void symbolicLinksAreNotFollowed() throws IOException {
    write("real.txt", ENGLISH);
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("real.txt"));
    Corpus corpus = read();
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("real.txt");
  }

  @Test
  void aFolderNamedThroughALinkIsReadAsTheFolderItself(@TempDir Path elsewhere) throws IOException {
    write("real.txt", ENGLISH);
    write("sources.csv", "file,source,url,published\nreal.txt,Alpha,,\n");
    Path link = Files.createSymbolicLink(elsewhere.resolve("corpus"), dir);
    Corpus direct = read();
    Corpus viaLink = new CorpusReader().read(link);
    assertThat(viaLink.articles()).extracting(Article::id, Article::source).containsExactly(tuple("real.txt", "Alpha"));
    assertThat(viaLink.articles()).isEqualTo(direct.articles());
  }

  @Test
  void readingNeverWritesIntoTheFolder() throws IOException {
    write("a.txt", ENGLISH);
    write("sources.csv", "file,source,url,published\na.txt,Alpha,,\n");
    FileTime before = Files.getLastModifiedTime(dir);
    List<Path> filesBefore = list();
    read();
    assertThat(list()).isEqualTo(filesBefore);
    assertThat(Files.getLastModifiedTime(dir)).isEqualTo(before);
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> new CorpusReader().read(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void theSeedsManifestNamesScoutAndAxios() throws IOException {
    Corpus corpus = new CorpusReader().read(Path.of("..", "seeds"));
    assertThat(corpus.diagnostics()).isEmpty();
    assertThat(corpus.articles()).extracting(Article::source)
        .containsExactly("Scout", "001_6844b50b0a20304e", "002_a594fe0b7e95a120", "003_fa55d91c84da661e", "Axios");
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
