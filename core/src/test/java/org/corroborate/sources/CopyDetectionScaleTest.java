package org.corroborate.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import org.corroborate.model.Corpus;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cost of copy detection on 10,000 generated articles, some of them syndicated copies and wire
 * stories run by several outlets. Disabled by default; run with
 * {@code bin/mvn-jdk -q -ntp -o -pl core test -Dtest=CopyDetectionScaleTest -Dcorroborate.scale=true}.
 * It prints the time and the candidate pairs examined, and asserts only behaviour (copies found,
 * far fewer pairs than all pairs), never timings.
 */
@EnabledIfSystemProperty(named = "corroborate.scale", matches = "true")
class CopyDetectionScaleTest {
  private static final int ARTICLES = 10_000;
  private static final int VOCABULARY = 20_000;

  @Test
  void copyDetectionOverTenThousandArticlesExaminesFarFewerPairsThanAllPairs() {
    Random random = new Random(42);
    String[] words = new String[VOCABULARY];
    for (int i = 0; i < words.length; i++) {
      words[i] = word(random);
    }
    List<Article> articles = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    int planted = 0;
    for (int i = 0; i < ARTICLES; i++) {
      List<String> body;
      String source = "Outlet " + random.nextInt(400);
      int kind = random.nextInt(100);
      if (i > 0 && kind < 10) { // a syndicated copy of an earlier article, with one added paragraph
        body = new ArrayList<>(sentences.get(random.nextInt(i)));
        body.add(random.nextInt(body.size() + 1), sentence(random, words));
        planted++;
      } else {
        body = new ArrayList<>();
        int n = 15 + random.nextInt(20);
        for (int s = 0; s < n; s++) {
          body.add(sentence(random, words));
        }
      }
      sentences.add(body);
      articles.add(new Article(String.format(Locale.ROOT, "a%05d.txt", i), source, "", null,
          String.format(Locale.ROOT, "2026-01-01T00:00:00Z").replace("00:00:00", String.format(Locale.ROOT, "%02d:%02d:00", i / 600 % 24, i / 10 % 60)),
          String.join("\n", body), List.of()));
    }
    List<Claim> claims = new ArrayList<>();
    List<Cluster> clusters = new ArrayList<>();
    for (Article a : articles) {
      int at = 0;
      int n = 0;
      for (String line : a.text().split("\n")) {
        Claim c = new Claim(a.id() + "#" + (++n), a.id(), a.source(), line, line, at, at, at + line.length(),
            List.of(new Span(at, at + line.length())), null, null, Stance.ASSERTS, false, false, false, List.of(), List.of(),
            List.of(), null, false, List.of());
        claims.add(c);
        clusters.add(new Cluster("c" + clusters.size(), c.id(), List.of(c.id())));
        at += line.length() + 1;
      }
    }
    Corpus corpus = new Corpus(articles, List.of());

    long i0 = System.nanoTime();
    ShingleIndex index = new ShingleIndex(articles.stream().map(Article::text).toList());
    long indexMillis = (System.nanoTime() - i0) / 1_000_000;
    long m0 = System.nanoTime();
    long matches = 0;
    for (Claim c : claims) {
      matches += index.matches(Integer.parseInt(c.articleId().substring(1, 6)), c.spans()).size();
    }
    long matchMillis = (System.nanoTime() - m0) / 1_000_000;
    System.out.printf(Locale.ROOT, "copy detection alone: indexMs=%d lookupMs=%d matches=%d %s%n", indexMillis, matchMillis, matches,
        index.stats());

    long t0 = System.nanoTime();
    SourceAnalysis analysis = new SourceCounter().analyze(corpus, claims, new Clustering(clusters, List.of()));
    long millis = (System.nanoTime() - t0) / 1_000_000;

    CopyStats stats = analysis.stats();
    long allPairs = (long) ARTICLES * (ARTICLES - 1) / 2;
    long copiedClaims = analysis.copies().stream().filter(CopyEvidence::counted).count();
    long copiedArticles = analysis.copies().stream().filter(CopyEvidence::counted).map(CopyEvidence::articleId).distinct().count();
    System.out.printf(Locale.ROOT,
        "articles=%d claims=%d postings=%d passages=%d postingsRead=%d candidatePairs=%d articlePairs=%d allArticlePairs=%d"
            + " copiedClaims=%d copiedArticles=%d plantedCopies=%d wholeStageMs=%d%n",
        stats.articles(), claims.size(), stats.shingles(), stats.passages(), stats.postingsRead(), stats.candidatePairs(), stats.articlePairs(), allPairs,
        copiedClaims, copiedArticles, planted, millis);

    assertThat(stats.articlePairs()).isLessThan(allPairs / 100);
    assertThat(copiedArticles).isGreaterThanOrEqualTo(planted * 9L / 10);
  }

  private static String sentence(Random random, String[] words) {
    int n = 10 + random.nextInt(16);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // Zipf-like: frequent words are frequent, as in text
      int w = (int) Math.min(words.length - 1, Math.floor(Math.pow(words.length, random.nextDouble())) - 1);
      sb.append(i == 0 ? "" : " ").append(words[Math.max(0, w)]);
    }
    return sb.append('.').toString();
  }

  private static String word(Random random) {
    int len = 2 + random.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }
}
