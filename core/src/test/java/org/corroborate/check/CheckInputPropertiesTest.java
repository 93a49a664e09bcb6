package org.corroborate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Diagnostic;
import org.corroborate.robust.HostileText;
import org.corroborate.robust.TempFolders;

/**
 * The check's outside inputs on generated hostile text: {@code .corroborate.yml} and waiver files
 * either read or refused with a message naming the file; drafts in any format either read or
 * reported; and any draft that is read is checked without an exception, every finding at a real
 * line and column of the file.
 */
class CheckInputPropertiesTest {
  private static Path dir;
  private static ExtractedCorpus corpus;

  @BeforeContainer
  static void corpus() throws IOException {
    dir = TempFolders.create();
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("a.txt"), "Bridge news\nThe council said the bridge would reopen in March after repairs to its deck.\n");
    Files.writeString(c.resolve("b.txt"), "Harbour news\nThe harbour authority denied that the bridge would reopen in March.\n");
    corpus = ExtractedCorpus.extract("corpus", new CorpusReader().read(c));
  }

  @AfterContainer
  static void cleanUp() {
    TempFolders.delete(dir);
  }

  @Provide
  Arbitrary<String> texts() {
    return HostileText.text();
  }

  @Provide
  Arbitrary<byte[]> contents() {
    return HostileText.bytes();
  }

  @Provide
  Arbitrary<String> extensions() {
    return HostileText.extension();
  }

  @Property(tries = 300)
  void anyConfigFileIsReadOrRefusedWithAMessageNamingIt(@ForAll("texts") String yaml) throws IOException {
    Path file = dir.resolve(ConfigReader.FILE_NAME);
    Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
    try {
      CheckConfig config = new ConfigReader().readConfig(file);
      assertThat(config).isNotNull();
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file.toString());
    }
  }

  @Property(tries = 300)
  void anyWaiverFileIsReadOrRefusedWithAMessageNamingIt(@ForAll("texts") String yaml, @ForAll boolean asList) throws IOException {
    Path file = dir.resolve("waivers.yml");
    Files.write(file, ((asList ? "- fingerprint: " : "") + yaml).getBytes(StandardCharsets.UTF_8));
    try {
      Map<String, String> waivers = new ConfigReader().readWaivers(file);
      waivers.forEach((fingerprint, reason) -> {
        assertThat(fingerprint).isNotBlank();
        assertThat(reason).isNotBlank();
      });
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file.toString());
    }
  }

  @Property(tries = 40)
  void anyDraftIsReadOrReportedAndEveryClaimReadIsCheckedAtARealPosition(
      @ForAll("contents") byte[] bytes, @ForAll("extensions") String ext) throws IOException {
    Path file = dir.resolve("draft." + ext);
    Files.write(file, bytes);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<Draft> draft = new DraftReader().read(file, "drafts/draft." + ext, diagnostics);
    assertThat(diagnostics).allSatisfy(d -> assertThat(d.file()).isEqualTo("drafts/draft." + ext));
    if (draft.isEmpty()) {
      assertThat(diagnostics).as("an unread draft says why").isNotEmpty();
      return;
    }
    Draft d = draft.get();
    CheckResult result = new DraftChecker().check(corpus, List.of(d), CheckOptions.DEFAULTS, Map.of());
    long lines = d.raw().lines().count() + 1;
    for (ClaimFinding f : result.drafts().get(0).claims()) {
      assertThat(f.line()).isBetween(1, (int) lines);
      assertThat(f.endLine()).isBetween(f.line(), (int) lines);
      assertThat(d.article().text().substring(f.start(), f.end())).isNotBlank();
      assertThat(f.fingerprint()).isNotBlank();
    }
  }
}
