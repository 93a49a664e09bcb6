package org.corroborate.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.corroborate.check.CorpusAnalysis;
import org.corroborate.check.ExtractedCorpus;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.DateMention;
import org.corroborate.model.Origin;
import org.corroborate.model.Quantity;
import org.corroborate.model.Severity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Token;
import org.junit.jupiter.api.Test;

class StoredBinaryTest {
  private static Claim populated() {
    String text = "Officials said on Friday that the café paid $200 million, reportedly.\nWhy?\n";
    return new Claim("x/a.md#1", "x/a.md", "Gazette", "The café paid $200 million.", text.substring(0, 69), 0, 34, 68,
        List.of(new Span(34, 50), new Span(52, 68)), "Officials", "city officials", Stance.DENIES, true, true, false,
        List.of("reportedly", "said"), List.of(new Quantity("$200 million", 2e8, "USD", "exact", ""),
            new Quantity("-3.5 degrees", -3.5, "°C", "at least", "degrees")),
        List.of(new DateMention("Friday", "friday")), "the Wall Street Journal", true,
        List.of(new Token("café", 38, 42, "NN", "café"), new Token("paid", 43, 47, "VBD", "pay")));
  }

  private static Claim roundTrip(Claim c) {
    byte[] bytes = StoredBinary.claim(c);
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    return StoredBinary.claim(padded, 3, bytes.length);
  }

  @Test
  void aFullyPopulatedClaimWithNonAsciiTextSurvivesTheRoundTrip() {
    Claim c = populated();
    assertThat(roundTrip(c)).isEqualTo(c);
  }

  @Test
  void aClaimWithoutSpeakerCitedSourceNumbersDatesOrTokensSurvivesTheRoundTrip() {
    Claim c = new Claim("b.txt#3", "b.txt", "b", "The bridge reopened.", "The bridge reopened.", 120, 120, 140,
        List.of(new Span(120, 140)), null, null, Stance.ASSERTS, false, false, true, List.of(), List.of(), List.of(),
        null, false, List.of());
    Claim back = roundTrip(c);
    assertThat(back).isEqualTo(c);
    assertThat(back.speaker()).isNull();
    assertThat(back.citedSource()).isNull();
  }

  @Test
  void everyClaimOfTheSeedsSurvivesTheRoundTrip() throws Exception {
    ExtractedCorpus seeds = ExtractedCorpus.extract("seeds", new CorpusReader().read(Path.of("..", "seeds")));
    List<Claim> claims = seeds.extracted().stream().map(ArticleClaims::claims).flatMap(List::stream).toList();
    assertThat(claims).hasSizeGreaterThan(100);
    for (Claim c : claims) {
      assertThat(roundTrip(c)).isEqualTo(c);
    }
  }

  @Test
  void aStoredClusterAndItsContradictionsSurviveTheRoundTrip() {
    CorpusAnalysis.StoredCluster cluster = new CorpusAnalysis.StoredCluster("c12", List.of("a.txt#1", "b.txt#4", "c.txt#2"),
        List.of(new Origin("Reuters", List.of("Herald", "Courier"), List.of("a.txt#1", "b.txt#4"), "wire copy"),
            new Origin("Gazette", List.of("Gazette"), List.of("c.txt#2"), "own reporting")));
    CorpusIndex.ClusterDoc doc = new CorpusIndex.ClusterDoc(41, cluster);
    byte[] bytes = StoredBinary.cluster(doc);
    assertThat(StoredBinary.cluster(bytes, 0, bytes.length)).isEqualTo(doc);

    CorpusIndex.ClusterContradictions xs = new CorpusIndex.ClusterContradictions(List.of(3, 17),
        List.of(new Contradiction("x4", ContradictionType.NUMERIC, "“200” vs “300”", Severity.HIGH, List.of("a.txt#1", "d.txt#9"),
            List.of("Herald", "Daily")),
            new Contradiction("x18", ContradictionType.DENIAL, "denied by the mayor", Severity.LOW, List.of("b.txt#4", "e.txt#1"),
                List.of("Courier", "Post"))));
    byte[] xBytes = StoredBinary.contradictions(xs);
    assertThat(StoredBinary.contradictions(xBytes, 0, xBytes.length)).isEqualTo(xs);
  }

  @Test
  void aTruncatedOrOverlongRecordIsRefusedNotMisread() {
    byte[] bytes = StoredBinary.claim(populated());
    assertThatThrownBy(() -> StoredBinary.claim(Arrays.copyOf(bytes, bytes.length - 1), 0, bytes.length - 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed stored record");
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    assertThatThrownBy(() -> StoredBinary.claim(longer, 0, longer.length))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bytes left over");
  }
}
