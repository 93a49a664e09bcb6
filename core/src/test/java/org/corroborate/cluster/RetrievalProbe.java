package org.corroborate.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.corroborate.model.Claim;

/**
 * A diagnostic, not a test (surefire runs no class of this name): the CPU time per candidate query
 * on a generated corpus's sentences (split on blank lines and sentence ends, no claims stage) for
 * several postings budgets ({@link CandidateQuery}), with how often a budget binds and how often the
 * rarest term alone is past it. {@code java -cp core/target/test-classes:core/target/classes:<runtime
 * class path> org.corroborate.cluster.RetrievalProbe CORPUS SAMPLE BUDGET,BUDGET,...} (each budget's
 * queries run twice, the second round timed).
 */
final class RetrievalProbe {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int sample = Integer.parseInt(args[1]);
    List<Claim> claims = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        int n = 0;
        for (String para : text.split("\n\n")) {
          for (String s : para.split("(?<=[.!?])\\s+")) {
            if (s.strip().length() > 20) {
              claims.add(TestClaims.claim(f.getFileName() + "#" + (++n), f.getFileName().toString(), "x", s.strip(), org.corroborate.model.Stance.ASSERTS, 0));
            }
          }
        }
      }
    }
    ClaimAnalyzer analyzer = new ClaimAnalyzer();
    ClaimProfile[] p = new ClaimProfile[claims.size()];
    IntStream.range(0, p.length).parallel().forEach(i -> p[i] = ClaimProfile.of(claims.get(i), analyzer));
    List<ClaimProfile> profiles = Arrays.asList(p);
    TermWeights idf = TermWeights.of(profiles);
    Path tmp = Files.createTempDirectory("probe");
    try (FSDirectory dir = FSDirectory.open(tmp)) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
        for (ClaimProfile cp : profiles) {
          Document d = new Document();
          d.add(new TextField("text", cp.indexText(), Field.Store.NO));
          w.addDocument(d);
        }
        w.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        int step = Math.max(1, profiles.size() / sample);
        for (int budget : Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()) {
          long t = 0;
          long dfSum = 0;
          int bound = 0;
          int rarestOver = 0;
          int q = 0;
          for (int round = 0; round < 2; round++) {
            t = 0; dfSum = 0; bound = 0; rarestOver = 0; q = 0;
            for (int i = 0; i < profiles.size(); i += step) {
              List<String> stems = new ArrayList<>(profiles.get(i).stems());
              stems.sort((x, y) -> {
                int c = Double.compare(idf.of(y), idf.of(x));
                return c != 0 ? c : x.compareTo(y);
              });
              stems = stems.subList(0, Math.min(24, stems.size()));
              if (stems.isEmpty()) continue;
              long sum = 0;
              for (String s : stems) sum += reader.docFreq(new Term("text", s));
              dfSum += sum;
              if (sum > budget) bound++;
              if (reader.docFreq(new Term("text", stems.get(0))) > budget) rarestOver++;
              long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
              Query query = CandidateQuery.of("text", stems, searcher, budget);
              searcher.search(query, new TopScoreDocCollectorManager(21, 21));
              t += java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
              q++;
            }
          }
          System.out.printf(Locale.ROOT, "claims %,d budget %d: %.1f us CPU/query, mean df sum %,d, budget binds %.1f%%, rarest over %.2f%%%n",
              profiles.size(), budget, t / 1e3 / q, dfSum / q, 100.0 * bound / q, 100.0 * rarestOver / q);
        }
      }
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
      }
    }
  }
}
