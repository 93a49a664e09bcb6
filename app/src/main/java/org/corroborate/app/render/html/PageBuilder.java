package org.corroborate.app.render.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleReport;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.Origin;
import org.corroborate.model.Report;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Builds the view model of the HTML report from a {@link Report}. Anchors are short and positional
 * ({@code g3} for the third cluster, {@code a2} for the second article, {@code a2k17} for the
 * seventeenth claim, which is in the second article) so that a large report stays small; every order comes from the report's own
 * lists or from sorted maps, never from hash order. Not thread safe: use one builder per report.
 */
final class PageBuilder {
  /** Articles are shown open when the corpus has at most this many; larger corpora start collapsed. */
  static final int OPEN_ARTICLES_UP_TO = 12;

  private final Report report;
  private final Map<String, String> clusterAnchor = new HashMap<>();
  private final Map<String, String> articleAnchor = new HashMap<>();
  private final Map<String, String> claimAnchor = new HashMap<>();
  private final Map<String, ClaimReport> claimById = new HashMap<>();
  private final Map<String, String> articleText = new HashMap<>();
  private final Map<String, List<ClaimReport>> claimsByArticle = new HashMap<>();
  private final Map<String, String> contradictionAnchor = new HashMap<>();

  PageBuilder(Report report) {
    this.report = report;
    for (int i = 0; i < report.articles().size(); i++) {
      Article a = report.articles().get(i).article();
      articleAnchor.putIfAbsent(a.id(), "a" + (i + 1));
      articleText.putIfAbsent(a.id(), a.text());
    }
    for (int i = 0; i < report.contradictions().size(); i++) {
      contradictionAnchor.putIfAbsent(report.contradictions().get(i).id(), "x" + (i + 1));
    }
    int k = 0;
    for (int i = 0; i < report.clusters().size(); i++) {
      ClusterReport c = report.clusters().get(i);
      clusterAnchor.putIfAbsent(c.id(), "g" + (i + 1));
      for (ClaimReport cr : c.claims()) {
        k++;
        // prefixed with its article's anchor so the page's script knows which article holds it
        claimAnchor.putIfAbsent(cr.claim().id(), articleAnchor.getOrDefault(cr.claim().articleId(), "") + "k" + k);
        claimById.putIfAbsent(cr.claim().id(), cr);
        claimsByArticle.computeIfAbsent(cr.claim().articleId(), x -> new ArrayList<>()).add(cr);
      }
    }
  }

  View.Page build(String csp, String css, String script) {
    Map<String, String> outletKey = outletKeys();
    List<View.Option> outletOptions = new ArrayList<>();
    outletKey.forEach((name, key) -> outletOptions.add(new View.Option(key, name)));
    return new View.Page(
        "corroborate report: " + report.corpus(),
        report.corpus(),
        csp,
        css,
        script,
        overview(outletKey.size()),
        outletOptions,
        clusterRows(outletKey),
        contradictions(),
        articles(),
        new HeatmapBuilder(report).build());
  }

  /** Every outlet named anywhere in the report, sorted, with a short key for filtering. */
  private Map<String, String> outletKeys() {
    TreeMap<String, String> names = new TreeMap<>();
    for (ArticleReport a : report.articles()) {
      names.put(a.article().source(), "");
    }
    for (ClusterReport c : report.clusters()) {
      for (String s : c.sources()) {
        names.put(s, "");
      }
    }
    Map<String, String> keys = new LinkedHashMap<>();
    int i = 0;
    for (String n : names.keySet()) {
      keys.put(n, Integer.toString(i++));
    }
    return keys;
  }

  private View.Overview overview(int outlets) {
    Map<ClaimStatus, Long> byStatus = new TreeMap<>();
    for (ClaimStatus s : ClaimStatus.values()) {
      byStatus.put(s, 0L);
    }
    for (ClusterReport c : report.clusters()) {
      byStatus.merge(c.status(), 1L, Long::sum);
    }
    List<View.Count> totals = List.of(
        new View.Count("articles", report.articles().size()),
        new View.Count("outlets", outlets),
        new View.Count("claims", report.claimCount()),
        new View.Count("clusters", report.clusters().size()),
        new View.Count("contradictions", report.contradictions().size()));
    List<View.Count> statuses = new ArrayList<>();
    byStatus.forEach((s, n) -> statuses.add(new View.Count(s.label(), n)));
    TreeMap<String, Long> dropped = new TreeMap<>();
    long droppedTotal = 0;
    for (ArticleReport a : report.articles()) {
      for (Map.Entry<String, Integer> e : a.droppedByReason().entrySet()) {
        dropped.merge(e.getKey(), (long) e.getValue(), Long::sum);
        droppedTotal += e.getValue();
      }
    }
    List<View.Count> droppedCounts = new ArrayList<>();
    dropped.forEach((r, n) -> droppedCounts.add(new View.Count(r, n)));
    TreeMap<String, Long> types = new TreeMap<>();
    for (Contradiction x : report.contradictions()) {
      types.merge(x.type().label(), 1L, Long::sum);
    }
    List<View.Count> typeCounts = new ArrayList<>();
    types.forEach((t, n) -> typeCounts.add(new View.Count(t, n)));
    List<View.DiagnosticView> diagnostics = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      diagnostics.add(new View.DiagnosticView(d.file(), d.problem()));
    }
    return new View.Overview(totals, statuses, droppedCounts, droppedTotal, typeCounts, diagnostics);
  }

  private List<View.ClusterRow> clusterRows(Map<String, String> outletKey) {
    List<View.ClusterRow> rows = new ArrayList<>(report.clusters().size());
    for (ClusterReport c : report.clusters()) {
      StringBuilder keys = new StringBuilder();
      for (String s : c.sources()) {
        keys.append(" o").append(outletKey.get(s));
      }
      List<View.ClaimRow> claims = new ArrayList<>(c.claims().size());
      for (ClaimReport cr : c.claims()) {
        claims.add(claimRow(cr, c.text()));
      }
      List<View.OriginRow> origins = new ArrayList<>();
      boolean trivial = c.origins().size() == 1 && c.sources().size() == 1
          && c.origins().get(0).sources().equals(c.sources()) && c.origins().get(0).name().equals(c.sources().get(0));
      if (!trivial) {
        origins.addAll(originRows(c.origins()));
      }
      List<View.Link> contradictions = new ArrayList<>();
      for (String x : c.contradictionIds()) {
        contradictions.add(new View.Link("#" + contradictionAnchor(x), x));
      }
      rows.add(new View.ClusterRow(
          clusterAnchor.get(c.id()),
          c.id(),
          c.text(),
          c.independentSources(),
          c.sources().size(),
          c.status().label(),
          statusKey(c.status()),
          String.join(", ", c.sources()),
          keys.toString(),
          claims,
          origins,
          contradictions));
    }
    return rows;
  }

  /**
   * A cluster's origins, those that share a reason listed together in the order of their first
   * appearance. When every origin is one outlet on its own and all share one reason, one row says
   * so instead of naming again the outlets the row's summary lists.
   */
  static List<View.OriginRow> originRows(List<Origin> all) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    boolean allSelf = true;
    for (Origin o : all) {
      boolean self = o.sources().size() == 1 && o.sources().get(0).equals(o.name());
      allSelf &= self;
      String label = self ? o.name() : o.name() + " (" + String.join(", ", o.sources()) + ")";
      byReason.computeIfAbsent(o.reason(), r -> new ArrayList<>()).add(label);
    }
    List<View.OriginRow> out = new ArrayList<>();
    if (allSelf && byReason.size() == 1 && all.size() > 1) {
      out.add(new View.OriginRow("each of the " + all.size() + " outlets", all.get(0).reason(), true));
      return out;
    }
    int left = byReason.size();
    for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
      out.add(new View.OriginRow(String.join(", ", e.getValue()), e.getKey(), --left == 0));
    }
    return out;
  }

  /** The one-letter class of a status, kept short because every row and highlight carries it. */
  static String statusKey(ClaimStatus s) {
    return switch (s) {
      case CORROBORATED -> "c";
      case SINGLE_SOURCE -> "s";
      case CONTESTED -> "x";
    };
  }

  private View.ClaimRow claimRow(ClaimReport cr, String clusterText) {
    Claim c = cr.claim();
    String text = articleText.get(c.articleId());
    String pointer = null;
    List<View.Piece> inline = List.of();
    if (text != null && articleAnchor.containsKey(c.articleId()) && sentenceStandsInText(c, text)) {
      StringBuilder p = new StringBuilder();
      p.append(c.sentenceStart()).append(' ')
          .append(c.sentence().length());
      for (Span s : c.spans()) {
        p.append(' ').append(s.start() - c.sentenceStart()).append(' ').append(s.end() - c.sentenceStart());
      }
      pointer = p.toString();
    } else {
      inline = pieces(c);
    }
    return new View.ClaimRow(
        c.id(),
        c.source(),
        c.articleId(),
        saysMoreThanItsEvidence(c, clusterText, text) ? c.text() : null,
        speaker(c),
        c.stance() == Stance.ASSERTS ? null : c.stance().label(),
        c.hedged(),
        c.negated(),
        c.headline(),
        c.cues().isEmpty() ? null : String.join(", ", c.cues()),
        articleAnchor.containsKey(c.articleId()) ? "#" + claimAnchor.get(c.id()) : null,
        pointer,
        inline);
  }

  /**
   * Whether the claim's own text is worth showing: it is not the row's representative text and it
   * is not just its evidence re-punctuated (a resolved pronoun or a rewritten clause is).
   */
  private static boolean saysMoreThanItsEvidence(Claim c, String clusterText, String articleText) {
    if (c.text().equals(clusterText)) {
      return false;
    }
    if (articleText == null) {
      return true;
    }
    StringBuilder evidence = new StringBuilder();
    for (Span s : c.spans()) {
      if (s.end() <= articleText.length()) {
        evidence.append(articleText, s.start(), s.end()).append(' ');
      }
    }
    return !letters(evidence.toString()).equals(letters(c.text()));
  }

  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean sentenceStandsInText(Claim c, String text) {
    return !c.sentence().isEmpty()
        && c.sentenceStart() >= 0
        && text.startsWith(c.sentence(), c.sentenceStart())
        && c.spans().stream().allMatch(s -> s.end() <= text.length());
  }

  private static String speaker(Claim c) {
    if (c.speaker() == null) {
      return null;
    }
    if (c.speakerName() != null && !c.speakerName().equals(c.speaker())) {
      return c.speaker() + " (" + c.speakerName() + ")";
    }
    return c.speaker();
  }

  /** The claim's sentence split into plain and highlighted pieces; spans are relative to it. */
  static List<View.Piece> pieces(Claim c) {
    String s = c.sentence();
    if (s.isEmpty()) {
      return List.of(new View.Piece(c.text(), false));
    }
    List<View.Piece> out = new ArrayList<>();
    int pos = 0;
    for (Span span : c.spans()) {
      int a = Math.max(pos, Math.min(s.length(), span.start() - c.sentenceStart()));
      int b = Math.max(a, Math.min(s.length(), span.end() - c.sentenceStart()));
      if (a > pos) {
        out.add(new View.Piece(s.substring(pos, a), false));
      }
      if (b > a) {
        out.add(new View.Piece(s.substring(a, b), true));
      }
      pos = b;
    }
    if (pos < s.length()) {
      out.add(new View.Piece(s.substring(pos), false));
    }
    return out;
  }

  private String contradictionAnchor(String id) {
    return contradictionAnchor.getOrDefault(id, "contradictions");
  }

  private List<View.ContradictionView> contradictions() {
    List<View.ContradictionView> out = new ArrayList<>();
    int i = 0;
    for (Contradiction x : report.contradictions()) {
      i++;
      List<View.Side> sides = new ArrayList<>();
      for (int s = 0; s < x.claimIds().size(); s++) {
        String claimId = x.claimIds().get(s);
        String outlet = s < x.sources().size() ? x.sources().get(s) : "";
        ClaimReport cr = claimById.get(claimId);
        if (cr == null) {
          sides.add(new View.Side(claimId, outlet, null, null, null, false,
              List.of(new View.Piece("(claim " + claimId + " is not in the report)", false)), null, null, "missing"));
          continue;
        }
        Claim c = cr.claim();
        sides.add(new View.Side(
            claimId,
            c.source(),
            c.articleId(),
            speaker(c),
            c.stance().label(),
            c.hedged(),
            pieces(c),
            clusterAnchor.containsKey(cr.clusterId()) ? "#" + clusterAnchor.get(cr.clusterId()) : null,
            articleAnchor.containsKey(c.articleId()) ? "#" + claimAnchor.get(claimId) : null,
            cr.status().label()));
      }
      out.add(new View.ContradictionView("x" + i, x.id(), x.type().label(), x.severity().label(), x.summary(), sides));
    }
    return out;
  }

  private List<View.ArticleView> articles() {
    List<View.ArticleView> out = new ArrayList<>();
    boolean open = report.articles().size() <= OPEN_ARTICLES_UP_TO;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ArticleReport ar : report.articles()) {
      Article a = ar.article();
      if (!seen.add(a.id())) {
        continue;
      }
      String anchor = articleAnchor.get(a.id());
      List<ArticleMarkup.Marked> marked = new ArrayList<>();
      List<ClaimReport> claims = claimsByArticle.getOrDefault(a.id(), List.of());
      for (ClaimReport cr : claims) {
        marked.add(new ArticleMarkup.Marked(
            claimAnchor.get(cr.claim().id()),
            "#" + clusterAnchor.get(cr.clusterId()),
            cr.clusterId(),
            cr.status().label(),
            statusKey(cr.status()),
            cr.claim().spans()));
      }
      StringBuilder dropped = new StringBuilder();
      ar.droppedByReason().forEach((r, n) -> dropped.append(dropped.length() == 0 ? "" : ", ").append(n).append(' ').append(r));
      String url = safeUrl(a.url());
      out.add(new View.ArticleView(
          anchor,
          anchor + "t",
          a.id(),
          a.source(),
          a.title().isBlank() ? a.id() : a.title(),
          url,
          url == null ? a.url() : null,
          a.published(),
          ar.claimCount(),
          dropped.length() == 0 ? null : dropped.toString(),
          a.warnings(),
          open,
          ArticleMarkup.segments(a.text(), marked)));
    }
    return out;
  }

  /** An article URL becomes a link only when it is plain http(s); anything else is shown as text. */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("https://") || lower.startsWith("http://")) && u.chars().noneMatch(ch -> ch < 0x21 || ch == 0x7f)) {
      return u;
    }
    return null;
  }
}
