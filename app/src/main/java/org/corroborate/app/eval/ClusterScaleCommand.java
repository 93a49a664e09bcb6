package org.corroborate.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.app.ExitCodes;
import org.corroborate.app.UserException;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.cluster.ClusterOptions;
import org.corroborate.model.Claim;
import org.corroborate.model.Clustering;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval cluster-scale FOLDER}: times the cluster stage on generated claims. The
 * words come from the text files of FOLDER (any articles), drawn with a fixed seed: each generated
 * "event" is a sentence of 8 to 16 words, written by one to four outlets with a word or two dropped
 * or swapped, so the clusterer has real merges to make. Prints the time per size and the ratio of
 * the largest to the smallest.
 */
@Command(name = "cluster-scale", mixinStandardHelpOptions = true,
    description = "Time the cluster stage on generated claims (words drawn from FOLDER's articles).")
public final class ClusterScaleCommand implements Callable<Integer> {
  private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]{2,}");

  @Parameters(index = "0", paramLabel = "FOLDER", description = "Articles to draw words from.")
  Path folder;

  @Option(names = "--claims", split = ",", defaultValue = "10000,100000", description = "Sizes to time (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--no-synonyms", description = "Turn WordNet synonyms off.")
  boolean noSynonyms;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> words = vocabulary(folder);
    if (words.size() < 50) {
      throw new UserException(ExitCodes.USAGE, folder + ": too few words to generate claims from (" + words.size() + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    ClaimClusterer clusterer = new ClaimClusterer(ClusterOptions.defaults().withSynonyms(!noSynonyms));
    clusterer.cluster(generate(words, 500, seed)); // warm-up: loads WordNet, JIT
    double first = -1;
    for (int size : sizes) {
      List<Claim> claims = generate(words, size, seed);
      long started = System.nanoTime();
      Clustering c = clusterer.cluster(claims);
      double seconds = (System.nanoTime() - started) / 1e9;
      if (first < 0) {
        first = seconds;
      }
      out.printf(Locale.ROOT, "%d claims: %.1f s, %d clusters, %d links (x%.1f the first size's time)%n",
          size, seconds, c.clusters().size(), c.links().size(), seconds / first);
      out.flush();
    }
    return ExitCodes.OK;
  }

  private static List<String> vocabulary(Path folder) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Matcher m = WORD.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        while (m.find()) {
          words.add(m.group());
        }
      }
    }
    return new ArrayList<>(words);
  }

  static List<Claim> generate(List<String> words, int size, long seed) {
    Random random = new Random(seed);
    List<Claim> claims = new ArrayList<>(size);
    int event = 0;
    while (claims.size() < size) {
      event++;
      List<String> sentence = new ArrayList<>();
      int length = 8 + random.nextInt(9);
      for (int i = 0; i < length; i++) {
        // squaring skews the draw towards the front of the list: some words common, most rare
        double u = random.nextDouble();
        sentence.add(words.get((int) (u * u * words.size())));
      }
      if (random.nextInt(3) == 0) {
        sentence.add(Integer.toString(1 + random.nextInt(500)));
      }
      int outlets = 1 + random.nextInt(4);
      for (int o = 0; o < outlets && claims.size() < size; o++) {
        List<String> copy = new ArrayList<>(sentence);
        if (o > 0) {
          copy.remove(random.nextInt(copy.size()));
          copy.set(random.nextInt(copy.size()), words.get(random.nextInt(words.size())));
        }
        String text = String.join(" ", copy) + ".";
        String article = String.format(Locale.ROOT, "gen/%06d-%d.txt", event, o);
        claims.add(new Claim(article + "#1", article, "outlet-" + o, text, text, 0, 0, text.length(),
            List.of(new Span(0, text.length())), null, null, Stance.ASSERTS, false, false, false,
            List.of(), List.of(), List.of(), null, false, List.of()));
      }
    }
    return claims;
  }
}
