package org.corroborate.bench.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Command line for the corpus generator: {@code GenerateCorpus N OUT [--seed S] [--outlets M]
 * [--events K]}. Run through {@code bin/bench-gen N OUT}.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command and returns its exit code (0 done, 2 usage error). */
  public static int run(PrintStream out, PrintStream err, String... args) throws IOException {
    String usage = "usage: bench-gen N OUT [--seed S] [--outlets M] [--events K]";
    if (args.length < 2) {
      err.println(usage);
      return 2;
    }
    try {
      int n = Integer.parseInt(args[0]);
      Path dir = Path.of(args[1]);
      long seed = CorpusGenerator.Settings.DEFAULT_SEED;
      CorpusGenerator.Settings base = CorpusGenerator.Settings.forArticles(n, seed);
      int outlets = base.outlets();
      int events = base.events();
      for (int i = 2; i < args.length; i += 2) {
        if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
        switch (args[i]) {
          case "--seed" -> seed = Long.parseLong(args[i + 1]);
          case "--outlets" -> outlets = Integer.parseInt(args[i + 1]);
          case "--events" -> events = Integer.parseInt(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      CorpusGenerator.Summary s = new CorpusGenerator(new CorpusGenerator.Settings(n, outlets, events, seed)).write(dir);
      out.printf(Locale.ROOT, "%s: %d articles, %d events, %d facts, %d contradictions, %d copies%n",
          dir, s.articles(), s.events(), s.facts(), s.contradictions(), s.copies());
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("bench-gen: " + e.getMessage());
      err.println(usage);
      return 2;
    }
  }
}
