package org.corroborate.app.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.model.Span;

/**
 * Splits an article's text into segments at every claim span boundary, so that overlapping claims
 * become flat runs of text, each covered by a known set of claims. Each covered run links to the
 * cluster of its most specific claim (the one with the shortest extent); a claim that owns no run
 * gets a small link where it ends. Stateless and thread safe.
 */
final class ArticleMarkup {

  /** A claim of the article as the markup needs it. */
  record Marked(String anchor, String clusterHref, String clusterLabel, String status, String statusKey, List<Span> spans) {}

  private ArticleMarkup() {}

  static List<View.Segment> segments(String text, List<Marked> claims) {
    int len = text.length();
    // boundary -> claims whose span starts (+) or ends (-) there
    TreeMap<Integer, List<int[]>> events = new TreeMap<>();
    events.put(0, new ArrayList<>());
    events.put(len, new ArrayList<>());
    int[] extent = new int[claims.size()];
    int[] firstStart = new int[claims.size()];
    int[] lastEnd = new int[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (Span s : claims.get(i).spans()) {
        int a = Math.min(s.start(), len);
        int b = Math.min(s.end(), len);
        if (a >= b) {
          continue;
        }
        events.computeIfAbsent(a, k -> new ArrayList<>()).add(new int[] {i, +1});
        events.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {i, -1});
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      firstStart[i] = hi < 0 ? -1 : lo;
      lastEnd[i] = hi;
      extent[i] = hi < 0 ? Integer.MAX_VALUE : hi - lo;
    }
    int[] depth = new int[claims.size()];
    TreeSet<Integer> active = new TreeSet<>();
    boolean[] owns = new boolean[claims.size()];
    List<Integer> keys = new ArrayList<>(events.keySet());
    // first pass: owners per interval
    List<int[]> intervals = new ArrayList<>();
    List<List<Integer>> covering = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int k = 0; k + 1 < keys.size(); k++) {
      int at = keys.get(k);
      for (int[] e : events.get(at)) {
        depth[e[0]] += e[1];
        if (depth[e[0]] > 0) {
          active.add(e[0]);
        } else {
          active.remove(e[0]);
        }
      }
      int next = keys.get(k + 1);
      List<Integer> cover = List.copyOf(active);
      int owner = -1;
      for (int c : cover) {
        if (owner < 0 || extent[c] < extent[owner]) {
          owner = c;
        }
      }
      if (owner >= 0) {
        owns[owner] = true;
      }
      intervals.add(new int[] {at, next});
      covering.add(cover);
      owners.add(owner);
    }
    Map<Integer, List<Integer>> startsAt = new TreeMap<>();
    Map<Integer, List<Integer>> unownedEndsAt = new TreeMap<>();
    for (int c = 0; c < claims.size(); c++) {
      if (firstStart[c] >= 0) {
        startsAt.computeIfAbsent(firstStart[c], x -> new ArrayList<>()).add(c);
        if (!owns[c]) {
          unownedEndsAt.computeIfAbsent(lastEnd[c], x -> new ArrayList<>()).add(c);
        }
      }
    }
    List<View.Segment> out = new ArrayList<>();
    for (int k = 0; k < intervals.size(); k++) {
      int at = intervals.get(k)[0];
      int next = intervals.get(k)[1];
      int owner = owners.get(k);
      String id = null;
      List<String> anchors = new ArrayList<>();
      for (int c : startsAt.getOrDefault(at, List.of())) {
        if (c == owner && id == null) {
          id = claims.get(c).anchor();
        } else {
          anchors.add(claims.get(c).anchor());
        }
      }
      List<View.Link> after = new ArrayList<>();
      for (int c : unownedEndsAt.getOrDefault(next, List.of())) {
        Marked m = claims.get(c);
        after.add(new View.Link(m.clusterHref(), "also " + m.status() + " claim, cluster " + m.clusterLabel()));
      }
      String segText = text.substring(at, next);
      if (owner < 0) {
        out.add(new View.Segment(segText, null, null, null, null, anchors, after));
        continue;
      }
      Marked o = claims.get(owner);
      List<Integer> cover = covering.get(k);
      String css = cover.size() > 1 ? o.statusKey() + " o" : o.statusKey();
      out.add(new View.Segment(segText, o.clusterHref(), id, css, cover.size() > 1 ? title(claims, cover) : null,
          anchors, after));
    }
    return merge(out);
  }

  private static String title(List<Marked> claims, List<Integer> cover) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d overlapping claims: ", cover.size()));
    for (int i = 0; i < cover.size(); i++) {
      Marked m = claims.get(cover.get(i));
      // statuses only: cluster ids appear nowhere else on the page, and every highlight carries one
      sb.append(i == 0 ? "" : ", ").append(m.status());
    }
    return sb.toString();
  }

  /** Joins neighbouring plain segments (only the empty leading one can arise) and drops empty text. */
  private static List<View.Segment> merge(List<View.Segment> in) {
    List<View.Segment> out = new ArrayList<>();
    for (View.Segment s : in) {
      if (s.text().isEmpty() && s.anchors().isEmpty() && s.after().isEmpty() && s.id() == null) {
        continue;
      }
      out.add(s);
    }
    return out;
  }
}
