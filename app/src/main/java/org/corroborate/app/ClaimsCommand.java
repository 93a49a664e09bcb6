package org.corroborate.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.claims.Propositions;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;
import org.corroborate.model.Dropped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate claims FILE...}: the claims of each sentence, with speaker, stance, hedging and offsets. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Show the atomic claims of each sentence of the given files.")
public final class ClaimsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read (UTF-8 text).")
  List<Path> files;

  @Option(names = "--per-line", description = "Treat every non-empty line as a document of its own.")
  boolean perLine;

  @Option(names = "--format", defaultValue = "text", description = "text or json (one object a line).")
  Format format;

  @Option(names = "--derived", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also list derived propositions (\"X said P\" beside P; a clause's core without its trailing"
          + " adjuncts), marked derived; the engine does not count them. Default: ${DEFAULT-VALUE}.")
  boolean derived;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new UserException(ExitCodes.NO_ARTICLES, file + ": could not read file: " + e.getMessage());
      }
      String name = file.getFileName().toString();
      String source = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      if (perLine) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].isBlank()) {
            continue;
          }
          Article a = new Article(file + ":" + (i + 1), source, "", null, null, lines[i], List.of());
          print(out, a, lines[i], 0, lines[i].length(), withDerived(extract(extractor, a)).claims(), null);
        }
      } else {
        Article a = new Article(file.toString(), source, "", null, null, text, List.of());
        printBySentence(out, withDerived(extract(extractor, a)));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Propositions extract(ClaimExtractor extractor, Article a) {
    return derived ? extractor.extractWithDerived(a) : new Propositions(extractor.extract(a), List.of());
  }

  /** The claims and the derived propositions in one list, in order of their sentences, claims first. */
  private static ArticleClaims withDerived(Propositions p) {
    if (p.derived().isEmpty()) {
      return p.claims();
    }
    List<Claim> all = new ArrayList<>(p.claims().claims());
    all.addAll(p.derived());
    all.sort(java.util.Comparator.comparingInt(Claim::sentenceStart));
    return new ArticleClaims(p.claims().article(), all, p.claims().dropped());
  }

  /** Whether a claim is a derived proposition (its id is numbered "#d"). */
  private static boolean isDerived(Claim c) {
    int hash = c.id().lastIndexOf('#');
    return hash >= 0 && hash + 1 < c.id().length() && c.id().charAt(hash + 1) == 'd';
  }

  private void printBySentence(PrintWriter out, ArticleClaims ac) {
    TreeMap<Integer, List<Claim>> bySentence = new TreeMap<>();
    for (Claim c : ac.claims()) {
      bySentence.computeIfAbsent(c.sentenceStart(), k -> new ArrayList<>()).add(c);
    }
    TreeMap<Integer, Object> rows = new TreeMap<>(bySentence);
    for (Dropped d : ac.dropped()) {
      rows.putIfAbsent(d.start(), d);
    }
    for (Object row : rows.values()) {
      if (row instanceof Dropped d) {
        print(out, ac.article(), d.sentence(), d.start(), d.end(), List.of(), d);
      } else {
        @SuppressWarnings("unchecked")
        List<Claim> claims = (List<Claim>) row;
        Claim first = claims.get(0);
        print(out, ac.article(), first.sentence(), first.sentenceStart(),
            first.sentenceStart() + first.sentence().length(), claims, null);
      }
    }
  }

  private void print(PrintWriter out, Article a, String sentence, int start, int end, List<Claim> claims,
      Dropped dropped) {
    if (format == Format.json) {
      ObjectNode o = json.createObjectNode();
      o.put("article", a.id());
      o.put("sentence", sentence);
      o.put("start", start);
      o.put("end", end);
      if (dropped != null) {
        o.put("dropped", dropped.reason().label());
      }
      ArrayNode arr = o.putArray("claims");
      for (Claim c : claims) {
        ObjectNode j = arr.addObject();
        j.put("id", c.id());
        j.put("text", c.text());
        j.put("start", c.start());
        j.put("end", c.end());
        ArrayNode spans = j.putArray("spans");
        c.spans().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
        j.put("speaker", c.speaker());
        j.put("speakerName", c.speakerName());
        j.put("citedSource", c.citedSource());
        j.put("stance", c.stance().label());
        j.put("hedged", c.hedged());
        j.put("negated", c.negated());
        j.put("quote", c.quote());
        j.put("headline", c.headline());
        j.put("derived", isDerived(c));
        ArrayNode cues = j.putArray("cues");
        c.cues().forEach(cues::add);
        ArrayNode nums = j.putArray("numbers");
        c.numbers().forEach(q -> nums.add(q.normalized()));
        ArrayNode dates = j.putArray("dates");
        c.dates().forEach(d -> dates.add(d.normalized()));
      }
      try {
        out.println(json.writeValueAsString(o));
      } catch (IOException e) {
        throw new IllegalStateException("could not write JSON", e);
      }
      return;
    }
    out.printf(Locale.ROOT, "%s [%d,%d) %s%n", a.id(), start, end, sentence);
    if (dropped != null) {
      out.printf(Locale.ROOT, "  (dropped: %s)%n", dropped.reason().label());
    }
    for (Claim c : claims) {
      StringBuilder tags = new StringBuilder();
      if (c.speaker() != null) {
        tags.append(" speaker=\"").append(c.speaker()).append('"');
        if (c.speakerName() != null && !c.speakerName().equals(c.speaker())) {
          tags.append(" (").append(c.speakerName()).append(')');
        }
      }
      if (c.citedSource() != null) {
        tags.append(" cites=\"").append(c.citedSource()).append('"');
      }
      tags.append(' ').append(c.stance().label());
      if (c.hedged()) {
        tags.append(" hedged");
      }
      if (c.negated()) {
        tags.append(" negated");
      }
      if (c.quote()) {
        tags.append(" quote");
      }
      if (c.headline()) {
        tags.append(" headline");
      }
      if (isDerived(c)) {
        tags.append(" derived");
      }
      if (!c.numbers().isEmpty()) {
        tags.append(" numbers=").append(c.numbers().stream().map(q -> q.normalized()).toList());
      }
      if (!c.dates().isEmpty()) {
        tags.append(" dates=").append(c.dates().stream().map(d -> d.normalized()).toList());
      }
      out.printf(Locale.ROOT, "  - %s  [%d,%d)%s%n", c.text(), c.start(), c.end(), tags);
    }
  }
}
