package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pairs of {@code fixtures/cluster/pairs.tsv}, all clustered in one run, each judged. */
class ClaimPairTableTest {
  private static final Path TABLE = Path.of("..", "fixtures", "cluster", "pairs.tsv");

  record Row(int line, String expect, Claim a, Claim b, String why) {
    @Override
    public String toString() {
      return expect + " (" + why + "): " + a.text() + " | " + b.text();
    }
  }

  private static Clustering clustering;
  private static final Map<String, String> CLUSTER_OF = new HashMap<>();

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      int n = i + 1;
      String art = String.format(Locale.ROOT, "row%03d", n);
      rows.add(new Row(n, c[0],
          TestClaims.claim(art + "a#1", art + "a", "outlet-a", c[1], stance(c[3]), 0),
          TestClaims.claim(art + "b#1", art + "b", "outlet-b", c[2], stance(c[4]), 0),
          c[5]));
    }
    return rows;
  }

  private static Stance stance(String label) {
    return Stance.valueOf(label.trim().toUpperCase(Locale.ROOT));
  }

  @BeforeAll
  static void clusterEveryRowTogether() throws IOException {
    List<Claim> all = new ArrayList<>();
    for (Row r : rows()) {
      all.add(r.a());
      all.add(r.b());
    }
    clustering = new ClaimClusterer().cluster(all);
    for (Cluster c : clustering.clusters()) {
      c.claimIds().forEach(id -> CLUSTER_OF.put(id, c.id()));
    }
  }

  static Stream<Row> table() throws IOException {
    return rows().stream();
  }

  @ParameterizedTest
  @MethodSource("table")
  void eachPairIsMergedOrKeptApartAsTheTableSays(Row row) {
    boolean together = CLUSTER_OF.get(row.a().id()).equals(CLUSTER_OF.get(row.b().id()));
    boolean conflict = clustering.links().stream().anyMatch(l -> l.kind() == ClaimLink.Kind.CONFLICT
        && l.a().equals(row.a().id()) && l.b().equals(row.b().id()));
    switch (row.expect()) {
      case "merge" -> assertThat(together).as("merged: %s", row).isTrue();
      case "apart" -> assertThat(together).as("kept apart: %s", row).isFalse();
      case "conflict" -> {
        assertThat(together).as("kept apart: %s", row).isFalse();
        assertThat(conflict).as("linked as CONFLICT: %s", row).isTrue();
      }
      default -> throw new IllegalArgumentException("line " + row.line() + ": unknown expectation " + row.expect());
    }
  }
}
