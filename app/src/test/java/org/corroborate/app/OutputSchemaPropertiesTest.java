package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.corroborate.robust.HostileText;
import org.corroborate.robust.TempFolders;
import org.xml.sax.InputSource;

/**
 * Whatever the corpus and the draft hold, the CLI's machine-readable outputs stay valid: the scan
 * and check JSON against their published schemas, JUnit as XML, and no stack trace reaches the user.
 * Tries are few: each runs the whole engine.
 */
class OutputSchemaPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGLISH = "The council said on Tuesday that the bridge would reopen in March after repairs to its deck. "
      + "Engineers found that the steel was in better shape than they had expected, and the work is on schedule.\n";

  @Provide
  Arbitrary<byte[]> contents() {
    return HostileText.bytes();
  }

  @Provide
  Arbitrary<String> extensions() {
    return HostileText.extension();
  }

  @Property(tries = 8)
  void scanAndCheckOutputsOfAHostileCorpusAndDraftValidateAgainstTheirSchemas(
      @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("contents") byte[]> files,
      @ForAll("extensions") String ext, @ForAll("contents") byte[] draft) throws Exception {
    Path dir = TempFolders.create();
    try {
      Path corpus = Files.createDirectories(dir.resolve("corpus"));
      Files.writeString(corpus.resolve("good.txt"), ENGLISH, StandardCharsets.UTF_8);
      for (int i = 0; i < files.size(); i++) {
        Files.write(corpus.resolve("hostile-" + i + "." + ext), files.get(i));
      }
      CliRun scan = CliRun.of("scan", corpus.toString(), "--format", "json", "--quiet");
      assertThat(scan.exitCode()).as(scan.err()).isZero();
      assertThat(scan.err()).doesNotContain("\tat ");
      assertThat(ScanCommandTest.schema().validate(JSON.readTree(scan.out()))).isEmpty();

      Path draftFile = dir.resolve("draft." + ext);
      Files.write(draftFile, draft);
      CliRun check = CliRun.of("check", draftFile.toString(), "--against", corpus.toString(), "--format", "json", "--exit-zero");
      assertThat(check.exitCode()).as(check.err()).isZero();
      assertThat(check.err()).doesNotContain("\tat ");
      JsonNode result = JSON.readTree(check.out());
      assertThat(CheckCommandTest.checkSchema().validate(result)).isEmpty();

      CliRun junit = CliRun.of("check", draftFile.toString(), "--against", corpus.toString(), "--format", "junit", "--exit-zero");
      assertThat(junit.exitCode()).as(junit.err()).isZero();
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(junit.out())));
    } finally {
      TempFolders.delete(dir);
    }
  }
}
