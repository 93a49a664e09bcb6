package org.corroborate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.engine.Corroborate;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attach path against the full joint run it replaces (corpus and draft analysed together). */
class AttachmentTest {
  static final Path SEEDS = Path.of("..", "seeds");
  static final Path SEED_DRAFT = Path.of("..", "fixtures", "check", "seed-draft.md");

  static ExtractedCorpus corpus;
  static Draft draft;
  static Map<String, Fate> joint;
  static CheckResult attached;

  @BeforeAll
  static void checkBothWays() throws IOException {
    corpus = ExtractedCorpus.extract("seeds", new CorpusReader().read(SEEDS));
    List<Diagnostic> diagnostics = new ArrayList<>();
    draft = new DraftReader().read(SEED_DRAFT, "seed-draft.md", diagnostics).orElseThrow(() -> new AssertionError(diagnostics));
    attached = new DraftChecker().check(corpus, List.of(draft), CheckOptions.DEFAULTS, Map.of());

    // the joint run: the engine's stages on the corpus and the draft together, read by Verdicts
    ArticleClaims draftClaims = new ClaimExtractor().extract(draft.article());
    List<Article> articles = new ArrayList<>(corpus.corpus().articles());
    articles.add(draft.article());
    List<ArticleClaims> extracted = new ArrayList<>(corpus.extracted());
    extracted.add(draftClaims);
    Report report = new Corroborate().analyzeExtracted("seeds", new Corpus(articles, List.of(), corpus.corpus().declaredOrigins()), extracted);
    Verdicts verdicts = new Verdicts(report, Set.of(draft.article().id()));
    joint = new HashMap<>();
    draftClaims.claims().forEach(c -> joint.put(c.id(), verdicts.fate(c.id(), 1)));
  }

  @Test
  void everyClaimTheJointRunSupportsIsSupportedByTheSameNumberOfIndependentSourcesWhenAttached() {
    List<ClaimFinding> supported = attached.claims().stream()
        .filter(c -> joint.get(c.id()).verdict() == Verdict.SUPPORTED).toList();
    assertThat(supported).hasSizeGreaterThanOrEqualTo(3);
    for (ClaimFinding c : supported) {
      Fate j = joint.get(c.id());
      assertThat(c.independentSources()).as(c.text()).isEqualTo(j.independentSources());
      assertThat(c.sources()).as(c.text()).isEqualTo(j.sources());
    }
  }

  @Test
  void everySeedDraftClaimGetsTheJointRunsVerdict() {
    for (ClaimFinding c : attached.claims()) {
      assertThat(c.verdict()).as(c.text()).isEqualTo(joint.get(c.id()).verdict());
    }
  }
}
