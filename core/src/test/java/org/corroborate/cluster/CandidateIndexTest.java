package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

/** The candidate index gives the same neighbours in the heap and in its temporary folder, and cleans up. */
class CandidateIndexTest {
  private static final String[] SUBJECTS = {"The council", "The mayor", "Engineers", "The minister", "Residents"};
  private static final String[] VERBS = {"said the bridge would reopen", "warned the bridge would stay closed",
      "confirmed the water plant would reopen", "denied the plant cost more", "reported the repairs were late"};
  private static final String[] WHEN = {"in March", "next week", "on Tuesday", "after the storm", "before the vote"};

  private static List<ClaimProfile> profiles(ClaimAnalyzer analyzer) {
    List<ClaimProfile> out = new ArrayList<>();
    int n = 0;
    for (String s : SUBJECTS) {
      for (String v : VERBS) {
        for (String w : WHEN) {
          n++;
          Claim c = TestClaims.claim("a" + n + ".txt", "Outlet " + (n % 7), s + " " + v + " " + w + ".");
          out.add(ClaimProfile.of(c, analyzer));
        }
      }
    }
    return out;
  }

  private static Set<Path> indexFolders() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("corroborate-index")).collect(Collectors.toSet());
    }
  }

  @Test
  void anIndexOnDiskFindsTheSameNeighboursInTheSameOrderAsOneInTheHeapAndIsDeletedOnClose() throws IOException {
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      List<ClaimProfile> profiles = profiles(analyzer);
      TermWeights idf = TermWeights.of(profiles);
      Set<Path> before = indexFolders();
      List<List<Integer>> inHeap = new ArrayList<>();
      List<List<Integer>> onDisk = new ArrayList<>();
      try (CandidateIndex heap = new CandidateIndex(profiles, analyzer, profiles.size() + 1);
          CandidateIndex disk = new CandidateIndex(profiles, analyzer, profiles.size())) {
        assertThat(heap.onDisk()).isFalse();
        assertThat(disk.onDisk()).isTrue();
        assertThat(indexFolders()).hasSize(before.size() + 1);
        for (int i = 0; i < profiles.size(); i++) {
          inHeap.add(heap.nearest(i, profiles.get(i), idf, 8));
          onDisk.add(disk.nearest(i, profiles.get(i), idf, 8));
        }
      }
      assertThat(onDisk).isEqualTo(inHeap);
      assertThat(inHeap.stream().mapToInt(List::size).sum()).isGreaterThan(profiles.size());
      assertThat(indexFolders()).isEqualTo(before);
    }
  }

  @Test
  void theDefaultThresholdKeepsASmallCorpusInTheHeap() {
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer(); CandidateIndex index = new CandidateIndex(profiles(analyzer), analyzer)) {
      assertThat(index.onDisk()).isFalse();
    }
  }
}
