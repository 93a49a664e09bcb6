package org.corroborate.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private List<JsonNode> claims(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        JSON.readTree(line).get("claims").forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void derivedPropositionsAreListedAndMarkedUnlessTurnedOff() throws IOException {
    Path file = dir.resolve("lines.txt");
    Files.writeString(file, "The mayor said the bridge will reopen on Monday.\n", UTF_8);
    List<JsonNode> all = claims("claims", "--per-line", "--format", "json", file.toString());
    assertThat(all).anySatisfy(c -> {
      assertThat(c.get("text").asText()).isEqualTo("the bridge will reopen on Monday");
      assertThat(c.get("derived").asBoolean()).isFalse();
      assertThat(c.get("speaker").asText()).isEqualTo("The mayor");
    });
    assertThat(all).anySatisfy(c -> {
      assertThat(c.get("text").asText()).isEqualTo("The mayor said the bridge will reopen on Monday");
      assertThat(c.get("derived").asBoolean()).isTrue();
      assertThat(c.get("speaker").isNull()).isTrue();
    });
    List<JsonNode> main = claims("claims", "--per-line", "--format", "json", "--no-derived", file.toString());
    assertThat(main).extracting(c -> c.get("text").asText()).containsExactly("the bridge will reopen on Monday");
  }
}
