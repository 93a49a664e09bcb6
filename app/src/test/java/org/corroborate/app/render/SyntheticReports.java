package org.corroborate.app.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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

/**
 * A synthetic {@link Report} shaped like a real news corpus, for size and load measurements: about
 * 6,500 characters and 36 claims per article (a quarter of the sentences split into two claims that
 * share their subject), a third of the claims joining a cluster from another outlet, 40 outlets, and
 * one contradiction per 100 clusters. Deterministic for a given seed.
 */
final class SyntheticReports {
  static final int OUTLETS = 40;
  static final int SENTENCES_PER_ARTICLE = 36;

  private SyntheticReports() {}

  static Report generate(int articles, long seed) {
    return generate(articles, seed, false);
  }

  /** With {@code odd}, some claims point outside their text or misstate their sentence. */
  static Report generate(int articles, long seed, boolean odd) {
    Random rnd = new Random(seed);
    List<String> words = vocabulary(rnd);
    List<ArticleReport> articleReports = new ArrayList<>();
    // cluster id -> claims; kept in creation order via TreeMap on the zero-padded id
    TreeMap<String, List<Claim>> clusters = new TreeMap<>();
    List<String> recent = new ArrayList<>();
    int clusterSeq = 0;
    for (int a = 0; a < articles; a++) {
      String outlet = String.format(Locale.ROOT, "Outlet %02d %s", a % OUTLETS, cap(words.get(a % OUTLETS)));
      String id = String.format(Locale.ROOT, "feed/%04d-%s.txt", a, words.get(rnd.nextInt(words.size())));
      StringBuilder text = new StringBuilder();
      List<int[]> sentences = new ArrayList<>();
      String headline = sentence(rnd, words, 8, false);
      text.append(headline, 0, headline.length() - 1).append('\n');
      for (int s = 0; s < SENTENCES_PER_ARTICLE; s++) {
        String sent = sentence(rnd, words, 14 + rnd.nextInt(18), true);
        int start = text.length();
        text.append(sent);
        sentences.add(new int[] {start, text.length()});
        text.append(s % 3 == 2 ? "\n" : " ");
      }
      String body = text.toString();
      Article article = new Article(id, outlet, cap(headline.substring(0, headline.length() - 1)),
          "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + a, null, body, List.of());
      List<Claim> claims = new ArrayList<>();
      List<Dropped> dropped = new ArrayList<>();
      TreeMap<String, Integer> droppedBy = new TreeMap<>();
      for (int[] se : sentences) {
        String sent = body.substring(se[0], se[1]);
        if (rnd.nextInt(100) < 15) {
          DropReason r = DropReason.values()[rnd.nextInt(DropReason.values().length)];
          dropped.add(new Dropped(id, sent, se[0], se[1], r));
          droppedBy.merge(r.label(), 1, Integer::sum);
          continue;
        }
        List<List<Span>> parts = new ArrayList<>();
        int cut = sent.indexOf(' ', sent.length() / 2);
        int subj = sent.indexOf(' ', sent.indexOf(' ') + 1);
        if (rnd.nextInt(100) < 25 && cut > 0 && subj > 0 && subj < cut) {
          parts.add(List.of(new Span(se[0], se[0] + cut)));
          parts.add(List.of(new Span(se[0], se[0] + subj), new Span(se[0] + cut + 1, se[1] - 1)));
        } else {
          parts.add(List.of(new Span(se[0], se[1] - 1)));
        }
        for (List<Span> spans : parts) {
          int n = claims.size() + 1;
          StringBuilder ct = new StringBuilder();
          for (Span sp : spans) {
            ct.append(ct.length() == 0 ? "" : " ").append(body, sp.start(), sp.end());
          }
          String speaker = rnd.nextInt(100) < 30 ? "officials" : null;
          int st = rnd.nextInt(100);
          Stance stance = st < 3 ? Stance.DENIES : st < 4 ? Stance.DECLINES : Stance.ASSERTS;
          int sentenceStart = se[0];
          List<Span> useSpans = spans;
          if (odd && rnd.nextInt(10) == 0) {
            sentenceStart = Math.max(0, se[0] - 1 - rnd.nextInt(5));
            useSpans = List.of(new Span(se[0], body.length() + 1 + rnd.nextInt(50)));
          }
          int lo = useSpans.get(0).start();
          int hi = useSpans.stream().mapToInt(Span::end).max().orElseThrow();
          claims.add(new Claim(id + "#" + n, id, outlet, cap(ct.toString()) + ".", sent, sentenceStart, lo, hi, useSpans,
              speaker, speaker, stance, rnd.nextInt(10) == 0, false, false, List.of(), List.of(), List.of(), null,
              false, List.of()));
        }
      }
      for (Claim c : claims) {
        String cluster = null;
        if (!recent.isEmpty() && rnd.nextInt(100) < 35) {
          String pick = recent.get(rnd.nextInt(recent.size()));
          if (clusters.get(pick).stream().noneMatch(x -> x.articleId().equals(c.articleId()))) {
            cluster = pick;
          }
        }
        if (cluster == null) {
          cluster = String.format(Locale.ROOT, "c%07d", ++clusterSeq);
          clusters.put(cluster, new ArrayList<>());
          recent.add(cluster);
          if (recent.size() > 400) {
            recent.remove(0);
          }
        }
        clusters.get(cluster).add(c);
      }
      articleReports.add(new ArticleReport(article, claims.size(), droppedBy, dropped));
    }
    List<String> ids = new ArrayList<>(clusters.keySet());
    Map<String, String> clusterOf = new TreeMap<>();
    clusters.forEach((cid, members) -> members.forEach(c -> clusterOf.put(c.id(), cid)));
    List<Contradiction> contradictions = new ArrayList<>();
    Map<String, List<String>> contradictionsOf = new TreeMap<>();
    for (int x = 0; x < ids.size() / 100; x++) {
      List<Claim> p = clusters.get(ids.get(rnd.nextInt(ids.size())));
      List<Claim> q = clusters.get(ids.get(rnd.nextInt(ids.size())));
      Claim c1 = p.get(0);
      Claim c2 = q.get(0);
      if (c1.id().equals(c2.id())) {
        continue;
      }
      if (c1.id().compareTo(c2.id()) > 0) {
        Claim t = c1;
        c1 = c2;
        c2 = t;
      }
      String xid = "x" + (contradictions.size() + 1);
      contradictions.add(new Contradiction(xid, ContradictionType.values()[rnd.nextInt(ContradictionType.values().length)],
          "\"" + c1.text().split(" ")[0] + "\" vs \"" + c2.text().split(" ")[0] + "\"",
          rnd.nextBoolean() ? Severity.HIGH : Severity.LOW, List.of(c1.id(), c2.id()), List.of(c1.source(), c2.source())));
      for (Claim c : List.of(c1, c2)) {
        contradictionsOf.computeIfAbsent(clusterOf.get(c.id()), k -> new ArrayList<>()).add(xid);
      }
    }
    List<ClusterReport> reports = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : clusters.entrySet()) {
      List<Claim> members = e.getValue();
      TreeMap<String, List<String>> byOutlet = new TreeMap<>();
      TreeSet<String> sources = new TreeSet<>();
      for (Claim c : members) {
        sources.add(c.source());
        if (c.supports()) {
          byOutlet.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c.id());
        }
      }
      List<Origin> origins = new ArrayList<>();
      byOutlet.forEach((o, cl) -> origins.add(new Origin(o, List.of(o), cl, "independent report")));
      List<String> xs = contradictionsOf.getOrDefault(e.getKey(), List.of());
      ClaimStatus status = !xs.isEmpty() ? ClaimStatus.CONTESTED
          : origins.size() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
      List<ClaimReport> crs = new ArrayList<>();
      for (Claim c : members) {
        crs.add(new ClaimReport(c, e.getKey(), status));
      }
      crs.sort(Comparator.comparing(c -> c.claim().id()));
      reports.add(new ClusterReport(e.getKey(), members.get(0).text(), origins.size(), List.copyOf(sources), status,
          origins, crs, List.copyOf(new TreeSet<>(xs))));
    }
    return new Report(Report.SCHEMA_VERSION, "synthetic-" + articles, List.of(new Diagnostic("feed/broken.bin", "binary file, skipped")),
        articleReports, ReportSamples.sortClusters(reports), contradictions);
  }

  private static List<String> vocabulary(Random rnd) {
    List<String> out = new ArrayList<>();
    String letters = "etaoinshrdlucmfwypvbgkqjxz";
    for (int i = 0; i < 3000; i++) {
      int len = 2 + rnd.nextInt(4) + rnd.nextInt(5);
      StringBuilder w = new StringBuilder();
      for (int k = 0; k < len; k++) {
        w.append(letters.charAt((int) Math.min(letters.length() - 1, Math.abs(rnd.nextGaussian()) * 7)));
      }
      out.add(w.toString());
    }
    return out;
  }

  private static String sentence(Random rnd, List<String> words, int n, boolean commas) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(commas && rnd.nextInt(12) == 0 ? ", " : " ");
      }
      s.append(words.get(rnd.nextInt(words.size())));
    }
    return cap(s.toString()) + ".";
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
