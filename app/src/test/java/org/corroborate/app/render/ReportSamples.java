package org.corroborate.app.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleReport;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.DropReason;
import org.corroborate.model.Dropped;
import org.corroborate.model.Origin;
import org.corroborate.model.Report;
import org.corroborate.model.Severity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/** Reports built by hand over fixture texts, so renderer tests do not move with the engine. */
final class ReportSamples {
  static final Path FIXTURES = Path.of("..", "fixtures", "html");

  private ReportSamples() {}

  static String read(Path p) {
    try {
      return Files.readString(p, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(String id, String source, String title, String url, String text) {
    return new Article(id, source, title, url, null, text, List.of());
  }

  /** A claim whose sentence and spans are found in the article by their text. */
  static Claim claim(Article a, int n, String sentence, String text, List<String> spanTexts, String speaker, Stance stance,
      boolean hedged, boolean negated, boolean headline) {
    int s0 = a.text().indexOf(sentence);
    if (s0 < 0) {
      throw new IllegalArgumentException("sentence not in " + a.id() + ": " + sentence);
    }
    List<Span> spans = new ArrayList<>();
    for (String st : spanTexts) {
      int at = a.text().indexOf(st, s0);
      if (at < 0 || at + st.length() > s0 + sentence.length()) {
        throw new IllegalArgumentException("span not in sentence: " + st);
      }
      spans.add(new Span(at, at + st.length()));
    }
    spans.sort(null);
    return new Claim(a.id() + "#" + n, a.id(), a.source(), text, sentence, s0, spans.get(0).start(),
        spans.stream().mapToInt(Span::end).max().orElseThrow(), spans, speaker, speaker, stance, hedged, negated,
        headline, List.of(), List.of(), List.of(), null, false, List.of());
  }

  static ClaimReport cr(Claim c, String cluster, ClaimStatus status) {
    return new ClaimReport(c, cluster, status);
  }

  static Origin origin(String outlet, Claim... claims) {
    return new Origin(outlet, List.of(outlet), java.util.Arrays.stream(claims).map(Claim::id).sorted().toList(),
        "independent report");
  }

  static ClusterReport cluster(String id, ClaimStatus status, List<Origin> origins, List<String> contradictions,
      Claim... claims) {
    TreeSet<String> sources = new TreeSet<>();
    List<ClaimReport> crs = new ArrayList<>();
    for (Claim c : claims) {
      sources.add(c.source());
      crs.add(cr(c, id, status));
    }
    crs.sort(Comparator.comparing(x -> x.claim().id()));
    return new ClusterReport(id, claims[0].text(), origins.size(), List.copyOf(sources), status, origins, crs,
        contradictions);
  }

  /** The small golden fixture: three articles, overlapping claims, a denial, a numeric contradiction. */
  static Report small() {
    Path dir = FIXTURES.resolve("small");
    Article alpha = article("alpha.txt", "Alpha News", "Council approves new bridge", "https://alpha.example/bridge",
        read(dir.resolve("alpha.txt")));
    Article beta = article("beta.txt", "Beta Wire", "", null, read(dir.resolve("beta.txt")));
    Article gamma = article("gamma.txt", "Gamma Daily", "Mayor denies the bridge was approved", null,
        read(dir.resolve("gamma.txt")));
    String a2s = "The city council approved the new bridge on Monday, the mayor said.";
    String a3s = "Construction will cost $40 million and start in May.";
    Claim a1 = claim(alpha, 1, "Council approves new bridge", "Council approves new bridge",
        List.of("Council approves new bridge"), null, Stance.ASSERTS, false, false, true);
    Claim a2 = claim(alpha, 2, a2s, "The city council approved the new bridge on Monday.",
        List.of("The city council approved the new bridge on Monday", "the mayor said"), "the mayor", Stance.ASSERTS,
        false, false, false);
    Claim a3 = claim(alpha, 3, a3s, "Construction will cost $40 million.",
        List.of("Construction will cost $40 million"), null, Stance.ASSERTS, false, false, false);
    Claim a4 = claim(alpha, 4, a3s, "Construction will start in May.", List.of("Construction will", "start in May"),
        null, Stance.ASSERTS, false, false, false);
    Claim a5 = claim(alpha, 5, "Council approves new bridge", "The council approves a bridge.",
        List.of("Council approves new bridge"), null, Stance.ASSERTS, false, false, true);
    String b1s = "The council voted on Monday to approve the bridge.";
    String b2s = "The project will cost $55 million, officials said.";
    Claim b1 = claim(beta, 1, b1s, b1s, List.of(b1s), null, Stance.ASSERTS, false, false, false);
    Claim b2 = claim(beta, 2, b2s, "The project will cost $55 million.",
        List.of("The project will cost $55 million", "officials said"), "officials", Stance.ASSERTS, false, false,
        false);
    String g2s = "The mayor denied that the council approved the bridge.";
    String g3s = "Work may start in May, according to \"City Hall\".";
    Claim g1 = claim(gamma, 1, "Mayor denies the bridge was approved", "Mayor denies the bridge was approved",
        List.of("Mayor denies the bridge was approved"), "Mayor", Stance.DENIES, false, false, true);
    Claim g2 = claim(gamma, 2, g2s, "The council approved the bridge.", List.of(g2s), "The mayor", Stance.DENIES,
        false, false, false);
    Claim g3 = claim(gamma, 3, g3s, "Work may start in May.", List.of("Work may start in May", "according to \"City Hall\""),
        "\"City Hall\"", Stance.ASSERTS, true, false, false);
    Claim g4 = claim(gamma, 4, "Mayor denies the bridge was approved", "The bridge was approved.",
        List.of("the bridge was approved"), null, Stance.ASSERTS, false, false, true);
    ClusterReport c1 = cluster("c1", ClaimStatus.CONTESTED, List.of(origin("Alpha News", a2), origin("Beta Wire", b1)),
        List.of("x1"), a2, b1, g2);
    ClusterReport c2 = cluster("c2", ClaimStatus.CONTESTED, List.of(origin("Alpha News", a3)), List.of("x2"), a3);
    ClusterReport c3 = cluster("c3", ClaimStatus.CONTESTED, List.of(origin("Beta Wire", b2)), List.of("x2"), b2);
    ClusterReport c4 = cluster("c4", ClaimStatus.CORROBORATED,
        List.of(origin("Alpha News", a4), new Origin("City Hall", List.of("Gamma Daily"), List.of(g3.id()),
            "cites City Hall")), List.of(), a4, g3);
    ClusterReport c5 = cluster("c5", ClaimStatus.SINGLE_SOURCE, List.of(origin("Alpha News", a1, a5)), List.of(), a1, a5);
    ClusterReport c6 = cluster("c6", ClaimStatus.SINGLE_SOURCE, List.of(), List.of(), g1);
    ClusterReport c7 = cluster("c7", ClaimStatus.SINGLE_SOURCE, List.of(origin("Gamma Daily", g4)), List.of(), g4);
    Contradiction x1 = new Contradiction("x1", ContradictionType.DENIAL, "approved vs denied approval", Severity.HIGH,
        List.of(a2.id(), g2.id()), List.of("Alpha News", "Gamma Daily"));
    Contradiction x2 = new Contradiction("x2", ContradictionType.NUMERIC, "$40 million vs $55 million", Severity.HIGH,
        List.of(a3.id(), b2.id()), List.of("Alpha News", "Beta Wire"));
    ArticleReport ar = new ArticleReport(alpha, 5, Map.of("promotional", 1),
        List.of(dropped(alpha, "Subscribe to our newsletter & share this story!", DropReason.PROMOTIONAL)));
    ArticleReport br = new ArticleReport(beta, 2, Map.of("question", 1),
        List.of(dropped(beta, "What happens to the old ferry?", DropReason.QUESTION)));
    ArticleReport gr = new ArticleReport(gamma, 4, Map.of(), List.of());
    return new Report(Report.SCHEMA_VERSION, "small", List.of(new Diagnostic("notes.bin", "binary file, skipped")),
        List.of(ar, br, gr), sortClusters(List.of(c1, c2, c3, c4, c5, c6, c7)), List.of(x1, x2));
  }

  static Dropped dropped(Article a, String sentence, DropReason reason) {
    int at = a.text().indexOf(sentence);
    return new Dropped(a.id(), sentence, at, at + sentence.length(), reason);
  }

  static List<ClusterReport> sortClusters(List<ClusterReport> clusters) {
    List<ClusterReport> out = new ArrayList<>(clusters);
    out.sort(Comparator.comparingInt(ClusterReport::independentSources).reversed().thenComparing(ClusterReport::id));
    return out;
  }

  /** Hostile strings everywhere the page shows text: article text, outlet, id, title, URL, speaker. */
  static Report hostile() {
    String text = read(FIXTURES.resolve("hostile").resolve("evil.txt"));
    String evilOutlet = "Evil </noscript><script>window.__pwned='outlet'</script> \"Outlet\"";
    Article a = new Article("hostile/\"><img src=x onerror=window.__pwned='id'>.txt", evilOutlet,
        "<script>window.__pwned='title'</script>", "javascript:window.__pwned='url'", "<b>2026</b>", text,
        List.of("<img src=x onerror=window.__pwned='warning'>"));
    Article b = new Article("plain.txt", "Plain Post", "A plain article", "https://example.org/a?b=1&c=\"2\"", null,
        "Officials confirmed the plan on Tuesday.\n", List.of());
    String s1 = "Breaking: <script>window.__pwned = \"script\";</script> officials confirmed the plan.";
    Claim c1 = claim(a, 1, s1, "Officials confirmed the plan <script>.", List.of("<script>window.__pwned", "officials confirmed the plan"),
        null, Stance.ASSERTS, false, false, false);
    String s2 = "The spokesperson wrote \"><img src=x onerror=\"window.__pwned='img'\"> in a statement on Tuesday.";
    Claim c2 = claim(a, 2, s2, "\"><img src=x onerror=\"window.__pwned='img'\">", List.of(s2),
        "The spokesperson \"><img src=x onerror=alert(1)>", Stance.ASSERTS, false, false, false);
    String s3 = "Readers can <a href=\"javascript:window.__pwned='link'\">click here</a> or visit javascript:alert(document.cookie) for details.";
    Claim c3 = claim(a, 3, s3, "javascript:alert(document.cookie)", List.of(s3), null, Stance.DENIES, true, true, false);
    String s4 = "The minister said the budget is <b>final</b> & \"closed\" </textarea></title><style>body{display:none}</style>.";
    Claim c4 = claim(a, 4, s4, "The budget is final.", List.of("the budget is <b>final</b>", "</textarea></title><style>"),
        "The minister", Stance.ASSERTS, false, false, false);
    Claim p1 = claim(b, 1, "Officials confirmed the plan on Tuesday.", "Officials confirmed the plan.",
        List.of("Officials confirmed the plan"), null, Stance.ASSERTS, false, false, false);
    ClusterReport k1 = cluster("c1 \"><script>", ClaimStatus.CONTESTED, List.of(new Origin(evilOutlet, List.of(evilOutlet),
        List.of(c1.id()), "<img src=x onerror=window.__pwned='reason'>"), origin("Plain Post", p1)), List.of("x1"), c1, p1);
    ClusterReport k2 = cluster("c2", ClaimStatus.SINGLE_SOURCE, List.of(origin(evilOutlet, c2)), List.of(), c2);
    ClusterReport k3 = cluster("c3", ClaimStatus.CONTESTED, List.of(), List.of("x1"), c3);
    ClusterReport k4 = cluster("c4", ClaimStatus.SINGLE_SOURCE, List.of(origin(evilOutlet, c4)), List.of(), c4);
    Contradiction x = new Contradiction("x1", ContradictionType.NEGATION, "<script>window.__pwned='summary'</script>",
        Severity.LOW, List.of(c1.id(), c3.id()), List.of(evilOutlet, evilOutlet));
    return new Report(Report.SCHEMA_VERSION, "<hostile>", List.of(new Diagnostic("<script>x</script>.bin", "\"><img src=x onerror=alert(1)>")),
        List.of(new ArticleReport(a, 4, new TreeMap<>(Map.of("<b>odd</b>", 1)), List.of()), new ArticleReport(b, 1, Map.of(), List.of())),
        sortClusters(List.of(k1, k2, k3, k4)), List.of(x));
  }
}
