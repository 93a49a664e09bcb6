package org.corroborate.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Corpus;
import org.corroborate.model.Span;
import org.corroborate.sources.Attribution.Kind;

/**
 * Traces each supporting claim to its origin, in this order: a passage copied from an earlier
 * article takes that article's origin for the passage; else an upstream credit in the claim's
 * sentence (or, for a quotation, in its paragraph, where its attribution stands) makes the cited
 * outlet its origin; else a wire or republication credit on its article
 * makes the agency or credited outlet its origin; else it is its outlet's own report, counted
 * under the origin origins.csv declares for the outlet, if any.
 *
 * <p>Copying is judged per claim: the claim's passage must stand near-identical in the other
 * article ({@link #NEAR_IDENTICAL} of its shingles there), or share an unusual phrasing there (a
 * run of {@link ShingleIndex#RARE_RUN_WORDS} words no third article has, with {@link #RARE_PHRASING}
 * of its shingles), and at least {@link #MIN_SHARED_CHARS} characters. A shared passage that is
 * mostly a quotation is copying only when the quote is exclusive: attributed to an anonymous source
 * or credited to an outlet in either article, or when one article is as a whole a near-identical copy
 * of the other ({@link #WHOLE_ARTICLE_COPY}); a quote of an on-record statement is not. Which
 * article came first follows {@link PublicationOrder}.
 *
 * <p>One instance serves one corpus. Not thread safe.
 */
final class ClaimOrigins {
  /** Share of a passage's shingles that must stand in another article for it to be a copy. */
  static final double NEAR_IDENTICAL = ShingleIndex.COPY_FAMILY_SHARE;
  /** The lower share enough when the two also share an unusual phrasing (Dong, Berti-Equille and Srivastava, VLDB 2009). */
  static final double RARE_PHRASING = 0.35;
  /** A shared passage shorter than this is common phrasing, not evidence of copying. */
  static final int MIN_SHARED_CHARS = 40;
  /** Share of an article's shingles that makes it, as a whole, a copy of another (a syndicated reprint). */
  static final double WHOLE_ARTICLE_COPY = 0.5;
  /** The longest shared passage kept as evidence. */
  static final int MAX_EVIDENCE_CHARS = 400;

  private final List<Article> articles;
  private final Map<String, Integer> articleIndex = new HashMap<>();
  private final Map<String, List<Claim>> claimsByArticle = new HashMap<>();
  private final OutletRegistry registry;
  private final UpstreamCredits credits;
  private final ShingleIndex index;
  private final Map<Integer, Optional<Credit>> wireCredits = new HashMap<>();
  private final Map<Integer, BitSet> quoted = new HashMap<>();
  private final Map<Integer, Boolean> selfCredits = new HashMap<>();
  private final LongKeyMap<Boolean> wholeCopies = new LongKeyMap<>();
  private final LongKeyMap<Optional<Credit>> lineCredits = new LongKeyMap<>();
  private final Instant[] publishedAt;
  private final boolean[] publishedParsed;
  private final LongKeyMap<Boolean> anonymousLines = new LongKeyMap<>();
  private final Map<String, Attribution> resolved = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final List<CopyEvidence> evidence = new ArrayList<>();
  private final boolean keepEvidence;

  ClaimOrigins(Corpus corpus, List<Claim> claims) {
    this(corpus, claims, true);
  }

  /**
   * @param keepEvidence whether to keep the copy evidence ({@link #evidence}) and the count of
   *     distinct article pairs compared ({@link #stats}); counting origins needs neither, and at
   *     10,000 generated articles they were about 740,000 records with a passage and a verdict each
   *     and a million boxed pair keys, over half the heap at the end of the stage
   */
  ClaimOrigins(Corpus corpus, List<Claim> claims, boolean keepEvidence) {
    this.keepEvidence = keepEvidence;
    this.articles = corpus.articles();
    this.publishedAt = new Instant[articles.size()];
    this.publishedParsed = new boolean[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      articleIndex.putIfAbsent(articles.get(i).id(), i);
    }
    for (Claim c : claims) {
      claimsByArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
    }
    claimsByArticle.values().forEach(l -> l.sort(Comparator.comparingInt(Claim::start).thenComparing(Claim::id)));
    this.registry = new OutletRegistry(articles, corpus.declaredOrigins());
    this.credits = new UpstreamCredits(registry);
    this.index = new ShingleIndex(articles.stream().map(Article::text).toList(), keepEvidence);
  }

  OutletRegistry registry() {
    return registry;
  }

  CopyStats stats() {
    return index.stats();
  }

  List<CopyEvidence> evidence() {
    return evidence.stream()
        .sorted(Comparator.comparing(CopyEvidence::claimId).thenComparing(CopyEvidence::fromArticleId))
        .toList();
  }

  /** The origin of a supporting claim. */
  Attribution of(Claim claim) {
    Attribution done = resolved.get(claim.id());
    if (done != null) {
      return done;
    }
    if (!inProgress.add(claim.id())) {
      return direct(claim); // a copy cycle: stop at the claim itself
    }
    Attribution result = direct(claim);
    Integer own = articleIndex.get(claim.articleId());
    if (own != null && fits(claim, articles.get(own))) {
      result = traceCopy(claim, own, result);
    }
    inProgress.remove(claim.id());
    resolved.put(claim.id(), result);
    return result;
  }

  private Attribution traceCopy(Claim claim, int own, Attribution direct) {
    Article a = articles.get(own);
    String ownOutlet = outletOrigin(a.source()).key();
    PublicationOrder.Side ownSide = null;
    PassageMatch best = null;
    PublicationOrder.Side bestSide = null;
    boolean bestQuote = false;
    boolean bestExclusive = false;
    boolean bestAnonymous = false;
    LongKeyMap<Boolean> ownAnonymous = new LongKeyMap<>(); // per line of the claim's article, with its speaker
    for (PassageMatch m : index.matches(own, claim.spans())) {
      Article b = articles.get(m.otherArticle());
      if (outletOrigin(b.source()).key().equals(ownOutlet)) {
        continue; // the same outlet twice is one source already
      }
      boolean near = m.containment() >= NEAR_IDENTICAL;
      boolean rare = m.rareRun() && m.containment() >= RARE_PHRASING;
      if (!(near || rare) || m.sharedChars() < MIN_SHARED_CHARS) {
        continue;
      }
      String ownLine = line(a.text(), m.ownStart());
      boolean quote = quotedShare(own, m.ownStart(), m.ownEnd()) >= QuoteRules.QUOTED_SHARE
          || quotedShare(m.otherArticle(), m.otherStart(), m.otherEnd()) >= QuoteRules.QUOTED_SHARE;
      boolean ownCredits = lineCredit(own, m.ownStart()).isPresent() || wireCredit(own).isPresent();
      boolean otherCredits = lineCredit(m.otherArticle(), m.otherStart()).isPresent()
          || wireCredit(m.otherArticle()).isPresent();
      String speaker = claim.speaker() == null ? "" : claim.speaker();
      boolean anonymous = ownAnonymous.computeIfAbsent(lineKey(own, a.text(), m.ownStart()),
          k -> QuoteRules.anonymous(ownLine + " " + speaker)) || anonymousLine(m.otherArticle(), m.otherStart());
      boolean exclusive = anonymous || ownCredits || otherCredits;
      if (quote && !exclusive && !wholeArticleCopy(own, m.otherArticle())) {
        addEvidence(claim, m, null, quote, false,
            () -> "not copying: both quote an on-record statement, which anyone may report");
        continue;
      }
      ownSide = new PublicationOrder.Side(a.id(), publishedAt(own), selfCredited(own), ownCredits);
      PublicationOrder.Side otherSide = new PublicationOrder.Side(
          b.id(), publishedAt(m.otherArticle()), selfCredited(m.otherArticle()), otherCredits);
      if (PublicationOrder.compare(otherSide, ownSide) > 0) {
        PublicationOrder.Side own1 = ownSide;
        addEvidence(claim, m, null, quote, false,
            () -> "origin of the passage: " + PublicationOrder.why(own1, otherSide));
        continue;
      }
      if (best == null || PublicationOrder.compare(otherSide, bestSide) < 0) {
        best = m;
        bestSide = otherSide;
        bestQuote = quote;
        bestExclusive = quote && exclusive;
        bestAnonymous = anonymous;
      }
    }
    if (best == null) {
      return direct;
    }
    Article b = articles.get(best.otherArticle());
    Optional<Claim> fromClaim = claimCovering(b.id(), best.otherStart(), best.otherEnd());
    Attribution region = regionOrigin(best.otherArticle(), best.otherStart());
    Attribution source = fromClaim.isPresent() ? of(fromClaim.get()) : region;
    if (source.kind() == Kind.OWN && region.kind() == Kind.CITED) {
      source = region; // the paragraph credits the passage upstream ("...," a Defense official told Axios)
    }
    String order = PublicationOrder.why(bestSide, ownSide);
    String how = bestExclusive
        ? "exclusive quote" + (bestAnonymous ? " from an anonymous source" : "") + ", first published in " + b.id() + " (" + registry.resolve(b.source()).display()
            + "), repeated without credit (" + best.sharedChars() + " chars"
        : "passage copied from " + b.id() + " (" + best.sharedChars() + " chars"
            + (bestQuote ? "; a quote, copied with the whole article" : "");
    if (best.rareRun() && best.containment() < NEAR_IDENTICAL) {
      how += "; shares an unusual " + best.longestRunWords() + "-word phrasing no other article has";
    }
    how += "; " + order + ")";
    if (source.kind() != Kind.OWN) {
      how += ", which " + source.reason().replace("wire story", "runs the wire story");
    }
    addEvidence(claim, best, fromClaim.map(Claim::id).orElse(null), bestQuote, true, () -> "copied: " + order);
    if (source.key().equals(direct.key())) {
      return direct;
    }
    return new Attribution(Kind.COPIED, source.key(), source.name(), how, source.agencyCode());
  }

  /**
   * Whether one of the two articles is, as a whole, a near-identical copy of the other: then even
   * its quotes of on-record statements were copied with the rest.
   */
  private boolean wholeArticleCopy(int a, int b) {
    long key = Math.min(a, b) * (long) articles.size() + Math.max(a, b);
    return wholeCopies.computeIfAbsent(key, k -> index.articleContainment(a, b) >= WHOLE_ARTICLE_COPY
        || index.articleContainment(b, a) >= WHOLE_ARTICLE_COPY);
  }

  /** The origin a claim states or its article carries, before any copying is looked for. */
  private Attribution direct(Claim claim) {
    String sentence = claim.sentence().isBlank() ? claim.text() : claim.sentence();
    Optional<Credit> credit = claim.citedSource() != null && !claim.citedSource().isBlank()
        ? Optional.of(new Credit(claim.citedSource(), null))
        : credits.find(sentence);
    Integer own = articleIndex.get(claim.articleId());
    if (credit.isEmpty() && own != null && fits(claim, articles.get(own))
        && quotedShare(own, claim.start(), claim.end()) >= QuoteRules.QUOTED_SHARE) {
      // a quotation's attribution may stand outside the claim, in its paragraph ("...," an official told Axios)
      credit = credits.find(line(articles.get(own).text(), claim.start()));
    }
    return attribute(claim.source(), credit, own == null ? Optional.empty() : wireCredit(own));
  }

  /**
   * The upstream credit a claim carries: its {@code citedSource}, with the words that credit it when
   * its sentence (or, for a quotation, its paragraph) states them; else a credit in its sentence;
   * else, for a quotation, a credit in its paragraph, where its attribution stands.
   */
  Optional<Credit> credit(Claim claim) {
    String sentence = claim.sentence().isBlank() ? claim.text() : claim.sentence();
    Optional<Credit> found = credits.find(sentence);
    Integer own = articleIndex.get(claim.articleId());
    if (found.isEmpty() && own != null && fits(claim, articles.get(own))
        && quotedShare(own, claim.start(), claim.end()) >= QuoteRules.QUOTED_SHARE) {
      found = credits.find(line(articles.get(own).text(), claim.start()));
    }
    String cited = claim.citedSource();
    if (cited == null || cited.isBlank()) {
      return found;
    }
    if (found.isPresent() && outletOrigin(found.get().name()).key().equals(outletOrigin(cited).key())) {
      return found;
    }
    return Optional.of(new Credit(cited, null));
  }

  /** When the claim's article was published, or null when unknown. */
  Instant published(Claim claim) {
    Integer i = articleIndex.get(claim.articleId());
    return i == null ? null : publishedAt(i);
  }

  /** When an article was published ({@link PublicationOrder#parse}), parsed once per article. */
  private Instant publishedAt(int article) {
    if (!publishedParsed[article]) {
      publishedAt[article] = PublicationOrder.parse(articles.get(article).published());
      publishedParsed[article] = true;
    }
    return publishedAt[article];
  }

  /** The origin of a passage of an article that no claim covers: its line's credit, else its article's. */
  private Attribution regionOrigin(int article, int offset) {
    Article a = articles.get(article);
    return attribute(a.source(), credits.find(line(a.text(), offset)), wireCredit(article));
  }

  private Attribution attribute(String outlet, Optional<Credit> credit, Optional<Credit> wire) {
    OutletRegistry.Named own = outletOrigin(outlet);
    if (credit.isPresent()) {
      OutletRegistry.Named cited = outletOrigin(credit.get().name());
      if (!cited.key().equals(own.key())) {
        String cue = credit.get().cue();
        String reason = cue == null
            ? "cites " + credit.get().name().strip()
            : "cites " + cited.display() + " (\"" + cue + "\")";
        return new Attribution(Kind.CITED, cited.key(), cited.display(), reason, agencyCode(cited));
      }
    }
    if (wire.isPresent()) {
      OutletRegistry.Named credited = outletOrigin(wire.get().name());
      if (!credited.key().equals(own.key())) {
        WireAgency agency = registry.resolve(wire.get().name()).agency();
        if (agency != null) {
          return new Attribution(Kind.WIRE, credited.key(), credited.display(), "wire story (" + agency.code() + ")", agency.code());
        }
        return new Attribution(Kind.REPUBLISHED, credited.key(), credited.display(),
            "republished from " + credited.display() + " (\"" + wire.get().cue() + "\")", "");
      }
    }
    OutletRegistry.Named outletNamed = registry.resolve(outlet);
    Optional<OutletRegistry.Named> declared = registry.declaredOrigin(outletNamed);
    if (declared.isPresent()) {
      return new Attribution(Kind.DECLARED, own.key(), own.display(), "declared in origins.csv under " + own.display(), "");
    }
    return new Attribution(Kind.OWN, own.key(), own.display(), "independent report", "");
  }

  /** An outlet resolved, then mapped to the origin origins.csv declares for it. */
  OutletRegistry.Named outletOrigin(String name) {
    OutletRegistry.Named named = registry.resolve(name);
    return registry.declaredOrigin(named).orElse(named);
  }

  private static String agencyCode(OutletRegistry.Named named) {
    return named.agency() == null ? "" : named.agency().code();
  }

  /** Whether the article's text names its own outlet as the reporter ("Axios has learned" in Axios). */
  private boolean selfCredited(int article) {
    return selfCredits.computeIfAbsent(article, i -> {
      Article a = articles.get(i);
      String own = outletOrigin(a.source()).key();
      for (String line : a.text().split("\n")) {
        Optional<Credit> c = credits.find(line);
        if (c.isPresent() && outletOrigin(c.get().name()).key().equals(own)) {
          return true;
        }
      }
      return false;
    });
  }

  private Optional<Credit> wireCredit(int article) {
    return wireCredits.computeIfAbsent(article, i -> WireCredits.find(articles.get(i).text()));
  }

  private double quotedShare(int article, int start, int end) {
    if (end <= start) {
      return 0;
    }
    BitSet mask = quoted.computeIfAbsent(article, i -> QuoteRules.quoted(articles.get(i).text()));
    return mask.get(start, end).cardinality() / (double) (end - start);
  }

  /** The claim of the article whose spans overlap the range most, if any. */
  private Optional<Claim> claimCovering(String articleId, int start, int end) {
    Claim best = null;
    int bestOverlap = 0;
    for (Claim c : claimsByArticle.getOrDefault(articleId, List.of())) {
      if (!c.supports()) {
        continue;
      }
      int overlap = 0;
      for (Span s : c.spans()) {
        overlap += Math.max(0, Math.min(end, s.end()) - Math.max(start, s.start()));
      }
      if (overlap > bestOverlap) {
        best = c;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Keeps the evidence of one match, when evidence is kept. */
  private void addEvidence(Claim claim, PassageMatch m, String fromClaim, boolean quote, boolean counted,
      java.util.function.Supplier<String> verdict) {
    if (keepEvidence) {
      evidence.add(evidenceOf(claim, m, fromClaim, quote, counted, verdict.get()));
    }
  }

  private CopyEvidence evidenceOf(Claim claim, PassageMatch m, String fromClaim, boolean quote, boolean counted, String verdict) {
    Article b = articles.get(m.otherArticle());
    String passage = b.text().substring(m.otherStart(), m.otherEnd());
    if (passage.length() > MAX_EVIDENCE_CHARS) {
      passage = passage.substring(0, MAX_EVIDENCE_CHARS) + "...";
    }
    return new CopyEvidence(claim.id(), claim.articleId(), b.id(), fromClaim, passage, m.sharedChars(),
        Math.round(m.containment() * 1000) / 1000.0, m.longestRunWords(), m.rareRun(), quote, counted, verdict);
  }

  /**
   * The upstream credit in the line of an article around an offset ({@link UpstreamCredits#find}),
   * worked out once per line: a passage found in many articles asks about the same lines again.
   */
  private Optional<Credit> lineCredit(int article, int offset) {
    String text = articles.get(article).text();
    return lineCredits.computeIfAbsent(lineKey(article, text, offset), k -> credits.find(line(text, offset)));
  }

  /** Whether the line of an article around an offset speaks of an anonymous source, worked out once per line. */
  private boolean anonymousLine(int article, int offset) {
    String text = articles.get(article).text();
    return anonymousLines.computeIfAbsent(lineKey(article, text, offset), k -> QuoteRules.anonymous(line(text, offset)));
  }

  /** The article and the start of its line around an offset, packed (as {@link #line} finds the line). */
  private static long lineKey(int article, String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    return ((long) article << 32) | (text.lastIndexOf('\n', at - 1) + 1);
  }

  /** The line (block) of the text around an offset. */
  private static String line(String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int start = text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static boolean fits(Claim claim, Article article) {
    return claim.end() <= article.text().length();
  }
}
