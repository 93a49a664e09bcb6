package org.corroborate.contradict;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.Severity;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContradictionFinderTest {
  private static final Path PAIRS = Path.of("..", "fixtures", "contradict", "pairs.tsv");
  private final ContradictionFinder finder = new ContradictionFinder();

  static Stream<Arguments> goldenPairs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(PAIRS, UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2} | {5}")
  @MethodSource("goldenPairs")
  void eachGoldenPairGetsItsExpectedContradiction(String expected, String severity, String aText, String aSpeaker,
      String aStance, String bText, String bSpeaker, String bStance, String placement) {
    boolean same = placement.equals("same");
    Claim a = TestClaims.claim("a.txt", 1, "Outlet A", aText).speaker(speaker(aSpeaker)).stance(stance(aStance)).build();
    Claim b = TestClaims.claim(same ? "a.txt" : "b.txt", same ? 2 : 1, same ? "Outlet A" : "Outlet B", bText)
        .speaker(speaker(bSpeaker)).stance(stance(bStance)).build();
    List<Contradiction> found = finder.find(List.of(a, b), TestClaims.singletons(List.of(a, b)));
    if (expected.equals("none")) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found).hasSize(1);
    Contradiction x = found.get(0);
    assertThat(x.type().label()).isEqualTo(expected);
    assertThat(x.severity().label()).isEqualTo(severity);
    assertThat(x.claimIds()).containsExactly(a.id(), b.id());
    assertThat(x.sources()).containsExactly(a.source(), b.source());
    assertThat(x.id()).isEqualTo("x1");
    assertThat(x.summary()).isNotBlank();
  }

  private static String speaker(String s) {
    return s.equals("-") ? null : s;
  }

  private static Stance stance(String s) {
    return Stance.valueOf(s.toUpperCase(Locale.ROOT));
  }

  static Stream<Arguments> numbersAndDates() {
    return Stream.of(
        Arguments.of("different death tolls are a high numeric conflict",
            TestClaims.claim("a.txt", 1, "A", "The earthquake killed 200 people in the city.")
                .number("200 people", 200, "", "exact", "people"),
            TestClaims.claim("b.txt", 1, "B", "The earthquake killed 350 people in the city.")
                .number("350 people", 350, "", "exact", "people"),
            ContradictionType.NUMERIC, Severity.HIGH),
        Arguments.of("a lower bound below a later count is a low numeric discrepancy",
            TestClaims.claim("a.txt", 1, "A", "At least 3 people died in the warehouse fire.")
                .number("at least 3 people", 3, "", "at-least", "people"),
            TestClaims.claim("b.txt", 1, "B", "5 people died in the warehouse fire.")
                .number("5 people", 5, "", "exact", "people"),
            ContradictionType.NUMERIC, Severity.LOW),
        Arguments.of("rounded figures agree",
            TestClaims.claim("a.txt", 1, "A", "The company lost 1.2 million dollars in the quarter.")
                .number("1.2 million dollars", 1_200_000, "USD", "exact", ""),
            TestClaims.claim("b.txt", 1, "B", "The company lost 1,234,000 dollars in the quarter.")
                .number("1,234,000 dollars", 1_234_000, "USD", "exact", ""),
            null, null),
        Arguments.of("counts of different scopes do not conflict",
            TestClaims.claim("a.txt", 1, "A", "The tsunami killed 170,000 people in Sumatra.")
                .number("170,000 people", 170_000, "", "exact", "people"),
            TestClaims.claim("b.txt", 1, "B", "The tsunami killed 230,000 people across Asia.")
                .number("230,000 people", 230_000, "", "exact", "people"),
            null, null),
        Arguments.of("counts of different things do not conflict",
            TestClaims.claim("a.txt", 1, "A", "The storm destroyed 40 homes in the county.")
                .number("40 homes", 40, "", "exact", "homes"),
            TestClaims.claim("b.txt", 1, "B", "The storm destroyed 12 bridges in the county.")
                .number("12 bridges", 12, "", "exact", "bridges"),
            null, null),
        Arguments.of("different dates of one event are a date conflict",
            TestClaims.claim("a.txt", 1, "A", "The summit between the two leaders opened on March 4.")
                .date("March 4", "2026-03-04"),
            TestClaims.claim("b.txt", 1, "B", "The summit between the two leaders opened on March 6.")
                .date("March 6", "2026-03-06"),
            ContradictionType.DATE, Severity.HIGH),
        Arguments.of("a month and a day inside it agree",
            TestClaims.claim("a.txt", 1, "A", "The summit between the two leaders opened in March.")
                .date("March", "2026-03"),
            TestClaims.claim("b.txt", 1, "B", "The summit between the two leaders opened on March 6.")
                .date("March 6", "2026-03-06"),
            null, null),
        Arguments.of("dates of different events do not conflict",
            TestClaims.claim("a.txt", 1, "A", "Claude was used during a January military operation to capture Maduro.")
                .date("January", "2026-01"),
            TestClaims.claim("b.txt", 1, "B", "The findings come from a report from February 2026.")
                .date("February 2026", "2026-02"),
            null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbersAndDates")
  void numbersAndDatesConflictOnlyForTheSameQuantityOrEvent(String name, TestClaims a, TestClaims b,
      ContradictionType type, Severity severity) {
    Claim ca = a.build();
    Claim cb = b.build();
    List<Contradiction> found = finder.find(List.of(ca, cb), TestClaims.singletons(List.of(ca, cb)));
    if (type == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).extracting(Contradiction::type, Contradiction::severity).containsExactly(
          org.assertj.core.groups.Tuple.tuple(type, severity));
    }
  }

  @Test
  void aDenialWithAnAnaphoraContradictsTheReportsOfWhatItDenies() {
    Claim disapproval = TestClaims.claim("000.txt", 5, "Scout",
        "Following the raid, Anthropic officials expressed disapproval of its technology being used for such purposes.").build();
    Claim pentagon = TestClaims.claim("004.txt", 9, "Axios",
        "Anthropic raised concerns to its partner Palantir over the use of Claude during the Maduro raid.")
        .speaker("the Pentagon").build();
    Claim denial = TestClaims.claim("004.txt", 10, "Axios",
        "Anthropic raised any such concerns or even broached the topic with Palantir beyond standard operating conversations.")
        .speaker("Amodei").stance(Stance.DENIES).build();
    List<Claim> claims = List.of(disapproval, pentagon, denial);
    List<Contradiction> found = finder.find(claims, TestClaims.singletons(claims));
    assertThat(found).extracting(Contradiction::type).containsOnly(ContradictionType.DENIAL);
    assertThat(found).extracting(Contradiction::claimIds).containsExactlyInAnyOrder(
        List.of("000.txt#5", "004.txt#10"), List.of("004.txt#10", "004.txt#9"));
  }

  @Test
  void anArticleShapedLikeTheClaimsStageOutputGivesTheThreeDisputesAndNothingElse() {
    List<Claim> claims = List.of(
        TestClaims.claim("000.txt", 9, "Scout",
            "Following the raid, Anthropic officials expressed disapproval of its technology being used for such purposes.").build(),
        TestClaims.claim("000.txt", 19, "Scout",
            "Anthropic is currently the only one running on the Pentagon's classified systems via Palantir's AI Platform.").build(),
        TestClaims.claim("003.txt", 11, "003",
            "The Pentagon recently reached a deal with xAI to deploy its models on classified networks, ending Anthropic's exclusive status.").build(),
        TestClaims.claim("004.txt", 7, "Axios", "the meeting was \u201cnot warm and fuzzy at all.\u201d")
            .speaker("A senior Defense official").build(),
        TestClaims.claim("004.txt", 8, "Axios", "it remained \u201ccordial\u201d with no voices raised on either side.")
            .speaker("Another source").build(),
        TestClaims.claim("004.txt", 9, "Axios", "Hegseth praised Claude to Amodei.").speaker("Another source").build(),
        TestClaims.claim("004.txt", 11, "Axios",
            "Anthropic raised concerns to its partner Palantir over the use of Claude during the Maduro raid.")
            .speaker("the Pentagon").build(),
        TestClaims.claim("004.txt", 12, "Axios",
            "Anthropic raised any such concerns or even broached the topic with Palantir beyond standard operating conversations.")
            .speaker("Amodei").stance(Stance.DENIES).build(),
        TestClaims.claim("004.txt", 24, "Axios",
            "Claude is currently the only model used in classified systems.").build(),
        TestClaims.claim("004.txt", 27, "Axios",
            "Elon Musk's xAI recently signed a contract to bring its model, Grok, into classified settings.").build(),
        TestClaims.claim("004.txt", 28, "Axios",
            "It is unclear whether Grok would be able to fully replace Claude.").build());
    List<Contradiction> found = finder.find(claims, TestClaims.singletons(claims));
    assertThat(found).extracting(x -> x.type().label() + " " + x.claimIds().get(0) + " " + x.claimIds().get(1))
        .containsExactly(
            "exclusivity 000.txt#19 003.txt#11",
            "denial 000.txt#9 004.txt#12",
            "exclusivity 003.txt#11 004.txt#24",
            "denial 004.txt#11 004.txt#12",
            "negation 004.txt#7 004.txt#8");
    assertThat(found.get(4).severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void conflictLinksAndClustersAreCandidatesAndIdsFollowThePairOrder() {
    Claim a = TestClaims.claim("b.txt", 1, "B", "The governor signed the emergency budget bill.").build();
    Claim b = TestClaims.claim("a.txt", 1, "A", "The governor refused to sign the emergency budget bill.").build();
    Claim c = TestClaims.claim("c.txt", 1, "C", "Oil prices rose sharply after the announcement.").build();
    Claim d = TestClaims.claim("d.txt", 1, "D", "Oil prices fell sharply after the announcement.").build();
    Clustering clustering = new Clustering(
        List.of(new Cluster("c1", a.id(), List.of(a.id(), b.id())), new Cluster("c2", c.id(), List.of(c.id())),
            new Cluster("c3", d.id(), List.of(d.id()))),
        List.of(new ClaimLink(c.id(), d.id(), 0.5, ClaimLink.Kind.CONFLICT, "polarity")));
    List<Contradiction> found = finder.find(List.of(a, b, c, d), clustering);
    assertThat(found).extracting(Contradiction::id).containsExactly("x1", "x2");
    assertThat(found.get(0).claimIds()).containsExactly("a.txt#1", "b.txt#1");
    assertThat(found.get(0).sources()).containsExactly("A", "B");
    assertThat(found.get(1).type()).isEqualTo(ContradictionType.ANTONYM);
  }

  @Test
  void theSameInputGivesTheSameContradictions() {
    List<Claim> claims = new ArrayList<>();
    String[] texts = {"The company paid the fine to the regulator.", "The company did not pay the fine to the regulator.",
        "Oil prices rose sharply after the announcement.", "Oil prices fell sharply after the announcement."};
    for (int i = 0; i < texts.length; i++) {
      claims.add(TestClaims.claim("f" + i + ".txt", 1, "S" + i, texts[i]).build());
    }
    assertThat(finder.find(claims, TestClaims.singletons(claims)))
        .isEqualTo(finder.find(List.copyOf(claims).reversed(), TestClaims.singletons(claims)));
  }

  @Test
  void randomClaimsNeverBreakTheFinder() {
    Random random = new Random(20260223L);
    String[] vocabulary = {"not", "no", "only", "the", "denied", "warm", "cold", "rose", "fell", "such", "it",
        "was", "Anthropic", "Palantir", "ending", "exclusive", "refused", "to", "\u201c", "'s", "n't", "3", "", "\t",
        "\u0000", "\uD83D\uDE00", "classified", "systems", "reportedly", "once", "will"};
    for (int round = 0; round < 30; round++) {
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        StringBuilder sb = new StringBuilder("x");
        for (int w = random.nextInt(15); w > 0; w--) {
          sb.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        TestClaims t = TestClaims.claim("r" + random.nextInt(3) + ".txt", i + 1, "S" + random.nextInt(3), sb.toString())
            .stance(Stance.values()[random.nextInt(3)]);
        if (random.nextBoolean()) {
          t.speaker("speaker " + random.nextInt(2));
        }
        if (random.nextBoolean()) {
          t.number("3", random.nextInt(5), "", random.nextBoolean() ? "exact" : "at-least", "people");
        }
        if (random.nextBoolean()) {
          t.date("d", random.nextBoolean() ? "2026-0" + (1 + random.nextInt(3)) : "friday");
        }
        claims.add(t.build());
      }
      assertThatCode(() -> finder.find(claims, TestClaims.singletons(claims))).doesNotThrowAnyException();
    }
  }
}
