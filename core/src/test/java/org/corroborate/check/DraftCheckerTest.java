package org.corroborate.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCheckerTest {
  @TempDir Path dir;
  ExtractedCorpus corpus;

  @BeforeEach
  void corpus() throws IOException {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("a.txt"), "Bridge news\nThe council said the bridge would reopen in March after repairs to its deck.\n");
    Files.writeString(c.resolve("b.txt"), "Harbour news\nThe harbour authority said the ferry service would resume in April.\n");
    corpus = ExtractedCorpus.extract("corpus", new CorpusReader().read(c));
  }

  Draft draft(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    List<Diagnostic> diagnostics = new ArrayList<>();
    return new DraftReader().read(f, name, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.toString()));
  }

  CheckResult check(Draft d) {
    return new DraftChecker().check(corpus, List.of(d), CheckOptions.DEFAULTS, Map.of());
  }

  static ClaimFinding claimStarting(CheckResult r, String prefix) {
    return r.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim starting '" + prefix + "' in " + r.claims()));
  }


  /** The raw file's 1-based line and column of {@code offset}, counted independently of the checker. */
  static int[] lineAndColumn(String raw, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (raw.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  @Test
  void aMarkdownClaimIsReportedAtItsFirstSpanAndEndsAfterItsLastSpanInTheFileAsOnDisk() throws IOException {
    String raw = "---\ntitle: T\n---\n\n# Heading\n\nSome **bold** text here. The mayor resigned on Monday.\n";
    CheckResult r = check(draft("d.md", raw));
    ClaimFinding mayor = claimStarting(r, "The mayor resigned");
    assertThat(mayor.line()).isEqualTo(7);
    assertThat(mayor.column()).isEqualTo("Some **bold** text here. ".length() + 1);
    assertThat(mayor.endLine()).isEqualTo(7);
    // the claim's last span ends with "Monday"; the full stop is no part of the claim
    assertThat(mayor.endColumn()).isEqualTo("Some **bold** text here. The mayor resigned on Monday".length() + 1);
    ClaimFinding heading = claimStarting(r, "Heading");
    assertThat(List.of(heading.line(), heading.column())).containsExactly(5, 3);
  }

  @Test
  void aClaimWhoseSentenceStartsWithAnAttributionIsReportedWhereItsOwnWordsStart() throws IOException {
    String raw = "# Notes\n\nOfficials said the mayor resigned on Monday.\n";
    ClaimFinding mayor = claimStarting(check(draft("d.md", raw)), "the mayor resigned");
    assertThat(mayor.sentence()).startsWith("Officials said");
    assertThat(List.of(mayor.line(), mayor.column())).containsExactly(3, "Officials said ".length() + 1);
  }

  @Test
  void everyMarkdownClaimsPositionIsThatOfItsEvidenceStartInTheRawFile() throws IOException {
    String raw = "# Harbour\n\nThe ferry, which the *harbour authority* runs,\nresumed in April. Officials said the bridge\n"
        + "would reopen in March, and the mayor resigned on Monday.\n\n> The zoo bought a panda.\n";
    CheckResult r = check(draft("d.md", raw));
    assertThat(r.claims()).hasSizeGreaterThan(3);
    for (ClaimFinding f : r.claims()) {
      assertThat(new int[] {f.line(), f.column()}).as(f.text()).containsExactly(lineAndColumn(raw, f.start()));
      assertThat(new int[] {f.endLine(), f.endColumn()}).as(f.text()).containsExactly(lineAndColumn(raw, f.end()));
    }
  }

  @Test
  void crlfLineEndingsDoNotShiftColumnsOrLines() throws IOException {
    Draft d = draft("d.txt", "Title line\r\n\r\nFirst sentence here.\r\nThe mayor resigned on Monday.\r\n");
    ClaimFinding mayor = claimStarting(check(d), "The mayor resigned");
    assertThat(mayor.line()).isEqualTo(4);
    assertThat(mayor.column()).isEqualTo(1);
    String raw = Files.readString(dir.resolve("d.txt"));
    assertThat(raw.split("\r\n")[3]).startsWith("The mayor");
  }


  @Test
  void htmlClaimsAreFoundInTheRawPageDespiteTagsAndEntities() throws IOException {
    String html = "<html><head><title>News</title><style>p{}</style></head>\n<body>\n<article>\n"
        + "<p>The council&#8217;s <em>engineers</em> said the bridge was safe.</p>\n"
        + "  <p>The mayor &amp; the council resigned on Monday.</p>\n</article></body></html>\n";
    CheckResult r = check(draft("d.html", html));
    ClaimFinding bridge = claimStarting(r, "the bridge was safe");
    assertThat(List.of(bridge.line(), bridge.column())).containsExactly(4, html.lines().toList().get(3).indexOf("the bridge") + 1);
    ClaimFinding mayor = claimStarting(r, "The mayor resigned on Monday");
    assertThat(List.of(mayor.line(), mayor.column())).containsExactly(5, 6);
    ClaimFinding council = claimStarting(r, "the council resigned on Monday");
    assertThat(List.of(council.line(), council.column())).containsExactly(5, "  <p>The mayor &amp; ".length() + 1);
    assertThat(List.of(council.endLine(), council.endColumn())).containsExactly(5, "  <p>The mayor &amp; the council resigned on Monday".length() + 1);
    assertThat(r.drafts().get(0).warnings()).isEmpty();
  }

  @Test
  void aSentenceRepeatedInAnHtmlDraftHasEachOfItsClaimsFoundInItsOwnParagraph() throws IOException {
    String p = "<p>The mayor and the council resigned on Monday.</p>\n";
    String html = "<html><body>\n" + p + p + "</body></html>\n";
    CheckResult r = check(draft("d.html", html));
    List<String> positions = r.claims().stream().map(c -> c.text() + " @" + c.line() + ":" + c.column()).toList();
    int council = p.indexOf("the council") + 1;
    assertThat(positions).containsExactly(
        "The mayor resigned on Monday @2:4", "the council resigned on Monday @2:" + council,
        "The mayor resigned on Monday @3:4", "the council resigned on Monday @3:" + council);
    assertThat(r.drafts().get(0).warnings()).isEmpty();
  }

  @Test
  void fingerprintsStayTheSameWhenUnrelatedPartsOfTheDraftChange() throws IOException {
    CheckResult before = check(draft("d.md", "# Title\n\nThe mayor resigned on Monday.\n\nThe zoo bought a panda.\n"));
    CheckResult after = check(draft("d.md", "# Another title\n\nA new first paragraph was added.\n\nThe mayor resigned on Monday.\n\nThe zoo bought a panda.\n"));
    assertThat(claimStarting(after, "The mayor").fingerprint()).isEqualTo(claimStarting(before, "The mayor").fingerprint());
    assertThat(claimStarting(after, "The zoo").fingerprint()).isEqualTo(claimStarting(before, "The zoo").fingerprint());
    assertThat(claimStarting(after, "The zoo").fingerprint()).isNotEqualTo(claimStarting(after, "The mayor").fingerprint());
  }

  @Test
  void identicalClaimsInOneDraftGetDistinctFingerprints() throws IOException {
    CheckResult r = check(draft("d.md", "The mayor resigned on Monday.\n\nThe mayor resigned on Monday.\n"));
    assertThat(r.claims()).hasSize(2);
    assertThat(r.claims().get(0).fingerprint()).isNotEqualTo(r.claims().get(1).fingerprint());
  }

  @Test
  void anInlineWaiverWaivesTheFindingsOfTheNextParagraphOnlyAndReportsThem() throws IOException {
    Draft d = draft("d.md", "The zoo bought a panda.\n\n<!-- corroborate: ignore \"announced at our own event\" -->\n"
        + "The mayor resigned on Monday.\n\nThe library closed for good.\n");
    CheckResult r = check(d);
    ClaimFinding mayor = claimStarting(r, "The mayor");
    assertThat(mayor.verdict()).isEqualTo(Verdict.UNSUPPORTED);
    assertThat(mayor.waiver()).isEqualTo(new Waiver("announced at our own event", Waiver.INLINE));
    assertThat(mayor.failing()).isFalse();
    assertThat(claimStarting(r, "The zoo").waiver()).isNull();
    assertThat(claimStarting(r, "The library").waiver()).isNull();
    assertThat(claimStarting(r, "The library").failing()).isTrue();
    assertThat(r.waivedCount()).isEqualTo(1);
  }


  @Test
  void aWaiverFileWaivesTheClaimWithTheFingerprintAReportGaveIt() throws IOException {
    Draft d = draft("d.md", "The zoo bought a panda.\n\nThe mayor resigned on Monday.\n");
    String fp = claimStarting(check(d), "The zoo").fingerprint();
    CheckResult r = new DraftChecker().check(corpus, List.of(d), CheckOptions.DEFAULTS, Map.of(fp, "checked by phone"));
    assertThat(claimStarting(r, "The zoo").waiver()).isEqualTo(new Waiver("checked by phone", Waiver.FILE));
    assertThat(claimStarting(r, "The zoo").failing()).isFalse();
    assertThat(claimStarting(r, "The mayor").waiver()).isNull();
    assertThat(r.failingCount()).isEqualTo(1);
    assertThat(r.waivedCount()).isEqualTo(1);
  }

  @Test
  void ignoredOutletsAreLeftOutOfTheCorpus() throws IOException {
    Draft d = draft("d.md", "The mayor resigned on Monday.\n");
    CheckResult r = new DraftChecker().check(corpus, List.of(d), new CheckOptions(1, CheckOptions.DEFAULT_FAIL_ON, Set.of("a")), Map.of());
    assertThat(r.corpusArticles()).isEqualTo(1);
  }

  @Test
  void verdictsNotInFailOnDoNotFail() throws IOException {
    Draft d = draft("d.md", "The mayor resigned on Monday.\n");
    CheckResult r = new DraftChecker().check(corpus, List.of(d), new CheckOptions(1, Set.of(Verdict.CONTRADICTED), Set.of()), Map.of());
    assertThat(r.claims()).allSatisfy(c -> assertThat(c.failing()).isFalse());
  }

  @Test
  void randomDraftsNeverBreakTheCheck() throws IOException {
    Random random = new Random(8);
    int[] alphabet = "abc XYZ.,;:!?\n\r\t<>&#*_-[]()\"'\u00e9\u2019\ud83d\ude00<!-- corroborate: ignore -->".codePoints().toArray();
    for (int i = 0; i < 30; i++) {
      StringBuilder b = new StringBuilder("The start of a draft. ");
      int n = random.nextInt(400);
      for (int k = 0; k < n; k++) b.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      for (String ext : List.of("md", "txt", "html")) {
        Draft d = draft("r" + i + "." + ext, b.toString());
        assertThatCode(() -> {
          CheckResult r = check(d);
          for (ClaimFinding f : r.claims()) {
            assertThat(f.line()).isPositive();
            assertThat(f.column()).isPositive();
          }
        }).as("draft %d.%s", i, ext).doesNotThrowAnyException();
      }
    }
  }
}
