package org.corroborate.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Report;

/**
 * Compares a scan's report with a generated corpus's {@code truth.json}. Each truth fact is a list
 * of sentence spans; each span is matched to the report's claim that overlaps it most, and the fact's
 * cluster is the one most of its spans landed in. A fact is right when that cluster's N equals the
 * expected number of independent sources; complete when all its spans landed there. A truth
 * contradiction is found when a report contradiction has a claim overlapping its span. Reads the
 * truth file as a stream, so its size does not add to memory. Not thread safe.
 */
public final class TruthCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The verdict.
   *
   * @param facts truth facts checked
   * @param nRight facts whose cluster's N is the expected one
   * @param multiSource facts expected to have N of 2 or more
   * @param multiSourceRight of those, the ones whose N is right
   * @param complete facts whose spans all landed in one cluster
   * @param unmatchedSpans truth spans no claim overlapped
   * @param contradictions truth contradictions
   * @param contradictionsFound of those, the ones the report has
   */
  public record Result(int facts, int nRight, int multiSource, int multiSourceRight, int complete, int unmatchedSpans,
      int contradictions, int contradictionsFound) {
    /** Share of facts whose N is right, 0..1. */
    public double nRightShare() {
      return facts == 0 ? 0 : (double) nRight / facts;
    }

    /** Share of multi-source facts whose N is right, 0..1. */
    public double multiSourceRightShare() {
      return multiSource == 0 ? 0 : (double) multiSourceRight / multiSource;
    }
  }

  private record Located(int start, int end, int cluster) {}

  private final Map<String, List<Located>> byArticle = new HashMap<>();
  private final List<Integer> clusterN = new ArrayList<>();
  private final Map<String, List<int[]>> contradictionSpans = new HashMap<>();

  public TruthCheck(Report report) {
    Set<String> contradictionClaims = new HashSet<>();
    for (Contradiction c : report.contradictions()) contradictionClaims.addAll(c.claimIds());
    for (ClusterReport cluster : report.clusters()) {
      int index = clusterN.size();
      clusterN.add(cluster.independentSources());
      for (ClaimReport cr : cluster.claims()) {
        Claim c = cr.claim();
        byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(new Located(c.start(), c.end(), index));
        if (contradictionClaims.contains(c.id())) {
          contradictionSpans.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(new int[] {c.start(), c.end()});
        }
      }
    }
  }

  /** Checks the report against the truth file. */
  public Result check(Path truthFile) throws IOException {
    int facts = 0, nRight = 0, multi = 0, multiRight = 0, complete = 0, unmatched = 0, contradictions = 0, found = 0;
    try (JsonParser p = JSON.getFactory().createParser(truthFile.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(truthFile + ": not a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          JsonNode item = JSON.readTree(p);
          if (field.equals("facts")) {
            facts++;
            int expected = item.get("expectedIndependentSources").asInt();
            Map<Integer, Integer> votes = new TreeMap<>();
            int members = 0;
            for (JsonNode m : item.get("members")) {
              members++;
              int cluster = clusterOf(m.get("article").asText(), m.get("start").asInt(), m.get("end").asInt());
              if (cluster < 0) unmatched++;
              else votes.merge(cluster, 1, Integer::sum);
            }
            int best = -1, bestVotes = 0;
            for (var e : votes.entrySet()) {
              if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
              }
            }
            boolean right = best >= 0 && clusterN.get(best) == expected;
            if (right) nRight++;
            if (expected >= 2) {
              multi++;
              if (right) multiRight++;
            }
            if (best >= 0 && bestVotes == members) complete++;
          } else if (field.equals("contradictions")) {
            contradictions++;
            if (overlapsContradiction(item.get("article").asText(), item.get("start").asInt(), item.get("end").asInt())) found++;
          }
        }
      }
    }
    return new Result(facts, nRight, multi, multiRight, complete, unmatched, contradictions, found);
  }

  private int clusterOf(String article, int start, int end) {
    int best = -1, bestOverlap = 0;
    for (Located l : byArticle.getOrDefault(article, List.of())) {
      int overlap = Math.min(end, l.end()) - Math.max(start, l.start());
      if (overlap > bestOverlap) {
        best = l.cluster();
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private boolean overlapsContradiction(String article, int start, int end) {
    for (int[] s : contradictionSpans.getOrDefault(article, List.of())) {
      if (Math.min(end, s[1]) - Math.max(start, s[0]) > 0) return true;
    }
    return false;
  }
}
