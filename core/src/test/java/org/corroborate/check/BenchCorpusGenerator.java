package org.corroborate.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a corpus for measuring the check's wall time (not a test): articles recombined from
 * the seeds' sentences with varied numbers and names, and a draft of about the requested words.
 * Deterministic. Usage: {@code BenchCorpusGenerator SEEDS OUT_CORPUS ARTICLES OUT_DRAFT WORDS}.
 */
public final class BenchCorpusGenerator {
  private static final List<String> NAMES = List.of("Alvarez", "Brennan", "Chowdhury", "Dubois", "Eriksen", "Fujita",
      "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern NAME = Pattern.compile("\\b(Hegseth|Amodei|Palantir|Maduro)\\b");

  private BenchCorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int articles = Integer.parseInt(args[2]);
    Path draft = Path.of(args[3]);
    int words = Integer.parseInt(args[4]);
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          for (String s : line.split("(?<=[.!?])\\s+")) {
            if (s.split("\\s+").length >= 6) sentences.add(s.strip());
          }
        }
      }
    }
    Random random = new Random(1000);
    Files.createDirectories(out);
    for (int i = 0; i < articles; i++) {
      StringBuilder b = new StringBuilder();
      b.append("---\nsource: Outlet ").append(i % 97).append("\n---\n\n# Report ").append(i).append("\n\n");
      int n = 15 + random.nextInt(20);
      for (int k = 0; k < n; k++) {
        b.append(vary(sentences.get(random.nextInt(sentences.size())), random));
        b.append(k % 3 == 2 ? "\n\n" : " ");
      }
      Files.writeString(out.resolve(String.format(Locale.ROOT, "a%04d.md", i)), b.toString(), StandardCharsets.UTF_8);
    }
    StringBuilder d = new StringBuilder("# Draft\n\n");
    int count = 0;
    while (count < words) {
      String s = sentences.get(random.nextInt(sentences.size()));
      d.append(random.nextInt(4) == 0 ? vary(s, random) : s).append("\n\n");
      count += s.split("\\s+").length;
    }
    Files.writeString(draft, d.toString(), StandardCharsets.UTF_8);
  }

  private static String vary(String s, Random random) {
    Matcher m = NUMBER.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, Integer.toString(1 + random.nextInt(500)));
    m.appendTail(b);
    Matcher n = NAME.matcher(b.toString());
    StringBuilder c = new StringBuilder();
    while (n.find()) n.appendReplacement(c, random.nextInt(3) == 0 ? NAMES.get(random.nextInt(NAMES.size())) : n.group());
    n.appendTail(c);
    return c.toString();
  }
}
