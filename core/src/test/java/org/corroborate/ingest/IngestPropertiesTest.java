package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.corroborate.robust.HostileText;
import org.corroborate.robust.TempFolders;

/**
 * Every ingest entry point on generated hostile input: nothing throws, a file that cannot be used
 * becomes a diagnostic naming it, and what is read keeps the promises offsets rely on.
 */
class IngestPropertiesTest {

  @Provide
  Arbitrary<byte[]> contents() {
    return HostileText.bytes();
  }

  @Provide
  Arbitrary<String> texts() {
    return HostileText.text();
  }

  @Provide
  Arbitrary<String> extensions() {
    return HostileText.extension();
  }

  @Property(tries = 300)
  void anyFileInAnySupportedFormatBecomesAnArticleOrADiagnosticNamingIt(
      @ForAll("contents") byte[] bytes, @ForAll("extensions") String ext, @ForAll boolean requireEnglish) throws IOException {
    Path dir = TempFolders.create();
    try {
      String name = "article." + ext;
      Files.write(dir.resolve(name), bytes);
      Corpus corpus = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 10, requireEnglish)).read(dir);
      assertThat(corpus.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo(name));
      assertThat(corpus.articles()).hasSizeLessThanOrEqualTo(1);
      if (corpus.articles().isEmpty()) {
        assertThat(corpus.diagnostics()).as("a skipped file says why").isNotEmpty();
      } else {
        Article a = corpus.articles().get(0);
        assertThat(a.id()).isEqualTo(name);
        assertThat(a.text()).isNotBlank().doesNotContain("\r").doesNotContain("\u0000");
        assertThat(a.source()).isNotBlank();
      }
    } finally {
      TempFolders.delete(dir);
    }
  }

  @Property(tries = 500)
  void markdownTextKeepsEveryCharacterAtItsOffsetOrBlanksIt(@ForAll("texts") String markdown) {
    ParsedDocument doc = new MarkdownDocumentParser().parse(markdown);
    String text = doc.text();
    assertThat(text).hasSameSizeAs(markdown);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != markdown.charAt(i)) {
        assertThat(c).as("offset %d of %s", i, markdown).isIn(' ', '-');
      }
    }
  }

  @Property(tries = 500)
  void htmlParsingNeverThrowsAndGivesOneTrimmedBlockPerLine(@ForAll("texts") String html) {
    ParsedDocument doc = new HtmlDocumentParser().parse(html, "page.html");
    for (String line : doc.text().split("\n")) {
      if (doc.text().isEmpty()) break;
      assertThat(line).isNotBlank().isEqualTo(line.strip());
    }
  }

  @Property(tries = 300)
  void anyDecodedTextHasOnlyLineFeedsAndNoNul(@ForAll("contents") byte[] bytes) {
    TextDecoder decoder = new TextDecoder();
    if (decoder.binaryReason(bytes).isPresent()) return;
    DecodedText decoded = decoder.decode(bytes);
    assertThat(decoded.text()).doesNotContain("\r").doesNotContain("\u0000");
    assertThat(decoded.warnings()).allSatisfy(w -> assertThat(w).isNotBlank());
  }

  @Property(tries = 300)
  void anyManifestIsReadWithItsProblemsAsDiagnosticsAndNoEntryOutsideTheFolder(
      @ForAll("texts") String sources, @ForAll("texts") String origins, @ForAll boolean withHeader) throws IOException {
    Path dir = TempFolders.create();
    try {
      Files.writeString(dir.resolve("a.txt"), "The council said the bridge would reopen in March.", StandardCharsets.UTF_8);
      String header = withHeader ? "file,source,url,published,aliases\n" : "";
      Files.write(dir.resolve(ManifestReader.SOURCES), (header + sources).getBytes(StandardCharsets.UTF_8));
      Files.write(dir.resolve(ManifestReader.ORIGINS), ((withHeader ? "outlet,origin\n" : "") + origins).getBytes(StandardCharsets.UTF_8));
      Manifest m = new ManifestReader().read(dir.toAbsolutePath().normalize());
      assertThat(m.diagnostics()).extracting(Diagnostic::file).isSubsetOf(Set.of(ManifestReader.SOURCES, ManifestReader.ORIGINS));
      assertThat(m.diagnostics()).allSatisfy(d -> assertThat(d.problem()).isNotBlank());
      for (String id : m.entries().keySet()) {
        // a file may be named "..notes" and still lie inside the folder: compare path names, not strings
        assertThat(id).doesNotStartWith("/");
        assertThat(Path.of(id).normalize().startsWith("..")).as(id).isFalse();
        assertThat(dir.resolve(id).toAbsolutePath().normalize()).startsWithRaw(dir.toAbsolutePath().normalize());
      }
      m.origins().forEach(o -> assertThat(o.outlet()).isNotBlank());
    } finally {
      TempFolders.delete(dir);
    }
  }

  @Property(tries = 200)
  void readingOneFileNeverThrowsWhateverItsBytes(@ForAll("contents") byte[] bytes, @ForAll("extensions") String ext) throws IOException {
    Path dir = TempFolders.create();
    try {
      Path file = dir.resolve("draft." + ext);
      Files.write(file, bytes);
      List<Diagnostic> diagnostics = new ArrayList<>();
      Optional<Article> a = new CorpusReader().readFile(file, "shown/draft." + ext, diagnostics);
      assertThat(diagnostics).allSatisfy(d -> assertThat(d.file()).isEqualTo("shown/draft." + ext));
      assertThat(a.isPresent() || !diagnostics.isEmpty()).isTrue();
    } finally {
      TempFolders.delete(dir);
    }
  }
}
