package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming side of {@link CorpusReader}: list first, read files one at a time, gather in order. */
class CorpusListingTest {
  private static final String ENGLISH =
      "The council said on Tuesday that the bridge would reopen in March after repairs to its deck. "
          + "Engineers found that the steel was in better shape than they had expected, and the work is on schedule.";
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** A folder with good files, an empty file, a binary file, a manifest row for a missing file and an outlet alias. */
  private void messyFolder() throws IOException {
    write("sources.csv", "file,source,url,published,aliases\nb.txt,The Herald,,2026-01-02,Herald\nmissing.txt,Nobody,,,\n");
    write("a.md", "---\nsource: Herald\ntitle: Bridge\n---\n" + ENGLISH);
    write("b.txt", "Bridge to reopen\n" + ENGLISH);
    write("c.txt", "");
    Files.write(dir.resolve("d.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
    write("e/f.html", "<html><head><title>Bridge</title></head><body><p>" + ENGLISH + "</p></body></html>");
    write("g.txt", ENGLISH);
  }

  private static Corpus gatherInOrder(CorpusReader.Listing listing, List<CorpusReader.FileRead> reads) {
    CorpusReader.Gathering gathering = listing.gather();
    for (CorpusReader.FileRead r : reads) {
      if (!gathering.add(r)) {
        break;
      }
    }
    return gathering.corpus();
  }

  @Test
  void filesReadInAnyOrderAndGatheredInListingOrderGiveTheCorpusReadGives() throws IOException {
    messyFolder();
    CorpusReader reader = new CorpusReader();
    Corpus whole = reader.read(dir);
    CorpusReader.Listing listing = reader.list(dir);
    CorpusReader.FileRead[] reads = new CorpusReader.FileRead[listing.size()];
    IntStream.range(0, listing.size()).boxed().sorted((x, y) -> y - x).parallel().forEach(i -> reads[i] = listing.read(i));
    Corpus gathered = gatherInOrder(listing, List.of(reads));
    assertThat(gathered).isEqualTo(whole);
    assertThat(whole.diagnostics()).extracting(Diagnostic::file).contains("c.txt", "d.txt");
    assertThat(whole.articles()).extracting(Article::id).containsExactly("a.md", "b.txt", "e/f.html", "g.txt");
  }

  @Test
  void theSeedsReadAsAListingEqualTheSeedsReadWhole() throws IOException {
    CorpusReader reader = new CorpusReader();
    CorpusReader.Listing listing = reader.list(SEEDS);
    List<CorpusReader.FileRead> reads = new ArrayList<>();
    for (int i = 0; i < listing.size(); i++) {
      reads.add(listing.read(i));
    }
    assertThat(gatherInOrder(listing, reads)).isEqualTo(reader.read(SEEDS));
  }

  @Test
  void theArticleLimitStopsTheGatheringAtTheSameFileAsReadDoes() throws IOException {
    messyFolder();
    CorpusReader reader = new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 2, true));
    CorpusReader.Listing listing = reader.list(dir);
    CorpusReader.Gathering gathering = listing.gather();
    List<Boolean> taken = new ArrayList<>();
    for (int i = 0; i < listing.size(); i++) {
      taken.add(gathering.add(listing.read(i)));
    }
    Corpus corpus = gathering.corpus();
    assertThat(corpus).isEqualTo(reader.read(dir));
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a.md", "b.txt");
    // the limit is checked before a file is read: c.txt, the next file after two articles, is the first left out
    assertThat(taken).containsExactly(true, true, false, false, false, false);
    assertThat(corpus.diagnostics()).contains(new Diagnostic("c.txt", "over the limit of 2 articles; this and later files skipped"));
    assertThat(corpus.diagnostics()).extracting(Diagnostic::file).doesNotContain("d.txt", "e/f.html", "g.txt");
  }

  @Test
  void listingAMissingFolderFailsAsReadingItDoes() {
    assertThatThrownBy(() -> new CorpusReader().list(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
  }
}
