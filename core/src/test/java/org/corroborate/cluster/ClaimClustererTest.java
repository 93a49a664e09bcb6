package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {

  /** Unrelated news claims, so that word rarity means something in small tests. */
  private static final List<String> BACKGROUND = List.of(
      "The central bank raised interest rates by a quarter point to fight inflation.",
      "Flooding in the river valley forced hundreds of families from their homes.",
      "The football club sacked its manager after a run of defeats.",
      "Scientists found water ice in a crater near the lunar south pole.",
      "The parliament approved a budget that cuts spending on roads.",
      "A cyber attack disrupted the booking systems of several airlines.",
      "The carmaker recalled its electric trucks over a braking fault.",
      "Teachers went on strike over pay and working hours.",
      "Wildfires burned thousands of acres of forest in the dry north.",
      "The court sentenced the former minister to five years for bribery.");

  private static List<Claim> background() {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < BACKGROUND.size(); i++) {
      out.add(TestClaims.claim(String.format(Locale.ROOT, "bg%02d", i), "outlet-bg" + i, BACKGROUND.get(i)));
    }
    return out;
  }

  private static Map<String, String> clusterOf(Clustering clustering) {
    Map<String, String> out = new HashMap<>();
    for (Cluster c : clustering.clusters()) {
      c.claimIds().forEach(id -> out.put(id, c.id()));
    }
    return out;
  }

  @Test
  void shufflingTheInputLeavesTheClustersAndLinksUnchanged() throws Exception {
    List<Claim> claims = new ArrayList<>(background());
    for (ClaimPairTableTest.Row r : ClaimPairTableTest.rows()) {
      claims.add(r.a());
      claims.add(r.b());
    }
    Clustering expected = new ClaimClusterer().cluster(claims);
    assertThat(expected.clusters().size()).isLessThan(claims.size());
    for (long seed = 1; seed <= 5; seed++) {
      List<Claim> shuffled = new ArrayList<>(claims);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(new ClaimClusterer().cluster(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void aClaimLikeTwoUnrelatedClaimsDoesNotChainThemTogether() {
    Claim a = TestClaims.claim("a", "outlet-a", "Rescue teams pulled survivors from the collapsed hotel in the capital.");
    Claim b = TestClaims.claim("b", "outlet-b",
        "Rescue teams pulled survivors from the collapsed hotel in the capital as the government declared national mourning for the victims.");
    Claim c = TestClaims.claim("c", "outlet-c", "The government declared national mourning for the victims.");
    List<Claim> claims = new ArrayList<>(background());
    claims.addAll(List.of(a, b, c));
    claims.sort((x, y) -> x.id().compareTo(y.id()));
    ClusterOptions options = ClusterOptions.defaults();
    ScoredPairs pairs = ScoredPairs.of(claims, options, PairModel.committed(options.synonyms()));
    int ia = claims.indexOf(a);
    int ib = claims.indexOf(b);
    int ic = claims.indexOf(c);
    // the premise: B is like A and like C, and A is not like C
    assertThat(pairs.linkage(ia, ib)).isGreaterThanOrEqualTo(options.linkThreshold());
    assertThat(pairs.linkage(ib, ic)).isGreaterThanOrEqualTo(options.linkThreshold());
    assertThat(pairs.linkage(ia, ic)).isLessThan(options.memberFloor());

    Map<String, String> clusterOf = clusterOf(new ClaimClusterer(options).cluster(claims));
    assertThat(clusterOf.get("a#1")).isNotEqualTo(clusterOf.get("c#1"));
  }

  @Test
  void everyClaimIsInExactlyOneClusterAndIdsFollowTheRepresentativesPosition() {
    List<Claim> claims = new ArrayList<>(background());
    claims.add(TestClaims.claim("zz", "outlet-z", "The carmaker recalled its electric trucks because of a braking fault."));
    Clustering clustering = new ClaimClusterer().cluster(claims);
    List<String> all = new ArrayList<>();
    clustering.clusters().forEach(c -> all.addAll(c.claimIds()));
    assertThat(all).hasSize(claims.size()).doesNotHaveDuplicates();
    for (int i = 0; i < clustering.clusters().size(); i++) {
      Cluster c = clustering.clusters().get(i);
      assertThat(c.id()).isEqualTo("c" + (i + 1));
      assertThat(c.claimIds()).isSorted();
    }
    Map<String, String> clusterOf = clusterOf(clustering);
    assertThat(clusterOf.get("zz#1")).isEqualTo(clusterOf.get("bg06#1"));
    assertThat(clustering.links()).anySatisfy(l -> {
      assertThat(l.kind()).isEqualTo(ClaimLink.Kind.SAME);
      assertThat(l.a()).isEqualTo("bg06#1");
      assertThat(l.b()).isEqualTo("zz#1");
    });
  }

  @Test
  void noClaimsGiveNoClusters() {
    assertThat(new ClaimClusterer().cluster(List.of())).isEqualTo(new Clustering(List.of(), List.of()));
  }

  @Test
  void duplicateClaimIdsAreRejectedByName() {
    Claim a = TestClaims.claim("x", "outlet-a", "The bridge reopened on Monday.");
    assertThatThrownBy(() -> new ClaimClusterer().cluster(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x#1");
  }

  @Test
  void optionsOutOfRangeAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new ClusterOptions(true, 0, 0.7, 0.3, 0.4)).hasMessageContaining("0");
    assertThatThrownBy(() -> new ClusterOptions(true, 5, 1.5, 0.3, 0.4)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new ClusterOptions(true, 5, 0.5, 0.6, 0.4)).hasMessageContaining("0.6");
  }

  @Test
  void randomInputNeverThrowsAndKeepsEveryClaim() {
    Random random = new Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 $%.,;:'’\"-–—()[]!?/\\@#&*é漢字\u0000\t\n🙂";
    for (int round = 0; round < 20; round++) {
      List<Claim> claims = new ArrayList<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        StringBuilder text = new StringBuilder("x");
        int length = random.nextInt(120);
        for (int j = 0; j < length; j++) {
          text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        if (random.nextInt(4) == 0 && !claims.isEmpty()) {
          text = new StringBuilder(claims.get(random.nextInt(claims.size())).text());
        }
        claims.add(TestClaims.claim(String.format(Locale.ROOT, "r%d-%d", round, i), "outlet-" + random.nextInt(3), text.toString()));
      }
      Clustering clustering = new ClaimClusterer().cluster(claims);
      assertThat(clustering.clusters().stream().mapToInt(c -> c.claimIds().size()).sum()).isEqualTo(n);
      assertThat(clustering.links()).allSatisfy(l -> assertThat(l.score()).isBetween(0.0, 1.0));
    }
  }
}
