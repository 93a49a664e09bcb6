package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CheckCommandTest {
  static final Path SEEDS = Path.of("..", "seeds");
  static final Path FIXTURES = Path.of("..", "fixtures", "check");
  static final Path SEED_DRAFT = FIXTURES.resolve("seed-draft.md");
  static final Path TRICKY_DRAFT = FIXTURES.resolve("tricky-draft.md");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static JsonSchema checkSchema() throws IOException {
    try (InputStream in = CheckCommand.class.getResourceAsStream("/org/corroborate/app/schema/check-report.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static JsonNode seedCheck() throws IOException {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--min-sources", "2", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NO_ARTICLES);
    return JSON.readTree(run.out());
  }

  static JsonNode claimStarting(JsonNode report, String prefix) {
    for (JsonNode claim : report.get("drafts").get(0).get("claims")) {
      if (claim.get("text").asText().startsWith(prefix)) return claim;
    }
    throw new AssertionError("no draft claim starts with '" + prefix + "'");
  }

  // --- the seed draft (issue 8 "Tests") ---

  @Test
  void theInventedClaimOfTheSeedDraftIsUnsupportedAtItsLineAndTheCheckFails() throws IOException {
    JsonNode report = seedCheck();
    JsonNode invented = claimStarting(report, "Anthropic agreed to open a research office in Lisbon");
    assertThat(invented.get("verdict").asText()).isEqualTo("unsupported");
    assertThat(invented.get("independentSources").asInt()).isZero();
    assertThat(invented.get("failing").asBoolean()).isTrue();
    assertThat(invented.get("line").asInt()).isEqualTo(17);
    assertThat(invented.get("column").asInt()).isEqualTo(1);
  }

  @Test
  void everySeedDraftClaimIsReportedAtTheLineAndColumnWhereItStandsOnDisk() throws IOException {
    JsonNode report = seedCheck();
    assertThat(position(claimStarting(report, "Pentagon gives Anthropic a deadline"))).isEqualTo("5:3"); // after "# "
    assertThat(position(claimStarting(report, "Defense Secretary Pete Hegseth gave"))).isEqualTo("7:1");
    assertThat(position(claimStarting(report, "The Pentagon threatened to invoke"))).isEqualTo("9:1");
    assertThat(position(claimStarting(report, "The Pentagon threatened to declare"))).isEqualTo("11:1");
    assertThat(position(claimStarting(report, "Hegseth praised Claude"))).isEqualTo("13:1");
    assertThat(position(claimStarting(report, "The Pentagon awarded Anthropic"))).isEqualTo("15:1");
  }

  static String position(JsonNode claim) {
    return claim.get("line").asInt() + ":" + claim.get("column").asInt();
  }

  @Test
  void theSeedDraftsDeadlineAndDefenseProductionActClaimsAreSupportedByTwoIndependentSourcesAtLeast() throws IOException {
    JsonNode report = seedCheck();
    for (String prefix : List.of("Defense Secretary Pete Hegseth gave", "The Pentagon threatened to invoke")) {
      JsonNode claim = claimStarting(report, prefix);
      assertThat(claim.get("verdict").asText()).as(prefix).isEqualTo("supported");
      assertThat(claim.get("independentSources").asInt()).as(prefix).isGreaterThanOrEqualTo(2);
      assertThat(claim.get("sources").size()).as(prefix).isEqualTo(claim.get("independentSources").asInt());
      assertThat(claim.get("support").size()).as(prefix).isGreaterThanOrEqualTo(2);
      assertThat(claim.get("failing").asBoolean()).as(prefix).isFalse();
    }
  }

  /**
   * Four or more seeds report each threat (deadline: 000-004; Defense Production Act: 000, 002,
   * 003, 004; supply-chain risk: 000, 002, 003, 004), but the cluster stage does not yet join their
   * differently worded statements: the engine finds 2, 2 and 1 sources.
   */
  @Test
  void theSeedDraftsDeadlineAndDefenseProductionActClaimsAreEachSupportedByAtLeastFourSources() throws IOException {
    assertSupportedByFour(seedCheck(), List.of("Defense Secretary Pete Hegseth gave", "The Pentagon threatened to invoke"));
  }

  @Test
  void theSeedDraftsSupplyChainRiskClaimIsSupportedByAtLeastFourSources() throws IOException {
    assertSupportedByFour(seedCheck(), List.of("The Pentagon threatened to declare"));
  }

  private static void assertSupportedByFour(JsonNode report, List<String> prefixes) {
    for (String prefix : prefixes) {
      JsonNode claim = claimStarting(report, prefix);
      assertThat(claim.get("verdict").asText()).as(prefix).isEqualTo("supported");
      assertThat(claim.get("independentSources").asInt()).as(prefix).isGreaterThanOrEqualTo(4);
      assertThat(claim.get("support").size()).as(prefix).isGreaterThanOrEqualTo(4);
      assertThat(claim.get("failing").asBoolean()).as(prefix).isFalse();
    }
  }

  @Test
  void theSeedDraftsClaimThatOnlyOneOutletReportsIsSingleSourceAndFailsWithMinSourcesTwo() throws IOException {
    JsonNode claim = claimStarting(seedCheck(), "Hegseth praised Claude");
    assertThat(claim.get("verdict").asText()).isEqualTo("single-source");
    assertThat(claim.get("independentSources").asInt()).isEqualTo(1);
    assertThat(claim.get("sources").get(0).asText()).isEqualTo("Axios");
    assertThat(claim.get("failing").asBoolean()).isTrue();
  }

  @Test
  void theSeedDraftsWrongContractSumIsContradictedByTheCorpusClaimAgainstIt() throws IOException {
    JsonNode claim = claimStarting(seedCheck(), "The Pentagon awarded Anthropic");
    assertThat(claim.get("text").asText()).contains("$500 million");
    assertThat(claim.get("verdict").asText()).isEqualTo("contradicted");
    JsonNode against = claim.get("contradictions").get(0);
    assertThat(against.get("text").asText()).contains("200 million");
    assertThat(against.get("type").asText()).isEqualTo("numeric");
    assertThat(claim.get("failing").asBoolean()).isTrue();
  }

  @Test
  void theSeedDraftFailsTheCheckWithExitOne() {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NO_ARTICLES);
    assertThat(run.out()).contains("unsupported").contains("contradicted");
  }

  // --- formats ---

  @Test
  void theJsonResultValidatesAgainstThePublishedSchema() throws IOException {
    JsonNode report = seedCheck();
    Set<ValidationMessage> errors = checkSchema().validate(report);
    assertThat(errors).isEmpty();
    assertThat(report.get("summary").get("claims").asInt()).isEqualTo(report.get("drafts").get(0).get("claims").size());
  }

  @Test
  void theSameInputGivesByteIdenticalOutputInEveryFormat() {
    for (String format : List.of("text", "json", "sarif", "github", "junit")) {
      String a = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--format", format).out();
      String b = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--format", format).out();
      assertThat(b).as(format).isEqualTo(a).isNotBlank();
    }
  }

  @Test
  void theSarifValidatesAgainstTheOfficialSarif210Schema() throws IOException {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "sarif");
    JsonNode sarif = JSON.readTree(run.out());
    assertThat(SarifSchema.load().validate(sarif)).isEmpty();
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results.size()).isPositive();
    JsonNode first = results.get(0);
    assertThat(first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("../fixtures/check/seed-draft.md");
    assertThat(first.get("partialFingerprints").get("corroborateClaim/v1").asText()).hasSize(20);
    List<String> rules = new ArrayList<>();
    sarif.get("runs").get(0).get("tool").get("driver").get("rules").forEach(r -> rules.add(r.get("id").asText()));
    assertThat(rules).containsExactly("unsupported", "single-source", "contradicted");
  }

  @Test
  void theOfficialSarifSchemaRejectsAResultWhoseRegionStartsAtLineZero() throws IOException {
    CliRun run = CliRun.of("check", TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "sarif");
    JsonNode sarif = JSON.readTree(run.out());
    JsonNode region = sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation").get("region");
    ((ObjectNode) region).put("startLine", 0);
    assertThat(SarifSchema.load().validate(sarif)).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("startLine"));
  }

  @Test
  void sarifRegionsAreTheClaimsLinesAndColumns() throws IOException {
    JsonNode sarif = JSON.readTree(CliRun.of("check", TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "sarif").out());
    JsonNode json = JSON.readTree(CliRun.of("check", TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "json").out());
    List<String> expected = new ArrayList<>();
    for (JsonNode c : json.get("drafts").get(0).get("claims")) {
      if (!c.get("verdict").asText().equals("supported")) {
        expected.add(c.get("line") + ":" + c.get("column") + "-" + c.get("endLine") + ":" + c.get("endColumn"));
      }
    }
    List<String> regions = new ArrayList<>();
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
      regions.add(region.get("startLine") + ":" + region.get("startColumn") + "-" + region.get("endLine") + ":" + region.get("endColumn"));
    }
    assertThat(regions).containsExactlyElementsOf(expected).contains("3:1-3:56");
  }

  @Test
  void theJunitXmlParsesWithOneTestCasePerClaimAndAFailurePerFailingFinding() throws Exception {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "junit");
    JsonNode json = JSON.readTree(CliRun.of("check", SEED_DRAFT.toString(), TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "json").out());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
    NodeList cases = xml.getElementsByTagName("testcase");
    NodeList failures = xml.getElementsByTagName("failure");
    assertThat(cases.getLength()).isEqualTo(json.get("summary").get("claims").asInt());
    assertThat(failures.getLength()).isEqualTo(json.get("summary").get("failing").asInt()).isPositive();
    assertThat(run.out()).contains("]]&gt;");
  }


  @Test
  void githubAnnotationsCarryTheClaimsFileLineAndColumnAndEscapeTheMessage() throws IOException {
    CliRun run = CliRun.of("check", TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "github");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_ARTICLES);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) file=[^,:]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[^,:]*::.*"));
    String fund = lines.stream().filter(l -> l.contains("The fund grew")).findFirst().orElseThrow();
    assertThat(fund).startsWith("::error file=../fixtures/check/tricky-draft.md,line=3,col=1,");
    assertThat(fund).contains("::\"The fund grew 40%25 in 2025");
    // line 7 writes a literal "%25": the runner must get "%2525" back, or it would show a bare "%"
    String percent = lines.stream().filter(l -> l.contains(",line=7,")).findFirst().orElseThrow();
    assertThat(percent.substring(percent.indexOf("::", 2))).contains("%2525");
    JsonNode json = JSON.readTree(CliRun.of("check", TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "json").out());
    List<String> expected = new ArrayList<>();
    for (JsonNode c : json.get("drafts").get(0).get("claims")) {
      if (!c.get("verdict").asText().equals("supported")) expected.add("line=" + c.get("line").asInt() + ",col=" + c.get("column").asInt());
    }
    assertThat(lines.stream().map(l -> l.replaceAll(".*,(line=\\d+,col=\\d+),.*", "$1")).toList()).containsExactlyElementsOf(expected);
  }

  // --- exit codes and configuration ---

  @Test
  void exitZeroReportsFindingsWithoutFailing() {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--exit-zero");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("unsupported").contains("failing");
  }

  @Test
  void failOnWithoutTheFindingsVerdictsExitsZero() throws IOException {
    CliRun run = CliRun.of("check", TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--fail-on", "contradicted", "--format", "json");
    JsonNode summary = JSON.readTree(run.out()).get("summary");
    assertThat(summary.get("unsupported").asInt()).isPositive();
    assertThat(summary.get("contradicted").asInt()).isZero();
    assertThat(summary.get("failing").asInt()).isZero();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void failOnContradictedFailsOnlyOnTheContradictedClaim() throws IOException {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--fail-on", "contradicted", "--format", "json");
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("summary").get("failing").asInt()).isEqualTo(report.get("summary").get("contradicted").asInt()).isPositive();
    assertThat(claimStarting(report, "Anthropic agreed to open").get("failing").asBoolean()).isFalse();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_ARTICLES);
  }

  @Test
  void anUnknownVerdictInFailOnIsAUsageError() {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--fail-on", "dubious");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown verdict 'dubious'");
  }

  @Test
  void aMissingCorpusExitsThree() {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_CORPUS);
    assertThat(run.err()).contains("no such corpus folder").doesNotContain("Exception");
  }

  @Test
  void anEmptyCorpusAndAMissingIndexExitThree() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(CliRun.of("check", SEED_DRAFT.toString(), "--against", empty.toString()).exitCode()).isEqualTo(ExitCodes.NO_CORPUS);
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--index", empty.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_CORPUS);
    assertThat(run.err()).contains("no index here");
  }

  @Test
  void aConfigWithAnUnknownKeyIsRejectedWithExitTwoNamingTheKey() throws IOException {
    Path cfg = dir.resolve(".corroborate.yml");
    Files.writeString(cfg, "corpus: " + SEEDS.toAbsolutePath() + "\nthreshold: 3\n");
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--config", cfg.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown key 'threshold'").doesNotContain("Exception");
  }

  @Test
  void theConfigSuppliesTheCorpusThresholdAndWaivers() throws IOException {
    JsonNode plain = JSON.readTree(CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "json").out());
    String fingerprint = claimStarting(plain, "Anthropic agreed to open").get("fingerprint").asText();
    Files.writeString(dir.resolve("waivers.yml"), "- fingerprint: " + fingerprint + "\n  reason: confirmed with the company\n");
    Path cfg = dir.resolve(".corroborate.yml");
    Files.writeString(cfg, "corpus: " + SEEDS.toAbsolutePath() + "\nmin-sources: 3\nwaivers: waivers.yml\n");
    JsonNode report = JSON.readTree(CliRun.of("check", SEED_DRAFT.toString(), "--config", cfg.toString(), "--format", "json").out());
    assertThat(report.get("minSources").asInt()).isEqualTo(3);
    assertThat(report.get("failOn").toString()).contains("single-source");
    JsonNode invented = claimStarting(report, "Anthropic agreed to open");
    assertThat(invented.get("waiver").get("reason").asText()).isEqualTo("confirmed with the company");
    assertThat(invented.get("verdict").asText()).isEqualTo("unsupported");
    assertThat(invented.get("failing").asBoolean()).isFalse();
  }

  @Test
  void withoutDraftArgumentsTheConfigsGlobsChooseTheDrafts() throws IOException {
    Path drafts = Files.createDirectories(dir.resolve("drafts/world"));
    Files.copy(SEED_DRAFT, drafts.resolve("story.md"));
    Files.writeString(drafts.resolve("notes.txt"), "Not a draft to check.\n");
    Files.writeString(dir.resolve("drafts/.hidden.md"), "Hidden files are skipped.\n");
    Path cfg = dir.resolve(".corroborate.yml");
    Files.writeString(cfg, "corpus: " + SEEDS.toAbsolutePath() + "\nfiles: ['drafts/**/*.md']\n");
    JsonNode report = JSON.readTree(CliRun.of("check", "--config", cfg.toString(), "--format", "json").out());
    assertThat(report.get("drafts")).hasSize(1);
    assertThat(report.get("drafts").get(0).get("file").asText()).endsWith("drafts/world/story.md");
  }

  @Test
  void noCorpusAndNoIndexIsAUsageError() {
    CliRun run = CliRun.of("check", SEED_DRAFT.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void outWritesAtomicallyAndPrintsNothingToStandardOutput() throws IOException {
    Path out = dir.resolve("result.sarif");
    CliRun run = CliRun.of("check", SEED_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "sarif", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_ARTICLES);
    assertThat(run.out()).isEmpty();
    assertThat(JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("version").asText()).isEqualTo("2.1.0");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("result.sarif");
    }
  }

  // --- index ---

  @Test
  void checkAgainstAnIndexGivesTheSameVerdictsAsAgainstTheCorpus() throws IOException {
    Path index = dir.resolve("index");
    CliRun built = CliRun.of("index", SEEDS.toString(), "--index", index.toString());
    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(built.out()).contains("5 articles (5 added, 0 changed, 0 removed, 0 unchanged)");
    String viaCorpus = CliRun.of("check", SEED_DRAFT.toString(), TRICKY_DRAFT.toString(), "--against", SEEDS.toString(), "--format", "json").out();
    String viaIndex = CliRun.of("check", SEED_DRAFT.toString(), TRICKY_DRAFT.toString(), "--index", index.toString(), "--format", "json").out();
    assertThat(JSON.readTree(viaIndex).get("drafts")).isEqualTo(JSON.readTree(viaCorpus).get("drafts"));
    assertThat(JSON.readTree(viaIndex).get("summary").get("claims").asInt()).isPositive();
  }

  @Test
  void indexingAFolderWithNoArticleLeavesAGoodIndexAsItWas() throws IOException {
    Path index = dir.resolve("index");
    assertThat(CliRun.of("index", SEEDS.toString(), "--index", index.toString()).exitCode()).isZero();
    String before = CliRun.of("check", SEED_DRAFT.toString(), "--index", index.toString(), "--format", "json").out();
    Path empty = Files.createDirectories(dir.resolve("empty-corpus"));
    CliRun emptied = CliRun.of("index", empty.toString(), "--index", index.toString());
    assertThat(emptied.exitCode()).isEqualTo(3);
    assertThat(emptied.err()).contains("empty-corpus").contains("no article file").contains("left as it was");
    String after = CliRun.of("check", SEED_DRAFT.toString(), "--index", index.toString(), "--format", "json").out();
    assertThat(JSON.readTree(after).get("drafts")).isEqualTo(JSON.readTree(before).get("drafts"));
  }

  @Test
  void indexingAgainReportsEveryArticleUnchanged() {
    Path index = dir.resolve("index");
    CliRun.of("index", SEEDS.toString(), "--index", index.toString());
    CliRun again = CliRun.of("index", SEEDS.toString(), "--index", index.toString(), "--verbose");
    assertThat(again.out()).contains("(0 added, 0 changed, 0 removed, 5 unchanged)").doesNotContain("processed");
  }
}
