package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Clustering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short claim stated inside longer ones, on invented news text run through the real claims
 * stage: the longer claims support it whatever detail they add, while a claim about another
 * thing, another actor, or a hypothetical stays apart.
 */
class ContainmentClusteringTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static List<Claim> claims;
  private static Clustering clustering;

  @BeforeAll
  static void clusterTheCorpus() {
    claims = new ArrayList<>();
    add("ledger", "Ledger", "The council threatened to revoke the stadium's operating licence.");
    add("courier", "Courier", "The council is considering revoking the stadium's operating licence after "
        + "months of complaints about noise from neighbours.");
    add("herald", "Herald", "On Monday the council threatened to revoke the stadium's operating licence in a "
        + "letter to the club's owners.");
    add("gazette", "Gazette", "The council threatened to revoke the licences of six taxi operators.");
    add("tribune", "Tribune", "If the council revokes the stadium's operating licence, the club would have "
        + "to play its home games elsewhere.");
    add("post", "Post", "Minister Elena Varga demanded full access to the flood archive. "
        + "Elena Varga sued the Post over the flood archive.");
    add("echo", "Echo", "The Post refused full access to the flood archive. "
        + "Varga took the Post to court over the flood archive.");
    add("wire", "Wire", "The league threatened to declare the club a financial risk.");
    add("sport", "Sport", "The league has threatened to classify the club as a financial risk.");
    add("daily", "Daily", "The league threatened to fine the club as a financial risk.");
    add("review", "Review", "A financial risk is a label the league applies to clubs in debt.");
    add("ledger2", "Ledger", "The ministry has issued a Monday deadline for the union.");
    add("courier2", "Courier", "The ministry gave the union until Monday evening to accept the offer.");
    clustering = new ClaimClusterer().cluster(claims);
  }

  private static void add(String id, String source, String text) {
    claims.addAll(EXTRACTOR.extract(new Article(id + ".txt", source, "", null, null, text, List.of())).claims());
  }

  private static String clusterOf(String article, String words) {
    Map<String, String> byClaim = new HashMap<>();
    clustering.clusters().forEach(c -> c.claimIds().forEach(id -> byClaim.put(id, c.id())));
    Claim claim = claims.stream()
        .filter(c -> c.articleId().equals(article + ".txt") && c.text().contains(words))
        .findFirst().orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + article));
    return byClaim.get(claim.id());
  }

  @Test
  void longerClaimsThatAddDifferentDetailsJoinTheShortClaimTheyState() {
    String shortClaim = clusterOf("ledger", "revoke the stadium");
    assertThat(clusterOf("courier", "revoking the stadium")).isEqualTo(shortClaim);
    assertThat(clusterOf("herald", "revoke the stadium")).isEqualTo(shortClaim);
  }

  @Test
  void theSameThreatAgainstSomethingElseIsAnotherClaim() {
    assertThat(clusterOf("gazette", "taxi operators")).isNotEqualTo(clusterOf("ledger", "revoke the stadium"));
  }

  @Test
  void aHypotheticalDoesNotSupportTheClaimItSupposes() {
    assertThat(clusterOf("tribune", "revokes the stadium")).isNotEqualTo(clusterOf("ledger", "revoke the stadium"));
  }

  @Test
  void opposingPartiesMakingClaimsAboutOneThingAreNotOneClaim() {
    assertThat(clusterOf("post", "demanded full access")).isNotEqualTo(clusterOf("echo", "refused full access"));
  }

  @Test
  void verbsThatNameSomethingWhatItsComplementSaysMeetEachOther() {
    assertThat(clusterOf("sport", "classify the club")).isEqualTo(clusterOf("wire", "declare the club"));
  }

  @Test
  void aVerbOutsideTheNamingClassIsNotStatedByOne() {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(java.util.Comparator.comparing(Claim::id));
    List<ClaimProfile> profiles = ScoredPairs.profiles(sorted);
    TermWeights idf = TermWeights.of(profiles);
    Containment containment = new Containment(idf, new NameAssociations(profiles), true);
    ClaimProfile fine = profile(profiles, "daily", "fine the club");
    ClaimProfile declare = profile(profiles, "wire", "declare the club");
    ClaimProfile classify = profile(profiles, "sport", "classify the club");
    assertThat(containment.cover(declare, classify).share()).isGreaterThanOrEqualTo(ScoredPairs.CONTAINMENT_THRESHOLD);
    assertThat(containment.cover(fine, declare).share()).isZero();
    // the noun "label" names a thing, not the act of labelling
    assertThat(containment.cover(declare, profile(profiles, "review", "is a label")).share()).isZero();
  }

  private static ClaimProfile profile(List<ClaimProfile> profiles, String article, String words) {
    return profiles.stream()
        .filter(p -> p.claim().articleId().equals(article + ".txt") && p.claim().text().contains(words))
        .findFirst().orElseThrow();
  }

  @Test
  void aTimeLimitStatesTheDeadlineASupportVerbIssued() {
    assertThat(clusterOf("courier2", "until Monday")).isEqualTo(clusterOf("ledger2", "Monday deadline"));
  }
}
