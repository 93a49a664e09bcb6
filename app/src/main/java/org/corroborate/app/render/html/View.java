package org.corroborate.app.render.html;

import java.util.List;

/**
 * The HTML report's view model: plain values the Mustache template reads, with every decision
 * already taken in Java. Strings here are raw text; the template escapes them. Only {@link Page#css}
 * and {@link Page#script}, which come from this package's resources, are written unescaped.
 */
public final class View {
  private View() {}

  /** The whole page. */
  public record Page(
      String title,
      String corpus,
      String csp,
      String css,
      String script,
      Overview overview,
      List<Option> outletOptions,
      List<ClusterRow> clusters,
      List<ContradictionView> contradictions,
      List<ArticleView> articles,
      Heatmap heatmap) {
    public boolean hasContradictions() {
      return !contradictions.isEmpty();
    }

    public boolean hasClusters() {
      return !clusters.isEmpty();
    }
  }

  /** A labelled count. */
  public record Count(String label, long value) {}

  /** A choice in a filter. */
  public record Option(String value, String label) {}

  /** A problem with one input file. */
  public record DiagnosticView(String file, String problem) {}

  /** The numbers at the top. */
  public record Overview(
      List<Count> totals,
      List<Count> statuses,
      List<Count> dropped,
      long droppedTotal,
      List<Count> contradictionTypes,
      List<DiagnosticView> diagnostics) {
    public boolean hasDropped() {
      return droppedTotal > 0;
    }

    public boolean hasDiagnostics() {
      return !diagnostics.isEmpty();
    }

    public boolean hasContradictionTypes() {
      return !contradictionTypes.isEmpty();
    }
  }

  /** One cluster as a row of the claims list. */
  public record ClusterRow(
      String anchor,
      String id,
      String text,
      int n,
      int m,
      String status,
      String statusKey,
      String outlets,
      String outletKeys,
      List<ClaimRow> claims,
      List<OriginRow> origins,
      List<Link> contradictions) {
    public boolean hasContradictions() {
      return !contradictions.isEmpty();
    }

    public boolean hasOrigins() {
      return !origins.isEmpty();
    }

    public boolean oneClaim() {
      return claims.size() == 1;
    }

    /** N when it is not 1 (the page's style reads a missing value as 1), else null. */
    public Integer nIfNotOne() {
      return n == 1 ? null : n;
    }

    /** M when it is not 1, else null. */
    public Integer mIfNotOne() {
      return m == 1 ? null : m;
    }
  }

  /** A hyperlink inside the page. */
  public record Link(String href, String label) {}

  /**
   * The independent origins of a cluster that share one reason.
   *
   * @param names each origin's name, with the outlets folded into it in brackets when there are others
   */
  public record OriginRow(String names, String reason, boolean last) {}

  /**
   * One claim inside an opened cluster row.
   *
   * @param text the claim's own text, or null when it is the row's representative text or just its
   *     evidence
   * @param pointer where the script finds the quoted sentence in the text of the article that
   *     {@code href} points into: the sentence's start and length, then each span's start and end
   *     relative to the sentence ("120 68 0 30 40 67"); null when the sentence is rendered inline
   * @param sentence the quoted sentence, inline, when no pointer can be given
   */
  public record ClaimRow(
      String id,
      String outlet,
      String article,
      String text,
      String speaker,
      String stance,
      boolean hedged,
      boolean negated,
      boolean headline,
      String cues,
      String href,
      String pointer,
      List<Piece> sentence) {
    public boolean hasSentence() {
      return !sentence.isEmpty();
    }
  }

  /** A piece of quoted text, highlighted when it belongs to the claim. */
  public record Piece(String text, boolean mark) {}

  /** One side of a contradiction. */
  public record Side(
      String claimId,
      String outlet,
      String article,
      String speaker,
      String stance,
      boolean hedged,
      List<Piece> sentence,
      String clusterHref,
      String articleHref,
      String status) {}

  /** One contradiction, both sides quoted. */
  public record ContradictionView(
      String anchor, String id, String type, String severity, String summary, List<Side> sides) {}

  /** One article with its text split into highlighted segments. */
  public record ArticleView(
      String anchor,
      String textId,
      String id,
      String source,
      String title,
      String url,
      String urlText,
      String published,
      int claims,
      String dropped,
      List<String> warnings,
      boolean open,
      List<Segment> segments) {
    public boolean hasWarnings() {
      return !warnings.isEmpty();
    }
  }

  /**
   * A run of article text covered by the same set of claims.
   *
   * @param text the text
   * @param href the cluster it links to, or null for text outside every claim
   * @param id the anchor of the claim that starts here and owns this segment, or null
   * @param css status classes
   * @param title what the highlight means, for a tooltip
   * @param anchors anchors of other claims that start here (rendered as empty elements)
   * @param after links for claims whose every segment belongs to another claim, placed where they
   *     end
   */
  public record Segment(
      String text, String href, String id, String css, String title, List<String> anchors, List<Link> after) {}

  /** The outlet-by-outlet matrix. */
  public record Heatmap(List<String> outlets, List<HeatRow> rows, String note) {
    public boolean hasRows() {
      return !rows.isEmpty();
    }
  }

  /** One row of the matrix. */
  public record HeatRow(String outlet, List<HeatCell> cells) {}

  /** One cell of the matrix. */
  public record HeatCell(String text, String css, String title) {}
}
