package org.corroborate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.Origin;
import org.corroborate.model.Report;
import org.corroborate.model.Severity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

/** The verdict rules on hand-built reports, independent of what the stages find. */
class VerdictsTest {
  static final String DRAFT = "draft:d.md";

  static Claim claim(String article, int n, String source, String text) {
    return new Claim(article + "#" + n, article, source, text, text, 0, 0, text.length(), List.of(new Span(0, text.length())),
        null, null, Stance.ASSERTS, false, false, false, List.of(), List.of(), List.of(), null, false, List.of());
  }

  static ClusterReport cluster(String id, List<Claim> members, List<Origin> origins) {
    List<ClaimReport> reports = new ArrayList<>();
    members.forEach(c -> reports.add(new ClaimReport(c, id, ClaimStatus.SINGLE_SOURCE)));
    return new ClusterReport(id, members.get(0).text(), origins.size(), members.stream().map(Claim::source).distinct().sorted().toList(),
        ClaimStatus.SINGLE_SOURCE, origins, reports, List.of());
  }

  static Origin origin(String name, Claim... claims) {
    return new Origin(name, List.of(name), java.util.Arrays.stream(claims).map(Claim::id).toList(), "independent report");
  }

  static Report report(List<ClusterReport> clusters, List<Contradiction> contradictions) {
    return new Report(Report.SCHEMA_VERSION, "corpus", List.of(), List.of(), clusters, contradictions);
  }

  @Test
  void theDraftsOwnOriginNeverCountsAsASource() {
    Claim d = claim(DRAFT, 1, "draft:d.md", "The bridge reopens in March.");
    Claim a = claim("a.txt", 1, "Gazette", "The bridge reopens in March.");
    Report r = report(List.of(cluster("c1", List.of(a, d), List.of(origin("Gazette", a), origin("draft:d.md", d)))), List.of());
    Fate fate = new Verdicts(r, Set.of(DRAFT)).fate(d.id(), 1);
    assertThat(fate.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(fate.independentSources()).isEqualTo(1);
    assertThat(fate.sources()).containsExactly("Gazette");
    assertThat(fate.support()).extracting(CorpusClaim::id).containsExactly("a.txt#1");
  }

  @Test
  void aClaimAloneInItsClusterIsUnsupported() {
    Claim d = claim(DRAFT, 1, "draft:d.md", "The mayor resigned.");
    Report r = report(List.of(cluster("c1", List.of(d), List.of(origin("draft:d.md", d)))), List.of());
    Fate fate = new Verdicts(r, Set.of(DRAFT)).fate(d.id(), 1);
    assertThat(fate.verdict()).isEqualTo(Verdict.UNSUPPORTED);
    assertThat(fate.independentSources()).isZero();
  }

  @Test
  void fewerIndependentSourcesThanRequiredIsSingleSource() {
    Claim d = claim(DRAFT, 1, "draft:d.md", "The bridge reopens in March.");
    Claim a = claim("a.txt", 1, "Gazette", "The bridge reopens in March.");
    Claim b = claim("b.txt", 1, "Herald", "The bridge will reopen in March.");
    Report r = report(List.of(cluster("c1", List.of(a, b, d), List.of(origin("Gazette", a), origin("Herald", b), origin("draft:d.md", d)))), List.of());
    Verdicts v = new Verdicts(r, Set.of(DRAFT));
    assertThat(v.fate(d.id(), 2).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(v.fate(d.id(), 3).verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(v.fate(d.id(), 3).independentSources()).isEqualTo(2);
  }

  @Test
  void anOriginTheDraftSharesWithACorpusArticleStillCountsOnceForTheCorpus() {
    Claim d = claim(DRAFT, 1, "draft:d.md", "The bridge reopens in March.");
    Claim a = claim("a.txt", 1, "Gazette", "The bridge reopens in March.");
    Origin shared = new Origin("Gazette", List.of("Gazette", "draft:d.md"), List.of(a.id(), d.id()), "passage copied from a.txt");
    Report r = report(List.of(cluster("c1", List.of(a, d), List.of(shared))), List.of());
    assertThat(new Verdicts(r, Set.of(DRAFT)).fate(d.id(), 1).independentSources()).isEqualTo(1);
  }

  @Test
  void aContradictionWithACorpusClaimTakesPrecedenceOverSupport() {
    Claim d = claim(DRAFT, 1, "draft:d.md", "The contract was worth $500 million.");
    Claim a = claim("a.txt", 1, "Gazette", "The contract was worth $500 million.");
    Claim b = claim("b.txt", 1, "Herald", "The contract was worth $200 million.");
    Contradiction x = new Contradiction("x1", ContradictionType.NUMERIC, "$500 million vs $200 million", Severity.HIGH,
        List.of(b.id(), d.id()), List.of("Herald", "draft:d.md"));
    Report r = report(List.of(
        cluster("c1", List.of(a, d), List.of(origin("Gazette", a), origin("draft:d.md", d))),
        cluster("c2", List.of(b), List.of(origin("Herald", b)))), List.of(x));
    Fate fate = new Verdicts(r, Set.of(DRAFT)).fate(d.id(), 1);
    assertThat(fate.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(fate.oppositions()).extracting(o -> o.claim().id()).containsExactly("b.txt#1");
    assertThat(fate.oppositions().get(0).type()).isEqualTo("numeric");
    assertThat(fate.independentSources()).isEqualTo(1);
  }

  @Test
  void aContradictionOfACorpusClaimInTheDraftClaimsClusterCountsAgainstTheDraftClaim() {
    Claim d = claim(DRAFT, 1, "draft:d.md", "The meeting was cordial.");
    Claim a = claim("a.txt", 1, "Gazette", "The meeting was cordial.");
    Claim b = claim("b.txt", 1, "Herald", "The meeting was not warm at all.");
    Contradiction x = new Contradiction("x1", ContradictionType.ANTONYM, "cordial vs not warm", Severity.LOW,
        List.of(a.id(), b.id()), List.of("Gazette", "Herald"));
    Report r = report(List.of(
        cluster("c1", List.of(a, d), List.of(origin("Gazette", a), origin("draft:d.md", d))),
        cluster("c2", List.of(b), List.of(origin("Herald", b)))), List.of(x));
    assertThat(new Verdicts(r, Set.of(DRAFT)).fate(d.id(), 1).verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aContradictionBetweenTwoDraftClaimsIsNotTheCorpusContradictingTheDraft() {
    Claim d1 = claim(DRAFT, 1, "draft:d.md", "The contract was worth $500 million.");
    Claim d2 = claim(DRAFT, 2, "draft:d.md", "The contract was worth $200 million.");
    Contradiction x = new Contradiction("x1", ContradictionType.NUMERIC, "500 vs 200", Severity.HIGH,
        List.of(d1.id(), d2.id()), List.of("draft:d.md", "draft:d.md"));
    Report r = report(List.of(
        cluster("c1", List.of(d1), List.of(origin("draft:d.md", d1))),
        cluster("c2", List.of(d2), List.of(origin("draft:d.md", d2)))), List.of(x));
    assertThat(new Verdicts(r, Set.of(DRAFT)).fate(d1.id(), 1).verdict()).isEqualTo(Verdict.UNSUPPORTED);
  }
}
