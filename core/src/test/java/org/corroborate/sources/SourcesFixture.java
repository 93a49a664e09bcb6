package org.corroborate.sources;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.model.OutletOrigin;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * The corpus of {@code fixtures/sources/manifest.csv} read as records, and claims made by hand whose
 * spans point at real passages of those articles, so the sources stage is tested without the
 * claims and cluster stages.
 */
final class SourcesFixture {
  static final Path TOP = Path.of("..");
  static final Path MANIFEST = TOP.resolve("fixtures/sources/manifest.csv");

  private final Map<String, Article> articles = new HashMap<>();
  private final List<Article> ordered = new ArrayList<>();
  private final Map<String, Integer> counters = new HashMap<>();

  SourcesFixture() {
    try {
      List<String> lines = Files.readAllLines(MANIFEST, UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        String file = f[0];
        String text = Files.readString(TOP.resolve(file), UTF_8);
        Article a = new Article(file, f[1], "", null, f[2].isBlank() ? null : f[2], text, List.of());
        articles.put(file, a);
        ordered.add(a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ordered.sort((x, y) -> x.id().compareTo(y.id()));
  }

  Article article(String idPrefix) {
    return ordered.stream().filter(a -> a.id().startsWith(idPrefix) || a.id().contains("/" + idPrefix))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no fixture article " + idPrefix));
  }

  Corpus corpus() {
    return new Corpus(ordered, List.of());
  }

  Corpus corpus(List<OutletOrigin> declared) {
    return new Corpus(ordered, List.of(), declared);
  }

  /** An asserting claim whose span is the first place the passage stands in the article. */
  Claim claim(String article, String passage) {
    return claim(article, passage, Stance.ASSERTS, false, null);
  }

  Claim claim(String article, String passage, Stance stance, boolean hedged, String citedSource) {
    return make(article(article), passage, stance, hedged, citedSource);
  }

  Claim make(Article a, String passage, Stance stance, boolean hedged, String citedSource) {
    int start = a.text().indexOf(passage);
    if (start < 0) {
      throw new IllegalArgumentException(a.id() + " does not contain: " + passage);
    }
    int end = start + passage.length();
    int n = counters.merge(a.id(), 1, Integer::sum);
    return new Claim(a.id() + "#" + n, a.id(), a.source(), passage, passage, start, start, end,
        List.of(new Span(start, end)), null, null, stance, hedged, false, false, List.of(), List.of(), List.of(),
        citedSource, false, List.of());
  }

  /** One cluster per list of claims, ids c1, c2, ... */
  @SafeVarargs
  static Clustering clustering(List<Claim>... groups) {
    List<Cluster> clusters = new ArrayList<>();
    for (List<Claim> g : groups) {
      List<String> ids = g.stream().map(Claim::id).sorted().toList();
      clusters.add(new Cluster("c" + (clusters.size() + 1), g.get(0).id(), ids));
    }
    return new Clustering(clusters, List.of());
  }

  @SafeVarargs
  static List<Claim> all(List<Claim>... groups) {
    List<Claim> out = new ArrayList<>();
    for (List<Claim> g : groups) {
      out.addAll(g);
    }
    return out;
  }
}
