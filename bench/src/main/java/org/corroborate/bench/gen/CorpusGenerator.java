package org.corroborate.bench.gen;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.bench.gen.Templates.Fact;
import org.corroborate.bench.gen.Templates.Family;
import org.corroborate.bench.gen.Templates.Headline;

/**
 * Writes a synthetic news corpus with known answers: N articles from M outlets about K events, as
 * {@code .txt} files, a {@code sources.csv} manifest and a {@code truth.json} ground truth.
 *
 * <p>Per event: several outlets report it independently (each in its own paraphrases, stating some
 * of the event's facts plus details of its own, which are single-source claims); a wire story is
 * published verbatim by a few outlets with an "(AP)" or "(Reuters)" credit; one outlet may reprint
 * another's article verbatim; one may rewrite another's article keeping whole sentences; and one
 * independent report may contradict a fact (a changed number or a negation). The ground truth says,
 * per fact, which sentence spans state it, which origin each traces back to, and so the expected
 * number of independent sources; and lists every contradiction and copy.
 *
 * <p>Deterministic: the same {@link Settings} give byte-identical files. Not thread safe.
 */
public final class CorpusGenerator {
  /** Name of the ground-truth file written beside the articles. */
  public static final String TRUTH_FILE = "truth.json";
  /** Name of the outlet manifest written beside the articles. */
  public static final String MANIFEST_FILE = "sources.csv";
  /** Articles per sub-folder, so that no folder holds 100,000 files. */
  static final int FILES_PER_FOLDER = 1000;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)\\}");
  private static final List<String> QUARTERS = List.of("first", "second", "third", "fourth");
  private static final List<String> WIRES = List.of("AP", "Reuters");

  /**
   * What to generate.
   *
   * @param articles N, the number of article files
   * @param outlets M, the number of distinct outlets (at least {@link #MIN_OUTLETS})
   * @param events K, the number of events (at least 1, at most N)
   * @param seed the random seed
   */
  public record Settings(int articles, int outlets, int events, long seed) {
    /** Enough distinct outlets for one event's independent reports, copies and wire reprints. */
    public static final int MIN_OUTLETS = 12;
    /** How many outlet names the templates can make. */
    public static final int MAX_OUTLETS = Templates.CITIES.size() * Templates.PAPER_WORDS.size();
    /** Default seed. */
    public static final long DEFAULT_SEED = 20_260_123L;
    /** Articles per event when K is not given. */
    public static final int ARTICLES_PER_EVENT = 8;

    public Settings {
      if (articles < 1) throw new IllegalArgumentException("articles must be at least 1, was " + articles);
      if (outlets < MIN_OUTLETS || outlets > MAX_OUTLETS) {
        throw new IllegalArgumentException("outlets must be in [" + MIN_OUTLETS + ", " + MAX_OUTLETS + "], was " + outlets);
      }
      if (events < 1 || events > articles) {
        throw new IllegalArgumentException("events must be in [1, articles], was " + events);
      }
    }

    /** N articles with M and K scaled from N: one outlet per 40 articles (12..384), 8 articles per event. */
    public static Settings forArticles(int articles, long seed) {
      int outlets = Math.max(MIN_OUTLETS, Math.min(MAX_OUTLETS, articles / 40));
      int events = Math.max(1, (articles + ARTICLES_PER_EVENT - 1) / ARTICLES_PER_EVENT);
      return new Settings(articles, outlets, events, seed);
    }
  }

  /** What was written. */
  public record Summary(int articles, int events, int facts, int contradictions, int copies) {}

  /** One sentence as written: its text, the fact it states, and the origin it traces back to. */
  private record Sentence(String text, String factId, String origin, String contradiction) {}

  /** One article before it is rendered: who publishes it and its paragraphs. */
  private record Draft(String outlet, String headline, String dateline, List<List<Sentence>> paragraphs) {}

  private final Settings settings;
  private final Random random;
  private final List<String> outletNames;
  private final Names names;

  public CorpusGenerator(Settings settings) {
    this.settings = settings;
    this.random = new Random(settings.seed());
    List<String> all = new ArrayList<>();
    for (String word : Templates.PAPER_WORDS) {
      for (String city : Templates.CITIES) {
        all.add("The " + city + " " + word);
      }
    }
    Collections.shuffle(all, random);
    this.outletNames = List.copyOf(all.subList(0, settings.outlets()));
    this.names = new Names(random, settings.events());
  }

  /** Writes the corpus into {@code out}, which must be empty or missing. */
  public Summary write(Path out) throws IOException {
    Files.createDirectories(out);
    try (var listing = Files.list(out)) {
      if (listing.findAny().isPresent()) throw new IOException(out + ": not empty; refusing to write a corpus there");
    }
    int[] perEvent = spread(settings.articles(), settings.events());
    int articleNo = 0;
    int facts = 0;
    List<Map<String, Object>> contradictions = new ArrayList<>();
    List<Map<String, Object>> copies = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(MANIFEST_FILE), StandardCharsets.UTF_8);
        JsonGenerator truth = json.createGenerator(out.resolve(TRUTH_FILE).toFile(), JsonEncoding.UTF8)) {
      truth.useDefaultPrettyPrinter();
      manifest.write("file,source,url,published\n");
      truth.writeStartObject();
      truth.writeNumberField("seed", settings.seed());
      truth.writeNumberField("articles", settings.articles());
      truth.writeNumberField("outlets", settings.outlets());
      truth.writeNumberField("events", settings.events());
      truth.writeArrayFieldStart("facts");
      for (int e = 0; e < settings.events(); e++) {
        String eventId = String.format(Locale.ROOT, "e%06d", e + 1);
        List<Draft> drafts = eventDrafts(eventId, perEvent[e], copies, articleNo);
        String published = String.format(Locale.ROOT, "2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        Map<String, List<Map<String, Object>>> members = new TreeMap<>();
        int contradictionsBefore = contradictions.size();
        for (Draft d : drafts) {
          articleNo++;
          String id = articleId(articleNo);
          Path file = out.resolve(id);
          Files.createDirectories(file.getParent());
          StringBuilder text = new StringBuilder();
          text.append(d.headline()).append("\n\n");
          boolean first = true;
          for (List<Sentence> paragraph : d.paragraphs()) {
            if (!first) text.append("\n\n");
            for (int i = 0; i < paragraph.size(); i++) {
              Sentence s = paragraph.get(i);
              if (first && i == 0 && d.dateline() != null) text.append(d.dateline());
              if (i > 0) text.append(' ');
              int start = text.length();
              text.append(s.text());
              Map<String, Object> span = new TreeMap<>();
              span.put("article", id);
              span.put("start", start);
              span.put("end", text.length());
              if (s.contradiction() != null) {
                span.put("fact", s.factId());
                span.put("type", s.contradiction());
                contradictions.add(span);
              } else {
                span.put("origin", s.origin());
                members.computeIfAbsent(s.factId(), k -> new ArrayList<>()).add(span);
              }
            }
            first = false;
          }
          text.append('\n');
          Files.writeString(file, text, StandardCharsets.UTF_8);
          manifest.write(csv(id) + "," + csv(d.outlet()) + "," + csv(url(d.outlet(), id)) + "," + published + "\n");
        }
        Set<String> contested = new TreeSet<>();
        for (Map<String, Object> c : contradictions.subList(contradictionsBefore, contradictions.size())) {
          contested.add((String) c.get("fact"));
        }
        for (var entry : members.entrySet()) {
          Set<String> origins = new TreeSet<>();
          entry.getValue().forEach(m -> origins.add((String) m.get("origin")));
          truth.writeStartObject();
          truth.writeStringField("id", entry.getKey());
          truth.writeStringField("kind", entry.getKey().contains("/detail-") ? "detail" : "event-fact");
          truth.writeNumberField("expectedIndependentSources", origins.size());
          String status = contested.contains(entry.getKey()) ? "contested" : origins.size() >= 2 ? "corroborated" : "single-source";
          truth.writeStringField("expectedStatus", status);
          truth.writeArrayFieldStart("members");
          for (Map<String, Object> m : entry.getValue()) writeMap(truth, m);
          truth.writeEndArray();
          truth.writeEndObject();
          facts++;
        }
      }
      truth.writeEndArray();
      truth.writeArrayFieldStart("contradictions");
      for (Map<String, Object> c : contradictions) writeMap(truth, c);
      truth.writeEndArray();
      truth.writeArrayFieldStart("copies");
      for (Map<String, Object> c : copies) writeMap(truth, c);
      truth.writeEndArray();
      truth.writeEndObject();
    }
    return new Summary(articleNo, settings.events(), facts, contradictions.size(), copies.size());
  }

  /** Path of the n-th article (from 1) relative to the corpus folder. */
  static String articleId(int n) {
    return String.format(Locale.ROOT, "%04d/a%07d.txt", (n - 1) / FILES_PER_FOLDER, n);
  }

  private List<Draft> eventDrafts(String eventId, int count, List<Map<String, Object>> copies, int firstArticle) {
    Family family = Templates.FAMILIES.get(random.nextInt(Templates.FAMILIES.size()));
    Map<String, String> values = eventValues();
    List<String> outlets = new ArrayList<>(outletNames);
    Collections.shuffle(outlets, random);
    int nextOutlet = 0;
    List<Draft> drafts = new ArrayList<>();
    Wordings wordings = new Wordings(family);
    int details = 0;
    // Independent reports: two or three (one when the event has one article). With at most one wire
    // story besides, an event has at most four original reports, and each fact has three wordings.
    int independent = Math.max(1, Math.min(count, 2 + random.nextInt(2)));
    for (int i = 0; i < independent; i++) {
      String outlet = outlets.get(nextOutlet++);
      boolean contradicts = i > 0 && i == independent - 1 && random.nextInt(100) < 40;
      drafts.add(report(eventId, family, values, wordings, outlet, outlet, contradicts, details));
      details += 4;
    }
    // Copies are made of reports that do not contradict.
    List<Integer> originals = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).paragraphs().stream().flatMap(List::stream).noneMatch(s -> s.contradiction() != null)) originals.add(i);
    }
    boolean wireStory = false;
    while (drafts.size() < count) {
      int role = wireStory ? 1 + random.nextInt(2) : random.nextInt(3);
      int here = firstArticle + drafts.size() + 1;
      int sourceIndex = originals.get(random.nextInt(originals.size()));
      Draft source = drafts.get(sourceIndex);
      String outlet = outlets.get(nextOutlet++ % outlets.size());
      if (role == 0) {
        // A wire story, published verbatim by up to three outlets with the agency's credit.
        wireStory = true;
        String wire = WIRES.get(random.nextInt(WIRES.size()));
        Draft story = report(eventId, family, values, wordings, outlet, wire, false, details);
        details += 4;
        String dateline = values.get("city").toUpperCase(Locale.ROOT) + " (" + wire + ") \u2014 ";
        int reprints = Math.min(count - drafts.size(), 2 + random.nextInt(2));
        for (int r = 0; r < reprints; r++) {
          String by = r == 0 ? outlet : outlets.get(nextOutlet++ % outlets.size());
          drafts.add(new Draft(by, story.headline(), dateline, story.paragraphs()));
          copies.add(copy(articleId(here + r), "wire", wire));
        }
      } else if (role == 1) {
        drafts.add(new Draft(outlet, source.headline(), source.dateline(), source.paragraphs()));
        copies.add(copy(articleId(here), "reprint", articleId(firstArticle + sourceIndex + 1)));
      } else {
        drafts.add(rewrite(eventId, values, wordings, outlet, source, details));
        details += 4;
        copies.add(copy(articleId(here), "rewrite", articleId(firstArticle + sourceIndex + 1)));
      }
    }
    return drafts;
  }

  private static Map<String, Object> copy(String article, String kind, String of) {
    Map<String, Object> m = new TreeMap<>();
    m.put("article", article);
    m.put("kind", kind);
    m.put("of", of);
    return m;
  }

  /**
   * An independent report: some of the event's facts in its own words, and details of its own. Its
   * headline states one of the facts it states in its body. Every wording (headline, fact paraphrase,
   * detail) is one no earlier report of the event used, so two independent reports never print the same
   * sentence (which any reader, and the engine, would take for a copy); a fact whose wordings are used
   * up is left out.
   */
  private Draft report(String eventId, Family family, Map<String, String> values, Wordings wordings, String outlet,
      String origin, boolean contradicts, int detailBase) {
    Headline headline = wordings.takeHeadline(random);
    List<Fact> facts = new ArrayList<>(family.facts());
    Fact lead = facts.remove(0);
    Collections.shuffle(facts, random);
    List<Fact> chosen = new ArrayList<>();
    chosen.add(lead);
    chosen.addAll(facts.subList(0, 2 + random.nextInt(facts.size() - 1)));
    Fact headlined = headline == null ? null : family.facts().stream().filter(f -> f.key().equals(headline.fact())).findFirst().orElseThrow();
    if (headlined != null && !chosen.contains(headlined)) chosen.add(1, headlined);
    int contradicted = -1;
    if (contradicts) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 1; i < chosen.size(); i++) {
        Fact f = chosen.get(i);
        if (f != headlined && (f.negation() != null || f.numeric() != null)) candidates.add(i);
      }
      if (!candidates.isEmpty()) contradicted = candidates.get(random.nextInt(candidates.size()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Fact f = chosen.get(i);
      String factId = eventId + "/" + f.key();
      String template = wordings.takeParaphrase(f, random);
      if (i == contradicted) {
        Sentence c = contradiction(f, factId, values, origin, template);
        if (c != null) sentences.add(c);
      } else if (template != null) {
        sentences.add(new Sentence(fill(template, values), factId, origin, null));
      }
    }
    int detailCount = 1 + random.nextInt(2);
    for (int d = 0; d < detailCount; d++) {
      String template = wordings.takeDetail(random);
      if (template == null) break;
      String factId = eventId + "/detail-" + (detailBase + d + 1);
      int at = Math.min(sentences.size(), 1 + random.nextInt(sentences.size() + 1));
      sentences.add(at, new Sentence(fill(template, detailValues(values)), factId, origin, null));
    }
    if (sentences.isEmpty()) {
      // Every wording of the event is used up: a detail of the report's own, in a template used before
      // but with its own names and numbers.
      String template = family.details().get(random.nextInt(family.details().size()));
      sentences.add(new Sentence(fill(template, detailValues(values)), eventId + "/detail-" + (detailBase + 1), origin, null));
    }
    // Without a headline of its own, the report's title is its first sentence (as many sites do).
    String title = headline != null ? fill(headline.template(), values) : stripPeriod(sentences.get(0).text());
    return new Draft(outlet, title, null, paragraphs(sentences));
  }

  /**
   * A statement that cannot hold with the fact: its negation, or its number changed in an unused
   * paraphrase; null when the fact has neither left.
   */
  private Sentence contradiction(Fact f, String factId, Map<String, String> values, String origin, String unusedParaphrase) {
    boolean numeric = f.numeric() != null && unusedParaphrase != null;
    boolean negate = f.negation() != null && (!numeric || random.nextBoolean());
    if (negate) return new Sentence(fill(f.negation(), values), factId, origin, "negation");
    if (!numeric) return null;
    Map<String, String> changed = new HashMap<>(values);
    int old = Integer.parseInt(values.get(f.numeric()));
    changed.put(f.numeric(), Integer.toString(old + Math.max(2, old / 2)));
    return new Sentence(fill(unusedParaphrase, changed), factId, origin, "numeric");
  }

  /** A rewrite of another article that keeps two or three of its fact sentences whole. */
  private Draft rewrite(String eventId, Map<String, String> values, Wordings wordings, String outlet, Draft source, int detailBase) {
    List<Sentence> facts = new ArrayList<>();
    for (List<Sentence> p : source.paragraphs()) {
      for (Sentence s : p) {
        if (!s.factId().contains("/detail-")) facts.add(s);
      }
    }
    Collections.shuffle(facts, random);
    List<Sentence> kept = new ArrayList<>(facts.subList(0, Math.min(facts.size(), 2 + random.nextInt(2))));
    String template = wordings.takeDetail(random);
    if (template != null) {
      kept.add(new Sentence(fill(template, detailValues(values)), eventId + "/detail-" + (detailBase + 1), outlet, null));
    }
    return new Draft(outlet, source.headline(), null, paragraphs(kept));
  }

  /**
   * The wordings of one event that no report of it has used yet: its headlines, each fact's
   * paraphrases and its detail sentences. Each is handed out once. Not thread safe.
   */
  private static final class Wordings {
    private final List<Headline> headlines;
    private final Map<String, List<String>> paraphrases = new HashMap<>();
    private final List<String> details;

    Wordings(Family family) {
      headlines = new ArrayList<>(family.headlines());
      for (Fact f : family.facts()) paraphrases.put(f.key(), new ArrayList<>(f.paraphrases()));
      details = new ArrayList<>(family.details());
    }

    Headline takeHeadline(Random random) {
      return take(headlines, random);
    }

    String takeParaphrase(Fact fact, Random random) {
      return take(paraphrases.get(fact.key()), random);
    }

    String takeDetail(Random random) {
      return take(details, random);
    }

    private static <T> T take(List<T> unused, Random random) {
      return unused.isEmpty() ? null : unused.remove(random.nextInt(unused.size()));
    }
  }

  private static String stripPeriod(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  /** Groups sentences into paragraphs of one or two sentences. */
  private List<List<Sentence>> paragraphs(List<Sentence> sentences) {
    List<List<Sentence>> out = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      int n = i + 1 < sentences.size() && random.nextInt(3) == 0 ? 2 : 1;
      out.add(List.copyOf(sentences.subList(i, i + n)));
      i += n;
    }
    return out;
  }

  private Map<String, String> eventValues() {
    Map<String, String> v = new HashMap<>();
    String city = names.town();
    v.put("city", city);
    v.put("city2", names.townOtherThan(city));
    v.put("county", names.county());
    v.put("river", names.river());
    v.put("company", names.company());
    List<String> firms = names.twoFirms();
    v.put("buyer", firms.get(0));
    v.put("target", firms.get(1));
    v.put("hospital", names.hospital());
    v.put("product", pick(Templates.PRODUCTS));
    v.put("defect", pick(Templates.DEFECTS));
    v.put("law", pick(Templates.LAWS));
    int day = random.nextInt(7);
    v.put("day", Templates.DAYS.get(day));
    v.put("day2", Templates.DAYS.get((day + 2 + random.nextInt(4)) % 7));
    int month = random.nextInt(12);
    v.put("month", Templates.MONTHS.get(month));
    v.put("month1", Templates.MONTHS.get(month));
    v.put("month2", Templates.MONTHS.get((month + 2 + random.nextInt(6)) % 12));
    v.put("mayor", person());
    v.put("gov", person());
    v.put("judge", person());
    v.put("bridge", names.lastName());
    v.put("quarter", pick(QUARTERS));
    v.put("n1", Integer.toString(12 + random.nextInt(940)));
    v.put("n2", Integer.toString(3 + random.nextInt(46)));
    v.put("n3", Integer.toString(2 + random.nextInt(13)));
    v.put("m1", Integer.toString(12 + random.nextInt(470)));
    v.put("b1", Integer.toString(1 + random.nextInt(30)));
    v.put("s1", Integer.toString(18 + random.nextInt(120)));
    v.put("p1", Integer.toString(2 + random.nextInt(11)));
    int v2 = 1 + random.nextInt(4);
    v.put("v1", Integer.toString(v2 + 1 + random.nextInt(4)));
    v.put("v2", Integer.toString(v2));
    return v;
  }

  /** The event's values plus fresh ones for a detail only one article states. */
  private Map<String, String> detailValues(Map<String, String> event) {
    Map<String, String> v = new HashMap<>(event);
    v.put("person", person());
    v.put("job", pick(Templates.JOBS));
    v.put("n", Integer.toString(2 + random.nextInt(60)));
    v.put("year", Integer.toString(1920 + random.nextInt(100)));
    return v;
  }

  private String person() {
    return names.person();
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Fills a template; capitalises the first letter. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + template);
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    if (!sb.isEmpty()) sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  /** Splits n into k near-equal positive parts. */
  static int[] spread(int n, int k) {
    int[] parts = new int[k];
    for (int i = 0; i < k; i++) parts[i] = n / k + (i < n % k ? 1 : 0);
    return parts;
  }

  private static String url(String outlet, String id) {
    String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    return "https://" + slug + ".example/" + id.replace(".txt", "");
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static void writeMap(JsonGenerator g, Map<String, Object> m) throws IOException {
    g.writeStartObject();
    for (var e : m.entrySet()) {
      if (e.getValue() instanceof Integer i) g.writeNumberField(e.getKey(), i);
      else g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
    }
    g.writeEndObject();
  }
}
