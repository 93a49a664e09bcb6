package org.corroborate.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.sources.SourcesFixture.all;
import static org.corroborate.sources.SourcesFixture.clustering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.model.Origin;
import org.corroborate.model.OutletOrigin;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

class SourceCounterTest {
  private static final String QUOTE_004 = "\u201cThe only reason we\u2019re still talking to these people is we need them and we need them now."
      + " The problem for these guys is they are that good,\u201d a Defense official told Axios ahead of the meeting.";
  private static final String QUOTE_002 = "A senior Pentagon official stated: \u201cThe only reason we\u2019re still talking to these people is"
      + " that we need them, and we need them now. The problem for these people is that they\u2019re so good.\u201d";

  private final SourcesFixture fx = new SourcesFixture();
  private final SourceCounter counter = new SourceCounter();

  private ClusterSources only(Corpus corpus, List<Claim> claims) {
    List<ClusterSources> out = counter.count(corpus, claims, clustering(claims));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void anAnonymousSourcesQuoteRepeatedWithoutCreditHasOneOrigin() {
    List<Claim> claims = List.of(fx.claim("002_", QUOTE_002), fx.claim("004_", QUOTE_004));

    ClusterSources s = only(fx.corpus(), claims);

    assertThat(s.outlets()).containsExactly("002_a594fe0b7e95a120", "Axios");
    assertThat(s.independentSources()).isEqualTo(1);
    Origin o = s.origins().get(0);
    assertThat(o.name()).isEqualTo("Axios");
    assertThat(o.sources()).containsExactly("002_a594fe0b7e95a120", "Axios");
    assertThat(o.claimIds()).hasSize(2);
    assertThat(o.reason())
        .contains("Axios: independent report")
        .contains("002_a594fe0b7e95a120: exclusive quote from an anonymous source, first published in"
            + " seeds/004_a7bd2c93768cd70c.txt (Axios), repeated without credit")
        .contains("publication order unknown; seeds/004_a7bd2c93768cd70c.txt names its own outlet as the reporter");
  }

  @Test
  void countingWithoutKeepingEvidenceGivesTheSameOriginsAsTheAnalysis() {
    List<Claim> claims = List.of(fx.claim("002_", QUOTE_002), fx.claim("004_", QUOTE_004));

    SourceAnalysis analysis = counter.analyze(fx.corpus(), claims, clustering(claims));

    assertThat(analysis.copies()).isNotEmpty();
    assertThat(counter.count(fx.corpus(), claims, clustering(claims))).isEqualTo(analysis.clusters());
  }

  @Test
  void aCopiedQuoteTakesTheUpstreamCreditOfItsParagraphWhenTheOutletIsNamedOnlyByItsFile() {
    Article a004 = fx.article("004_");
    Article unnamed = new Article(a004.id(), "004_a7bd2c93768cd70c", "", null, null, a004.text(), List.of());
    Corpus corpus = new Corpus(List.of(fx.article("002_"), unnamed), List.of());
    List<Claim> claims = List.of(
        fx.make(fx.article("002_"), "The only reason we\u2019re still talking to these people is that we need them, and we need them now.",
            Stance.ASSERTS, false, null),
        fx.make(unnamed, "The only reason we\u2019re still talking to these people is we need them and we need them now.",
            Stance.ASSERTS, false, null));

    ClusterSources s = only(corpus, claims);

    assertThat(s.origins()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Axios");
      assertThat(o.sources()).containsExactly("002_a594fe0b7e95a120", "004_a7bd2c93768cd70c");
      assertThat(o.reason()).contains("which cites Axios (\"told Axios\")");
    });
  }

  @Test
  void twoOutletsQuotingOneOnRecordStatementAreNotCopyingEachOther() {
    String statement = "good-faith conversations about our usage policy to ensure Anthropic can continue to support the"
        + " government\u2019s national security mission in line with what our models can reliably and responsibly do.";
    List<Claim> claims = List.of(
        fx.claim("001_", "Anthropic has issued a carefully worded statement emphasizing its commitment to \u201c" + statement + "\u201d"),
        fx.claim("004_", "\u201cWe continued " + statement + "\u201d"));

    SourceAnalysis analysis = counter.analyze(fx.corpus(), claims, clustering(claims));

    assertThat(analysis.clusters().get(0).independentSources()).isEqualTo(2);
    assertThat(analysis.clusters().get(0).origins()).extracting(Origin::reason).containsOnly("independent report");
    assertThat(analysis.copies())
        .filteredOn(e -> e.articleId().startsWith("seeds/") && e.fromArticleId().startsWith("seeds/"))
        .isNotEmpty().allSatisfy(e -> {
      assertThat(e.quote()).isTrue();
      assertThat(e.counted()).isFalse();
      assertThat(e.verdict()).contains("on-record statement");
    });
  }

  @Test
  void aQuoteOfAnOnRecordStatementInAWholeSyndicatedCopyIsCopiedWithTheRest() {
    String statement = "\u201cWe continued good-faith conversations about our usage policy to ensure Anthropic can continue to"
        + " support the government\u2019s national security mission in line with what our models can reliably and responsibly do.\u201d";
    List<Claim> claims = List.of(fx.claim("capital-ledger", statement), fx.claim("004_", statement));

    ClusterSources s = only(fx.corpus(), claims);

    assertThat(s.origins()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Axios");
      assertThat(o.reason()).contains("Capital Ledger: passage copied from seeds/004_a7bd2c93768cd70c.txt")
          .contains("a quote, copied with the whole article");
    });
  }

  @Test
  void independentReportsOfTheFridayDeadlineCountFiveTimesAndTheirCopiesAndCitationsDoNotAddSources() {
    List<Claim> seeds = List.of(
        fx.claim("000_", "The Pentagon has reportedly issued a 'final offer' to Anthropic, demanding unrestricted access to its"
            + " Claude AI models by this Friday.", Stance.ASSERTS, true, null),
        fx.claim("001_", "According to sources familiar with the discussions, Hegseth set a hard deadline of 5 p.m. Friday for"
            + " Anthropic to deliver a signed document granting full access to its AI system, known as Claude."),
        fx.claim("002_", "The Pentagon had given the company an ultimatum until today, Friday, and threatens to invoke the"
            + " Defense Production Act as well as classify it as a supply chain risk if Anthropic does not lift its usage restrictions."),
        fx.claim("003_", "The Pentagon has set a Friday 5 p.m. deadline for Anthropic to ease its AI usage restrictions."),
        fx.claim("004_", "Defense Secretary Pete Hegseth gave Anthropic CEO Dario Amodei until Friday evening to give the"
            + " military unfettered access to its AI model or face harsh penalties, Axios has learned."));
    List<Claim> echoes = List.of(
        fx.claim("capital-ledger", "Defense Secretary Pete Hegseth gave Anthropic CEO Dario Amodei until Friday evening to give the"
            + " military unfettered access to its AI model or face harsh penalties, Axios has learned."),
        fx.claim("harbor-post", "Defense Secretary Pete Hegseth has given Anthropic until Friday evening to open its AI model to"
            + " unrestricted military use, according to an Axios report published this week."));

    ClusterSources alone = only(fx.corpus(), seeds);
    ClusterSources withEchoes = only(fx.corpus(), all(seeds, echoes));

    assertThat(alone.independentSources()).isEqualTo(5);
    assertThat(alone.origins()).extracting(Origin::reason).containsExactly(
        "independent report", "independent report", "independent report", "independent report", "independent report (hedged)");
    assertThat(withEchoes.outlets()).hasSize(7);
    assertThat(withEchoes.independentSources()).isEqualTo(5);
    Origin axios = withEchoes.origins().stream().filter(o -> o.name().equals("Axios")).findFirst().orElseThrow();
    assertThat(axios.sources()).containsExactly("Axios", "Capital Ledger", "The Harbor Post");
    assertThat(axios.reason())
        .contains("Axios: independent report")
        .contains("Capital Ledger: cites Axios (\"Axios has learned\")")
        .contains("The Harbor Post: cites Axios (\"according to an Axios report\")");
  }

  @Test
  void aSyndicatedCopyUnderAnotherOutletsNameFoldsIntoTheOriginalPassageByPassage() {
    String[] passages = {
        "The big picture: Hegseth told Amodei in a tense meeting on Tuesday that the Pentagon will either cut ties and declare"
            + " Anthropic a \u201csupply chain risk,\u201d or invoke the Defense Production Act to force the company to tailor its"
            + " model to the military\u2019s needs.",
        "The Pentagon is also considering severing its contract with Anthropic and declaring the company a supply chain risk,"
            + " which would require a plethora of other companies that work with the Pentagon to certify that Claude isn\u2019t"
            + " used in their workflows."};
    for (String passage : passages) {
      List<Claim> claims = List.of(fx.claim("capital-ledger", passage), fx.claim("004_", passage));

      SourceAnalysis analysis = counter.analyze(fx.corpus(), claims, clustering(claims));

      ClusterSources s = analysis.clusters().get(0);
      assertThat(s.independentSources()).isEqualTo(1);
      Origin o = s.origins().get(0);
      assertThat(o.name()).isEqualTo("Axios");
      assertThat(o.sources()).containsExactly("Axios", "Capital Ledger");
      assertThat(o.reason()).matches("Axios: independent report; Capital Ledger: passage copied from"
          + " seeds/004_a7bd2c93768cd70c.txt \\(\\d+ chars; .*publication order unknown; seeds/004_a7bd2c93768cd70c.txt names"
          + " its own outlet as the reporter\\)");
      assertThat(analysis.copies()).filteredOn(CopyEvidence::counted).singleElement().satisfies(e -> {
        assertThat(e.articleId()).contains("capital-ledger");
        assertThat(e.fromArticleId()).isEqualTo("seeds/004_a7bd2c93768cd70c.txt");
        assertThat(e.fromClaimId()).isEqualTo(claims.get(1).id());
        assertThat(e.sharedPassage()).isEqualTo(passage.substring(0, passage.length() - 1)); // up to the last word
        assertThat(e.sharedChars()).isEqualTo(passage.length() - 1);
        assertThat(e.containment()).isEqualTo(1.0);
      });
    }
  }

  @Test
  void theAddedParagraphOfASyndicatedCopyIsItsOwnReport() {
    List<Claim> claims = List.of(fx.claim("capital-ledger", "Members of the House Armed Services Committee have asked the"
        + " Defense Department for a closed-door briefing on the dispute before the deadline expires"));

    ClusterSources s = only(fx.corpus(), claims);

    assertThat(s.origins()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Capital Ledger");
      assertThat(o.reason()).isEqualTo("independent report");
    });
  }

  @Test
  void twoOutletsRunningOneWireStoryAreOneSourceBesideAnIndependentReport() {
    String wire = "The Pentagon is weighing whether to invoke the Defense Production Act against the artificial intelligence"
        + " company Anthropic after talks over military use of its Claude model stalled this week, two defense officials said.";
    List<Claim> claims = List.of(
        fx.claim("lakeside", wire),
        fx.claim("valley", wire),
        fx.claim("metro", "Pentagon officials have discussed using the Defense Production Act to force Anthropic to hand over"
            + " its Claude model on the military's terms, three people briefed on the talks told Metro Ledger."));

    ClusterSources s = only(fx.corpus(), claims);

    assertThat(s.outlets()).containsExactly("Lakeside Tribune", "Metro Ledger", "Valley Courier");
    assertThat(s.independentSources()).isEqualTo(2);
    assertThat(s.origins()).extracting(Origin::name).containsExactly("Associated Press", "Metro Ledger");
    assertThat(s.origins().get(0).sources()).containsExactly("Lakeside Tribune", "Valley Courier");
    assertThat(s.origins().get(0).reason()).isEqualTo("same wire story (AP)");
    assertThat(s.origins().get(1).reason()).isEqualTo("independent report");
  }

  @Test
  void denialsAndRefusalsToCommentAreListedButNeverCount() {
    List<Claim> claims = List.of(
        fx.claim("000_", "Following the raid, Anthropic officials expressed disapproval of its technology being used for such purposes"),
        fx.claim("004_", "Amodei denied that Anthropic raised any such concerns or even broached the topic with Palantir beyond"
            + " standard operating conversations.", Stance.DENIES, false, null),
        fx.claim("002_", "An Anthropic spokesperson declined to comment on this specific use.", Stance.DECLINES, false, null));

    ClusterSources s = only(fx.corpus(), claims);

    assertThat(s.outlets()).containsExactly("002_a594fe0b7e95a120", "Axios", "Scout");
    assertThat(s.origins()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Scout");
      assertThat(o.claimIds()).containsExactly(claims.get(0).id());
    });
  }

  @Test
  void aClusterOfOnlyDenialsHasNoOrigin() {
    List<Claim> claims = List.of(fx.claim("004_", "Amodei denied that Anthropic raised any such concerns", Stance.DENIES, false, null));

    assertThat(only(fx.corpus(), claims).independentSources()).isZero();
  }

  @Test
  void theSameOutletTwiceIsOneSource() {
    List<Claim> claims = List.of(
        fx.claim("004_", "Anthropic\u2019s Claude is the only AI model currently used for the military\u2019s most sensitive work."),
        fx.claim("004_", "Cutting ties would require the Pentagon to have a replacement ready for Claude, which is currently the"
            + " only model used in classified systems."));

    ClusterSources s = only(fx.corpus(), claims);

    assertThat(s.origins()).singleElement().satisfies(o -> {
      assertThat(o.claimIds()).containsExactly(claims.get(0).id(), claims.get(1).id());
      assertThat(o.reason()).isEqualTo("independent report");
    });
  }

  @Test
  void outletsDeclaredUnderOneOriginInOriginsCsvCountOnceAndSaySo() {
    List<Claim> claims = List.of(
        fx.claim("metro", "Anthropic executives have argued that their restrictions on surveillance and autonomous weapons have"
            + " never stopped a military mission."),
        fx.claim("harbor-post", "The company has resisted dropping two restrictions, on mass domestic surveillance and on weapons"
            + " that fire without human control"));
    Corpus declared = fx.corpus(List.of(
        new OutletOrigin("Metro Ledger", "Great Lakes Media"), new OutletOrigin("Harbor Post", "Great Lakes Media")));

    assertThat(only(fx.corpus(), claims).independentSources()).isEqualTo(2);
    ClusterSources s = only(declared, claims);
    assertThat(s.origins()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Great Lakes Media");
      assertThat(o.sources()).containsExactly("Metro Ledger", "The Harbor Post");
      assertThat(o.reason()).isEqualTo("declared in origins.csv under Great Lakes Media");
    });
  }

  @Test
  void theEarlierPublicationIsTheOriginOfACopiedPassage() {
    String shared = "Flood barriers along the eastern embankment failed at dawn after three days of record rainfall, forcing"
        + " the evacuation of about 1,400 residents from the lower town.";
    for (boolean riversideFirst : new boolean[] {true, false}) {
      Article riverside = new Article("riverside.txt", "Riverside Gazette", "", null,
          riversideFirst ? "2026-03-01T08:00:00Z" : "2026-03-01T11:00:00Z",
          "Town evacuated as barriers fail\n" + shared + "\nThe mayor thanked volunteers.", List.of());
      Article hilltop = new Article("hilltop.txt", "Hilltop News", "", null, "2026-03-01T09:30:00Z",
          "Evacuation in the lower town\nEmergency crews worked through the night.\n" + shared, List.of());
      Corpus corpus = new Corpus(List.of(hilltop, riverside), List.of());
      List<Claim> claims = List.of(
          fx.make(riverside, shared, Stance.ASSERTS, false, null), fx.make(hilltop, shared, Stance.ASSERTS, false, null));

      ClusterSources s = only(corpus, claims);

      String first = riversideFirst ? "riverside.txt" : "hilltop.txt";
      assertThat(s.origins()).singleElement().satisfies(o -> {
        assertThat(o.name()).isEqualTo(riversideFirst ? "Riverside Gazette" : "Hilltop News");
        assertThat(o.reason()).contains("passage copied from " + first).contains(first + " was published first");
      });
    }
  }

  @Test
  void independentWordingOfOneFactIsNotACopy() {
    Article a = new Article("a.txt", "North Star", "", null, null,
        "The council approved the new budget on Tuesday by a vote of seven to two after a long debate.", List.of());
    Article b = new Article("b.txt", "South Wind", "", null, null,
        "After hours of debate on Tuesday, councillors passed the budget, seven votes to two.", List.of());
    List<Claim> claims = List.of(fx.make(a, a.text(), Stance.ASSERTS, false, null), fx.make(b, b.text(), Stance.ASSERTS, false, null));

    SourceAnalysis analysis = counter.analyze(new Corpus(List.of(a, b), List.of()), claims, clustering(claims));

    assertThat(analysis.clusters().get(0).independentSources()).isEqualTo(2);
    assertThat(analysis.copies()).isEmpty();
  }

  @Test
  void theCountIsTheSameWhateverTheOrderOfTheClaims() {
    List<Claim> claims = new ArrayList<>(List.of(
        fx.claim("002_", QUOTE_002), fx.claim("004_", QUOTE_004),
        fx.claim("lakeside", "The Korean War-era law lets the president compel companies"),
        fx.claim("valley", "The Korean War-era law lets the president compel companies")));
    Clustering clustering = clustering(claims.subList(0, 2), claims.subList(2, 4));
    List<ClusterSources> first = counter.count(fx.corpus(), claims, clustering);

    Collections.shuffle(claims, new Random(7));
    List<ClusterSources> second = counter.count(fx.corpus(), claims, clustering);

    assertThat(second).isEqualTo(first);
    assertThat(first).extracting(ClusterSources::independentSources).containsExactly(1, 1);
  }
}
