package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  static final Path SEEDS = Path.of("..", "seeds");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGLISH =
      "The council said on Tuesday that the bridge would reopen in March after repairs to its deck. "
          + "Engineers found that the steel was in better shape than they had expected, and the work is on schedule.";

  @TempDir Path dir;

  static JsonSchema schema() throws IOException {
    try (InputStream in = ScanCommand.class.getResourceAsStream("/org/corroborate/app/schema/scan-report.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void jsonReportOfTheSeedsValidatesAgainstThePublishedSchema() throws IOException {
    CliRun run = CliRun.of("scan", SEEDS.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode report = JSON.readTree(run.out());
    Set<ValidationMessage> errors = schema().validate(report);
    assertThat(errors).isEmpty();
    assertThat(report.get("articles")).hasSize(5);
  }

  @Test
  void everyClaimsEvidenceIsItsArticleTextBetweenItsOffsets() throws IOException {
    JsonNode report = JSON.readTree(CliRun.of("scan", SEEDS.toString(), "--format", "json").out());
    int checked = 0;
    for (JsonNode cluster : report.get("clusters")) {
      for (JsonNode claim : cluster.get("claims")) {
        String text = Files.readString(SEEDS.resolve(claim.get("article").asText()), StandardCharsets.UTF_8);
        int start = claim.get("start").asInt();
        int end = claim.get("end").asInt();
        String evidence = text.substring(start, end);
        assertThat(text).as(claim.get("id").asText()).contains(claim.get("sentence").asText());
        assertThat(evidence).isNotBlank();
        for (JsonNode span : claim.get("spans")) {
          assertThat(span.get(0).asInt()).isBetween(start, end);
          assertThat(span.get(1).asInt()).isBetween(start, end);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void theSameCorpusGivesByteIdenticalJson() {
    String first = CliRun.of("scan", SEEDS.toString(), "--format", "json").out();
    String second = CliRun.of("scan", SEEDS.toString(), "--format", "json").out();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void outWritesTheReportToAFileAndLeavesNoTemporaryFileBehind() throws IOException {
    Path out = dir.resolve("report.json");
    Files.writeString(out, "old report");
    CliRun run = CliRun.of("scan", SEEDS.toString(), "--format", "json", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(JSON.readTree(out.toFile()).get("schemaVersion").asInt()).isEqualTo(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aFolderWithNoReadableArticleExitsWithOne() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "");
    CliRun run = CliRun.of("scan", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no readable article").contains("empty.txt: empty file");
  }

  @Test
  void aMissingFolderIsAUsageError() {
    CliRun run = CliRun.of("scan", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope: no such folder").doesNotContain("Exception");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("scan", SEEDS.toString(), "--format", "yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("yaml");
  }

  @Test
  void warningsAboutSomeFilesDoNotChangeTheExitCode() throws IOException {
    Files.writeString(dir.resolve("good.txt"), ENGLISH);
    Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
    CliRun run = CliRun.of("scan", dir.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("bad.txt: binary file");
    assertThat(JSON.readTree(run.out()).get("diagnostics").get(0).get("file").asText()).isEqualTo("bad.txt");
  }

  @Test
  void textOutputStripsTerminalControlCharactersThatCameFromArticleText() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The council said the bridge \u001b[31mwould reopen\u001b[0m in March after the repairs were done.");
    CliRun run = CliRun.of("scan", dir.toString(), "--color", "never");
    assertThat(run.out()).contains("would reopen").doesNotContain("\u001b");
  }

  @Test
  void textOutputHasNoColourWhenNotOnATerminal() {
    CliRun run = CliRun.of("scan", SEEDS.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("\u001b[").contains("Summary").contains("articles: 5 from 5 outlets");
  }

  @Test
  void versionAndHelpWork() {
    assertThat(CliRun.of("--version").out()).startsWith("corroborate ");
    CliRun help = CliRun.of("scan", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--format").contains("Exit codes");
  }
}
