package org.corroborate.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.contradict.ContradictionFinder;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.ClusterSources;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimLinks;
import org.corroborate.model.Clustering;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Corpus;
import org.corroborate.model.Report;
import org.corroborate.report.ReportBuilder;
import org.corroborate.sources.SourceCounter;
import org.corroborate.wordnet.WordNet;

/**
 * The engine's entry point: the pipeline as a short list of stages. Thread safe: every call builds
 * its own stage instances.
 *
 * <p>Memory: a scan streams the files into claim extraction, lets go of the article texts once the
 * sources stage (the last to read them) is done unless {@link EngineOptions#articleTexts()} asks to
 * keep them, and of the claims' tokens once the contradictions stage (the last to match on them)
 * is done. The report holds claims without tokens. Of the clustering's links only the CONFLICT
 * links are kept past the cluster stage (the only ones a later stage reads).
 */
public final class Corroborate {
  /**
   * Below this many claims the sources and contradictions stages run side by side on two threads
   * (each is one thread of work); from it on, one after the other, so that their working sets do
   * not add up where they are large (at 10,000 generated articles, about 60,000 claims, they are
   * about 150 and 300 MB at their peaks). Either way the report is the same.
   */
  static final int SIDE_BY_SIDE_BELOW = 50_000;

  /** Runs the contradictions stage (its preparation beside the clustering, its judging beside the sources stage): a daemon thread per task, none kept. */
  private static final Executor SECOND_THREAD = task -> {
    Thread t = new Thread(task, "corroborate-contradictions");
    t.setDaemon(true);
    t.start();
  };

  private final EngineOptions options;

  public Corroborate() {
    this(EngineOptions.DEFAULTS);
  }

  public Corroborate(EngineOptions options) {
    this.options = options;
  }

  /**
   * Reads a folder and runs every stage on it. Articles are read on the worker threads and go
   * straight into claim extraction, a few at a time, so reading overlaps the claims stage.
   */
  public Report scan(Path folder) throws IOException {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    // no local holds the extraction's result or the listing: the run lets go of what it no longer needs
    return new Run(name == null ? folder.toString() : name.toString(), readAndExtract(folder)).report();
  }

  /** Ingest and claims, streamed: the listing (paths, manifest) is let go when this returns. */
  private ParallelExtraction.Extracted readAndExtract(Path folder) throws IOException {
    ProgressListener progress = options.progress();
    WordNet.preload(); // opened while the claims stage works; clustering and contradictions need it
    progress.stage("ingest");
    CorpusReader.Listing listing = new CorpusReader(options.ingest()).list(folder);
    progress.articlesRead(listing.size());
    progress.stage("claims");
    return ParallelExtraction.extract(listing, options.threads(), progress);
  }

  /** Runs every stage after ingest on an already-read corpus. */
  public Report analyze(String corpusName, Corpus corpus) {
    ProgressListener progress = options.progress();
    WordNet.preload();
    progress.stage("claims");
    return analyzeExtracted(corpusName, corpus, ParallelExtraction.extract(corpus.articles(), options.threads(), progress));
  }

  /** Runs the stages after claim extraction, on claims extracted earlier (for example, from an index). */
  public Report analyzeExtracted(String corpusName, Corpus corpus, List<ArticleClaims> extracted) {
    return new Run(corpusName, new ParallelExtraction.Extracted(corpus, extracted)).report();
  }

  /**
   * One run of the stages after extraction. Holds the corpus and claims in fields it replaces with
   * slimmer copies as soon as no later stage needs what they drop, so the originals can be
   * collected while the run goes on.
   */
  private final class Run {
    private final String corpusName;
    private Corpus corpus;
    private List<ArticleClaims> extracted;

    Run(String corpusName, ParallelExtraction.Extracted extracted) {
      this.corpusName = corpusName;
      this.corpus = extracted.corpus();
      this.extracted = extracted.claims();
    }

    Report report() {
      ProgressListener progress = options.progress();
      List<Claim> claims = claims();
      boolean sideBySide = options.threads() > 1 && claims.size() < SIDE_BY_SIDE_BELOW;
      ContradictionFinder finder = new ContradictionFinder();
      List<Claim> all = claims;
      // what the contradictions stage reads of the claims alone is read on a second thread while they
      // are clustered: the clustering leaves a core idle through its single-threaded phases
      CompletableFuture<ContradictionFinder.Prepared> prepared =
          sideBySide ? CompletableFuture.supplyAsync(() -> finder.prepare(all), SECOND_THREAD) : null;
      progress.stage("cluster");
      Clustering clustering = conflictLinksOnly(new ClaimClusterer().cluster(claims, null, progress::phase));
      progress.clustered(clustering.clusters().size());
      List<ClusterSources> sources;
      List<Contradiction> contradictions;
      if (sideBySide) {
        // the two stages read the same claims and clustering and nothing of each other's: the
        // contradictions run on a second thread while the sources are counted on this one
        progress.stage("sources and contradictions");
        CompletableFuture<List<Contradiction>> found =
            prepared.thenApplyAsync(p -> finder.find(p, clustering, null), SECOND_THREAD);
        sources = new SourceCounter().count(corpus, claims, clustering);
        contradictions = joined(found);
        slimTexts();
      } else {
        progress.stage("sources");
        sources = new SourceCounter().count(corpus, claims, clustering);
        slimTexts();
        progress.stage("contradictions");
        contradictions = finder.find(claims, clustering);
      }
      extracted = slim(extracted, ArticleClaims::withoutTokens);
      claims = null;
      progress.stage("report");
      Report report = new ReportBuilder().build(corpusName, corpus, extracted, clustering, sources, contradictions);
      corpus = null;
      extracted = null;
      progress.finished();
      return report;
    }

    /** Lets go of the article texts (the sources stage was the last to read them) unless the report keeps them. */
    private void slimTexts() {
      if (!options.articleTexts()) {
        corpus = corpus.withoutArticleTexts();
        extracted = slim(extracted, ArticleClaims::withoutArticleText);
      }
    }

    private static List<Contradiction> joined(CompletableFuture<List<Contradiction>> found) {
      try {
        return found.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }

    /**
     * The clusters with only their CONFLICT links: the later stages read the clusters and those links
     * (the contradictions stage), never the SAME links (about a million at 10,000 generated articles).
     */
    private static Clustering conflictLinksOnly(Clustering clustering) {
      List<ClaimLink> conflicts = clustering.links() instanceof ClaimLinks packed
          ? packed.ofKind(ClaimLink.Kind.CONFLICT)
          : clustering.links().stream().filter(l -> l.kind() == ClaimLink.Kind.CONFLICT).toList();
      return new Clustering(clustering.clusters(), conflicts);
    }

    private List<Claim> claims() {
      List<Claim> all = new ArrayList<>();
      extracted.forEach(a -> all.addAll(a.claims()));
      return all;
    }

    /** A copy of the list with every element replaced by a slimmer copy. */
    private static List<ArticleClaims> slim(List<ArticleClaims> list, java.util.function.UnaryOperator<ArticleClaims> copy) {
      List<ArticleClaims> out = new ArrayList<>(list.size());
      for (ArticleClaims a : list) {
        out.add(copy.apply(a));
      }
      return out;
    }
  }
}
