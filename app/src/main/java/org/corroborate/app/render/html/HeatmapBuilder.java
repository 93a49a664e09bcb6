package org.corroborate.app.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.model.ArticleReport;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Report;

/**
 * The outlet-by-outlet matrix: above the diagonal, how many clusters two outlets share; below it,
 * how many contradictions set them against each other; on it, the outlet's own claims. Cells are
 * coloured by class in five steps relative to the largest value, so no inline style is needed.
 * Stateless apart from its report; thread safe.
 */
final class HeatmapBuilder {
  /** The matrix shows at most this many outlets, those with the most claims. */
  static final int MAX_OUTLETS = 40;

  /** Colour steps above zero. */
  static final int STEPS = 4;

  private final Report report;

  HeatmapBuilder(Report report) {
    this.report = report;
  }

  View.Heatmap build() {
    TreeMap<String, Integer> claimsPerOutlet = new TreeMap<>();
    for (ArticleReport a : report.articles()) {
      claimsPerOutlet.putIfAbsent(a.article().source(), 0);
    }
    for (ClusterReport c : report.clusters()) {
      for (ClaimReport cr : c.claims()) {
        claimsPerOutlet.merge(cr.claim().source(), 1, Integer::sum);
      }
    }
    List<String> outlets = new ArrayList<>(claimsPerOutlet.keySet());
    String note = null;
    if (outlets.size() > MAX_OUTLETS) {
      outlets.sort((x, y) -> {
        int byClaims = Integer.compare(claimsPerOutlet.get(y), claimsPerOutlet.get(x));
        return byClaims != 0 ? byClaims : x.compareTo(y);
      });
      outlets = new ArrayList<>(outlets.subList(0, MAX_OUTLETS));
      outlets.sort(null);
      note = String.format(Locale.ROOT, "Showing the %d outlets with the most claims, of %d.", MAX_OUTLETS, claimsPerOutlet.size());
    }
    if (outlets.size() < 2) {
      return new View.Heatmap(outlets, List.of(), note);
    }
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < outlets.size(); i++) {
      index.put(outlets.get(i), i);
    }
    int n = outlets.size();
    int[][] shared = new int[n][n];
    int[][] against = new int[n][n];
    for (ClusterReport c : report.clusters()) {
      List<Integer> in = new ArrayList<>();
      for (String s : c.sources()) {
        Integer i = index.get(s);
        if (i != null) {
          in.add(i);
        }
      }
      for (int i : in) {
        for (int j : in) {
          if (i != j) {
            shared[i][j]++;
          }
        }
      }
    }
    for (Contradiction x : report.contradictions()) {
      if (x.sources().size() < 2) {
        continue;
      }
      Integer i = index.get(x.sources().get(0));
      Integer j = index.get(x.sources().get(1));
      if (i == null || j == null) {
        continue;
      }
      against[i][j]++;
      if (!i.equals(j)) {
        against[j][i]++;
      }
    }
    int maxShared = 0;
    int maxAgainst = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          maxShared = Math.max(maxShared, shared[i][j]);
          maxAgainst = Math.max(maxAgainst, against[i][j]);
        }
      }
    }
    List<View.HeatRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<View.HeatCell> cells = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        String a = outlets.get(i);
        String b = outlets.get(j);
        if (i == j) {
          int own = claimsPerOutlet.get(a);
          String within = against[i][i] == 0 ? "" : " · " + against[i][i] + "×";
          cells.add(new View.HeatCell(own + within, "hd",
              String.format(Locale.ROOT, "%s: %d claims, %d contradictions within", a, own, against[i][i])));
        } else if (j > i) {
          int v = shared[i][j];
          cells.add(new View.HeatCell(Integer.toString(v), "hs" + step(v, maxShared),
              String.format(Locale.ROOT, "%s and %s share %d claim cluster%s", a, b, v, v == 1 ? "" : "s")));
        } else {
          int v = against[i][j];
          cells.add(new View.HeatCell(Integer.toString(v), "hx" + step(v, maxAgainst),
              String.format(Locale.ROOT, "%s and %s contradict each other %d time%s", a, b, v, v == 1 ? "" : "s")));
        }
      }
      rows.add(new View.HeatRow(outlets.get(i), cells));
    }
    return new View.Heatmap(outlets, rows, note);
  }

  /** 0 for zero, else 1..STEPS in proportion to the maximum. */
  static int step(int v, int max) {
    if (v <= 0 || max <= 0) {
      return 0;
    }
    return Math.max(1, (int) Math.ceil((double) STEPS * v / max));
  }
}
