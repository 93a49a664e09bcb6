package org.corroborate.sources;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.sources.SourcesFixture.clustering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Corpus;
import org.corroborate.model.Origin;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * The quote-credit rule on fixtures/sources/quote-credit: an unnamed source's quote that one
 * article credits to an outlet ("told the Lakeview Ledger") is that outlet's, wherever it is
 * repeated without credit, however short; a named speaker's public statement stays independent.
 * Claims are made by hand (speaker, quote flag, cited outlet as the claims stage gives them) so
 * the rule is tested without the claims and cluster stages.
 */
class QuoteCreditsTest {
  private static final Path DIR = Path.of("..", "fixtures", "sources", "quote-credit");
  private static final String SHUT = "The bridge stays shut until April";
  private static final String MAYOR = "We will not leave this bridge unfinished";

  private final SourceCounter counter = new SourceCounter();
  private final Article ledger = article("lakeview-ledger.txt", "Lakeview Ledger", "2026-03-02T08:00:00Z");
  private final Article courier = article("riverside-courier.txt", "Riverside Courier", "2026-03-02T15:00:00Z");
  private final Article examiner = article("valley-examiner.txt", "Valley Examiner", "2026-03-02T18:30:00Z");
  private final Corpus corpus = new Corpus(List.of(ledger, courier, examiner), List.of());

  private static Article article(String file, String outlet, String published) {
    try {
      return new Article(file, outlet, "", null, published, Files.readString(DIR.resolve(file), UTF_8), List.of());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Claim claim(Article a, int n, String passage, String speaker, String cited, boolean quote) {
    int start = a.text().indexOf(passage);
    assertThat(start).as("%s in %s", passage, a.id()).isNotNegative();
    int end = start + passage.length();
    int line = a.text().lastIndexOf('\n', start) + 1;
    int lineEnd = a.text().indexOf('\n', start);
    String sentence = a.text().substring(line, lineEnd < 0 ? a.text().length() : lineEnd);
    return new Claim(a.id() + "#" + n, a.id(), a.source(), passage, sentence, line, start, end,
        List.of(new Span(start, end)), speaker, null, Stance.ASSERTS, false, false, false, List.of(), List.of(),
        List.of(), cited, quote, List.of());
  }

  private ClusterSources only(List<Claim> claims) {
    List<ClusterSources> out = counter.count(corpus, claims, clustering(claims));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void anUnnamedSourcesShortQuoteRepeatedWithoutCreditCountsUnderTheOutletItWasGivenTo() {
    List<Claim> claims = List.of(
        claim(ledger, 1, SHUT, "a senior city official", "Lakeview Ledger", true),
        claim(courier, 1, SHUT, "A senior city official", null, true));

    ClusterSources s = only(claims);

    assertThat(s.independentSources()).isEqualTo(1);
    Origin o = s.origins().get(0);
    assertThat(o.name()).isEqualTo("Lakeview Ledger");
    assertThat(o.sources()).containsExactly("Lakeview Ledger", "Riverside Courier");
    assertThat(o.reason()).contains("Riverside Courier: quote first given to Lakeview Ledger"
        + " (\"told the Lakeview Ledger\" in lakeview-ledger.txt), repeated without credit");
  }

  @Test
  void theCreditIsFoundInTheQuotationsParagraphWhenTheClaimDoesNotCarryIt() {
    List<Claim> claims = List.of(
        claim(ledger, 1, SHUT, "a senior city official", null, true),
        claim(courier, 1, SHUT, null, null, true));

    assertThat(only(claims).origins()).singleElement()
        .satisfies(o -> assertThat(o.reason()).contains("quote first given to Lakeview Ledger"));
  }

  @Test
  void aNamedSpeakersStatementQuotedByThreeOutletsStaysThreeSources() {
    List<Claim> claims = List.of(
        claim(ledger, 1, MAYOR, "Ruiz", null, true),
        claim(courier, 1, MAYOR, "she", null, true),
        claim(examiner, 1, MAYOR, "Mayor Ana Ruiz", null, true));

    ClusterSources s = only(claims);

    assertThat(s.independentSources()).isEqualTo(3);
    assertThat(s.origins()).extracting(Origin::reason).containsOnly("independent report");
  }

  @Test
  void aRepeatThatNamesItsSpeakerIsNotFoldedIntoAnAnonymousQuotesOutlet() {
    List<Claim> claims = List.of(
        claim(ledger, 1, SHUT, "a senior city official", "Lakeview Ledger", true),
        claim(courier, 1, SHUT, "Mayor Ana Ruiz", null, true));

    assertThat(only(claims).independentSources()).isEqualTo(2);
  }

  @Test
  void aRepeatPublishedBeforeTheCreditIsNotFolded() {
    Article earlyCourier = new Article(courier.id(), courier.source(), "", null, "2026-03-01T09:00:00Z", courier.text(),
        List.of());
    Corpus early = new Corpus(List.of(ledger, earlyCourier, examiner), List.of());
    List<Claim> claims = List.of(
        claim(ledger, 1, SHUT, "a senior city official", "Lakeview Ledger", true),
        claim(earlyCourier, 1, SHUT, "A senior city official", null, true));

    assertThat(counter.count(early, claims, clustering(claims)).get(0).independentSources()).isEqualTo(2);
  }

  @Test
  void theSameWordsOutsideQuotationMarksAreNotAQuoteToFold() {
    List<Claim> claims = List.of(
        claim(ledger, 1, SHUT, "a senior city official", "Lakeview Ledger", true),
        claim(courier, 1, SHUT, null, null, false));

    assertThat(only(claims).independentSources()).isEqualTo(2);
  }
}
