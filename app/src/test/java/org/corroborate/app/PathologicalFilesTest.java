package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological corpora, generated at test time (never committed), scanned by the CLI in a child JVM
 * whose heap is bounded with -Xmx: the run ends, every bad file gets a message naming it, no stack
 * trace reaches the user, and the good articles are still read. Wall time and the heap bound are
 * printed for the record, not asserted. The slow cases run with {@code -Dcorroborate.robust.slow=true}.
 */
class PathologicalFilesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SEEDS = Path.of("..", "seeds");
  static final String HEAP = "512m";

  @TempDir Path dir;

  record Scan(int exitCode, JsonNode report, String err, long millis) {
    Map<String, String> problems() {
      Map<String, String> out = new TreeMap<>();
      report.get("diagnostics").forEach(d -> out.merge(d.get("file").asText(), d.get("problem").asText(), (a, b) -> a + "; " + b));
      return out;
    }

    List<String> articleIds() {
      List<String> ids = new ArrayList<>();
      report.get("articles").forEach(a -> ids.add(a.get("id").asText()));
      return ids;
    }
  }

  Scan scan(Path corpus, String name) throws Exception {
    long t0 = System.nanoTime();
    ChildCli.Child child = ChildCli.start(dir.resolve("logs"), name, HEAP, true, "scan", corpus.toString(), "--format", "json", "--quiet");
    int code = child.waitFor(600);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    String err = child.stderr();
    assertThat(err).as("no stack trace reaches the user").doesNotContain("\tat ").doesNotContain("Exception");
    System.out.printf(Locale.ROOT, "pathological %s: exit %d in %d ms, peak RSS %d MB, with -Xmx%s%n",
        name, code, millis, child.peakRssKb() / 1024, HEAP);
    JsonNode report = code == ExitCodes.OK || code == ExitCodes.NO_ARTICLES ? JSON.readTree(child.stdout()) : null;
    return new Scan(code, report, err, millis);
  }

  String seed(int i) throws IOException {
    try (var s = Files.list(SEEDS)) {
      Path p = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList().get(i);
      return Files.readString(p, StandardCharsets.UTF_8);
    }
  }

  void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  @Test
  void aCorpusOfBrokenEncodingsBinariesLinksAndOddNamesIsReadWithAMessageForEachBadFile() throws Exception {
    Path c = dir.resolve("corpus");
    write(c.resolve("good.txt"), seed(0).getBytes(StandardCharsets.UTF_8));
    write(c.resolve("with spaces/seed two.txt"), seed(2).getBytes(StandardCharsets.UTF_8));
    write(c.resolve("line\nbreak.txt"), seed(3).getBytes(StandardCharsets.UTF_8));
    write(c.resolve("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u8a18\u4e8b \u0646\u0635.txt"), seed(4).getBytes(StandardCharsets.UTF_8));
    byte[] utf8 = seed(1).getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[utf8.length + 3];
    System.arraycopy(utf8, 0, invalid, 0, 200);
    invalid[200] = (byte) 0xC3;
    invalid[201] = (byte) 0x28;
    invalid[202] = (byte) 0xFF;
    System.arraycopy(utf8, 200, invalid, 203, utf8.length - 200);
    write(c.resolve("invalid-utf8.txt"), invalid);
    byte[] le = seed(2).getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    write(c.resolve("utf16-bom.txt"), withBom);
    write(c.resolve("utf16be-no-bom.txt"), seed(3).getBytes(StandardCharsets.UTF_16BE));
    write(c.resolve("nul.txt"), ("The council said the bridge would reopen.\u0000\u0000 It did not.").getBytes(StandardCharsets.UTF_8));
    byte[] png = new byte[4096];
    new Random(1).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
    write(c.resolve("photo.txt"), png);
    write(c.resolve("bad\nname.txt"), png);
    write(c.resolve("paper.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    write(c.resolve("empty.md"), new byte[0]);
    Files.createDirectories(c.resolve("empty folder"));
    Files.createDirectories(c.resolve("loops"));
    Files.createSymbolicLink(c.resolve("loops/a.txt"), c.resolve("loops/b.txt"));
    Files.createSymbolicLink(c.resolve("loops/b.txt"), c.resolve("loops/a.txt"));
    Files.createSymbolicLink(c.resolve("loops/up"), c);
    write(c.resolve("nested.html"), nestedHtml(100_000));

    Scan scan = scan(c, "mixed");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    assertThat(scan.articleIds()).contains("good.txt", "with spaces/seed two.txt", "line\nbreak.txt",
        "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u8a18\u4e8b \u0646\u0635.txt", "invalid-utf8.txt", "utf16-bom.txt", "utf16be-no-bom.txt");
    Map<String, String> problems = scan.problems();
    assertThat(problems.get("invalid-utf8.txt")).contains("invalid UTF-8 (first at byte 200)");
    assertThat(problems.get("utf16be-no-bom.txt")).contains("no byte-order mark");
    assertThat(problems.get("nul.txt")).contains("NUL byte");
    assertThat(problems.get("photo.txt")).contains("binary file");
    assertThat(problems.get("paper.txt")).contains("PDF");
    assertThat(problems.get("empty.md")).contains("empty file");
    assertThat(problems.get("loops/a.txt")).contains("symbolic link");
    assertThat(problems.get("loops/b.txt")).contains("symbolic link");
    assertThat(problems.get("nested.html")).contains("nested deeper than");
    assertThat(problems.get("bad\nname.txt")).contains("binary file");
    assertThat(scan.err()).as("a line break in a name is not a line break on the terminal")
        .contains("warning: bad name.txt: binary file").doesNotContain("bad\nname");
  }

  @Test
  void anEmptyFolderEndsWithExitOneAndSaysThereIsNoArticle() throws Exception {
    Path c = Files.createDirectories(dir.resolve("empty"));
    Scan scan = scan(c, "empty-folder");
    assertThat(scan.exitCode()).isEqualTo(ExitCodes.NO_ARTICLES);
    assertThat(scan.err()).contains("no readable article");
  }

  @Test
  void aFileOf200MegabytesIsSkippedWithItsSizeWithoutBeingRead() throws Exception {
    Path c = dir.resolve("big");
    write(c.resolve("good.txt"), seed(0).getBytes(StandardCharsets.UTF_8));
    byte[] block = seed(1).repeat(100).getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(c.resolve("dump.txt"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      long written = 0;
      while (written < 200_000_000L) {
        written += ch.write(ByteBuffer.wrap(block));
      }
    }
    Scan scan = scan(c, "200MB");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    assertThat(scan.articleIds()).containsExactly("good.txt");
    assertThat(scan.problems().get("dump.txt")).contains("over the 21.0 MB limit");
  }

  @Test
  void aTwentyMegabyteFileOfOneLineIsCutAtTheCharacterLimitAndTheRestIsRead() throws Exception {
    Path c = dir.resolve("line");
    write(c.resolve("good.txt"), seed(0).getBytes(StandardCharsets.UTF_8));
    StringBuilder line = new StringBuilder(20_100_000);
    for (int i = 0; line.length() < 20_000_000; i++) {
      line.append("Officials said on Tuesday that contract ").append(i).append(" was worth ").append(i % 97 + 3).append(" million dollars. ");
    }
    write(c.resolve("one-line.txt"), line.toString().getBytes(StandardCharsets.UTF_8));
    Scan scan = scan(c, "20MB-line");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    assertThat(scan.articleIds()).containsExactly("good.txt", "one-line.txt");
    assertThat(scan.problems().get("one-line.txt")).contains("over the limit of 500,000").contains("only the first 500,000 were read");
  }

  @Test
  @EnabledIfSystemProperty(named = "corroborate.robust.slow", matches = "true")
  void aFolderOf100000TinyFilesIsReadWithinTheHeapBound() throws Exception {
    Path c = dir.resolve("tiny");
    write(c.resolve("good.txt"), seed(0).getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 100_000; i++) {
      Path f = c.resolve(String.format(Locale.ROOT, "d%03d/t%05d.txt", i / 1000, i));
      if (i % 1000 == 0) Files.createDirectories(f.getParent());
      try (OutputStream o = Files.newOutputStream(f)) {
        o.write(("Note " + i + ".").getBytes(StandardCharsets.UTF_8));
      }
    }
    Scan scan = scan(c, "100k-files");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    // Each note is too short for the language check to judge, so each is read as an article.
    assertThat(scan.articleIds()).hasSize(100_001).contains("good.txt");
  }

  static byte[] nestedHtml(int depth) {
    StringBuilder b = new StringBuilder(depth * 11 + 200);
    b.append("<html><body><article><p>The council said on Tuesday that the bridge would reopen in March after repairs.</p>");
    b.append("<div>".repeat(depth)).append("Deep text.").append("</div>".repeat(depth));
    b.append("</article></body></html>");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
