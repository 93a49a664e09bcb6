package org.corroborate.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.model.Origin;
import org.corroborate.model.OutletOrigin;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;

class SourceCounterRandomTest {
  private static final String[] PIECES = {
      "the", "Pentagon", "said", "told Axios", " (AP) — ", "\n", "\n\n", "\u201c", "\u201d", "\"", "'", "\u2019s",
      "according to a Reuters report", "By Jo Li, Associated Press", "via The Guardian", "a Defense official", "1,400",
      "\ud83d\ude00", "  ", ".", ",", "Axios has learned", "sources tell X", "The", "é", "\u0000", "Copyright 2026 AFP",
      "we need them and we need them now", "on condition of anonymity", "-", "(", ")"};
  private static final String[] OUTLETS = {"Axios", "The Axios", "axios.com", "AP", "Reuters", "!!!", "Harbor Post", "x", "NYT",
      "The New York Times"};
  private static final String[] DATES = {null, "", "2026-02-24", "2026-02-24T10:00:00Z", "2026-02-24T10:00", "yesterday", "2026-13-45"};

  @Test
  void randomCorporaClaimsAndClustersNeverBreakTheCount() {
    Random random = new Random(20260224);
    SourceCounter counter = new SourceCounter();
    for (int round = 0; round < 300; round++) {
      List<Article> articles = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      String shared = text(random, 40);
      for (int i = 0; i < n; i++) {
        String text = text(random, random.nextInt(120)) + (random.nextBoolean() ? shared : "") + text(random, random.nextInt(40));
        articles.add(new Article("a" + random.nextInt(8) + ".txt", pick(random, OUTLETS), "", null, pick(random, DATES), text, List.of()));
      }
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < random.nextInt(20); i++) {
        Article a = articles.get(random.nextInt(articles.size()));
        int len = a.text().length() + (random.nextInt(10) == 0 ? 50 : 0);
        int s = len == 0 ? 0 : random.nextInt(len + 1);
        int e = s + random.nextInt(Math.max(1, len - s + 1));
        claims.add(new Claim(a.id() + "#" + i, random.nextInt(20) == 0 ? "missing.txt" : a.id(), a.source(), "claim", "sentence " + i,
            s, s, e, List.of(new Span(s, e)), null, null, Stance.values()[random.nextInt(3)], random.nextBoolean(), false, false,
            List.of(), List.of(), List.of(), random.nextInt(4) == 0 ? pick(random, OUTLETS) : null, false, List.of()));
      }
      List<Cluster> clusters = new ArrayList<>();
      for (int i = 0; i < claims.size(); ) {
        int size = 1 + random.nextInt(4);
        List<String> ids = new ArrayList<>();
        for (int j = i; j < Math.min(claims.size(), i + size); j++) {
          ids.add(claims.get(j).id());
        }
        if (random.nextInt(10) == 0) {
          ids.add("ghost#1");
        }
        clusters.add(new Cluster("c" + clusters.size(), ids.get(0), ids));
        i += size;
      }
      List<OutletOrigin> declared = random.nextBoolean()
          ? List.of(new OutletOrigin(pick(random, OUTLETS), "Owner"), new OutletOrigin(pick(random, OUTLETS), pick(random, OUTLETS)))
          : List.of();

      List<ClusterSources> out = counter.count(new Corpus(articles, List.of(), declared), claims, new Clustering(clusters, List.of()));

      assertThat(out).extracting(ClusterSources::clusterId).containsExactlyElementsOf(clusters.stream().map(Cluster::id).toList());
      for (ClusterSources s : out) {
        assertThat(s.origins()).extracting(Origin::name).doesNotHaveDuplicates();
        assertThat(s.origins()).allSatisfy(o -> assertThat(o.reason()).isNotBlank());
      }
    }
  }

  private static String text(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(pick(random, PIECES)).append(random.nextInt(3) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
