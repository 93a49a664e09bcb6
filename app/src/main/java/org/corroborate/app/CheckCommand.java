package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.app.check.CheckJsonRenderer;
import org.corroborate.app.check.CheckRenderer;
import org.corroborate.app.check.CheckTextRenderer;
import org.corroborate.app.check.GithubRenderer;
import org.corroborate.app.check.JunitRenderer;
import org.corroborate.app.check.SarifRenderer;
import org.corroborate.app.render.TerminalText;
import org.corroborate.check.CheckConfig;
import org.corroborate.check.CheckCorpus;
import org.corroborate.check.CheckOptions;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ConfigException;
import org.corroborate.check.ConfigReader;
import org.corroborate.check.Draft;
import org.corroborate.check.DraftChecker;
import org.corroborate.check.DraftReader;
import org.corroborate.check.ExtractedCorpus;
import org.corroborate.check.PhaseClock;
import org.corroborate.check.Verdict;
import org.corroborate.claims.NlpModels;
import org.corroborate.index.CorpusIndex;
import org.corroborate.index.IndexException;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.corroborate.wordnet.WordNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate check DRAFT... --against CORPUS | --index DIR}: a draft's claims against a corpus. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every claim of the drafts (.md, .txt, .html; a folder means its files matching the config's globs)"
          + " against a corpus folder or an index built by 'corroborate index': supported (with its N independent"
          + " sources), single-source, unsupported or contradicted, with its line and column.",
      "Settings come from --config FILE, else .corroborate.yml in the working folder, else in the draft's git root;"
          + " options on the command line win.",
      "Exit codes: 0 no failing finding, 1 failing findings, 2 usage or configuration error,"
          + " 3 the corpus or index is missing, empty, unreadable or locked."
    })
public final class CheckCommand implements Callable<Integer> {

  /** Output formats of the check. */
  public enum Format { text, json, sarif, github, junit }

  /** Drafts found under a folder when the config gives no globs. */
  static final List<String> DEFAULT_GLOBS = List.of("**/*.md", "**/*.markdown", "**/*.txt", "**/*.html", "**/*.htm");

  @Parameters(paramLabel = "DRAFT", arity = "0..*", description = "Draft files or folders to check.")
  List<Path> drafts = new ArrayList<>();

  @Option(names = "--against", paramLabel = "CORPUS", description = "Corpus folder to check against.")
  Path against;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (from 'corroborate index') to check against; reads no corpus file.")
  Path index;

  @Option(names = "--min-sources", paramLabel = "N", description = "Independent sources a claim needs (default 1); below it a claim is single-source, which fails too when N >= 2.")
  Integer minSources;

  @Option(names = "--fail-on", paramLabel = "LIST", split = ",", description = "Verdicts that fail (default: contradicted,unsupported, plus single-source when --min-sources >= 2).")
  List<String> failOn;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, sarif, github or junit (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE (atomically) instead of standard output.")
  Path out;

  @Option(names = "--exit-zero", description = "Exit 0 even when findings fail (to upload SARIF, for instance).")
  boolean exitZero;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: .corroborate.yml in the working folder or the draft's git root).")
  Path config;

  @Option(names = "--waivers", paramLabel = "FILE", description = "Waiver file: a YAML list of {fingerprint, reason}.")
  Path waivers;

  @Option(names = "--verbose", description = "Text format: list supported claims too.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PhaseClock clock = timings() ? PhaseClock.started() : PhaseClock.NONE;
    QuietLibraries.apply();
    // the language models load on the other core while the config, drafts and index are read;
    // the claims stage waits for them (class initialisation) if they are not ready yet. Then
    // WordNet opens on the same thread: attaching and the contradictions stage ask it, the claims
    // stage does not, so opening it earlier only took a core from the models while the main
    // thread waited for them (a stage that needs it first opens it or waits for it)
    Thread.ofPlatform().daemon().name("corroborate-models").start(() -> {
      NlpModels.shared();
      clock.lap("OpenNLP models loaded");
      WordNet.dictionary();
      clock.lap("WordNet opened");
    });
    PrintWriter err = spec.commandLine().getErr();
    Path cwd = Path.of("").toAbsolutePath();
    ConfigReader configs = new ConfigReader();
    Path configFile = findConfig(cwd);
    CheckConfig cfg;
    try {
      cfg = configFile == null ? CheckConfig.EMPTY : configs.readConfig(configFile);
    } catch (ConfigException e) {
      throw new UserException(ExitCodes.USAGE, e.getMessage());
    }
    Path base = configFile == null ? cwd : configFile.toAbsolutePath().getParent();

    CheckOptions options = options(cfg);
    Map<String, String> fileWaivers = Map.of();
    Path waiverFile = waivers != null ? waivers : cfg.waivers() == null ? null : base.resolve(cfg.waivers());
    if (waiverFile != null) {
      try {
        fileWaivers = configs.readWaivers(waiverFile);
      } catch (ConfigException e) {
        throw new UserException(ExitCodes.USAGE, e.getMessage());
      }
    }

    Path corpusFolder = against;
    Path indexDir = index;
    if (corpusFolder != null && indexDir != null) {
      throw new UserException(ExitCodes.USAGE, "give --against CORPUS or --index DIR, not both");
    }
    if (corpusFolder == null && indexDir == null) {
      if (cfg.index() != null) indexDir = base.resolve(cfg.index());
      else if (cfg.corpus() != null) corpusFolder = base.resolve(cfg.corpus());
      else throw new UserException(ExitCodes.USAGE, "nothing to check against: give --against CORPUS or --index DIR (or corpus/index in " + ConfigReader.FILE_NAME + ")");
    }

    List<Path> files = draftFiles(cfg, base);
    List<Diagnostic> draftDiagnostics = new ArrayList<>();
    List<Draft> read = new ArrayList<>();
    DraftReader reader = new DraftReader();
    for (Path f : files) {
      reader.read(f, shown(cwd, f), draftDiagnostics).ifPresent(read::add);
    }
    for (Diagnostic d : draftDiagnostics) {
      err.println("corroborate: warning: " + TerminalText.clean(d.file()) + ": " + TerminalText.clean(d.problem()));
    }

    clock.lap("config and drafts read");
    CheckResult result;
    DraftChecker checker = new DraftChecker(clock);
    if (corpusFolder != null) {
      ExtractedCorpus corpus = readCorpus(corpusFolder);
      clock.lap("corpus read and extracted");
      result = checker.check(corpus, read, options, fileWaivers);
    } else if (!options.ignoredOutlets().isEmpty()) {
      // the stored analysis counts every outlet: leaving some out means analysing the rest again
      ExtractedCorpus corpus = loadIndex(indexDir);
      clock.lap("index loaded");
      result = checker.check(corpus, read, options, fileWaivers);
    } else {
      try (CheckCorpus corpus = openIndex(indexDir)) {
        clock.lap("index opened");
        result = checker.check(corpus, read, options, fileWaivers);
      }
    }
    if (out != null || format != Format.text) {
      for (Diagnostic d : result.diagnostics()) {
        err.println("corroborate: warning: corpus: " + TerminalText.clean(d.file()) + ": " + TerminalText.clean(d.problem()));
      }
    }
    CheckRenderer renderer = switch (format) {
      case text -> new CheckTextRenderer(verbose);
      case json -> new CheckJsonRenderer();
      case sarif -> new SarifRenderer(version());
      case github -> new GithubRenderer();
      case junit -> new JunitRenderer();
    };
    if (out != null) {
      AtomicOutput.write(out, w -> renderer.render(result, w));
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      renderer.render(result, stdout);
      stdout.flush();
    }
    if (!draftDiagnostics.isEmpty() && read.size() < files.size()) {
      err.println("corroborate: " + (files.size() - read.size()) + " draft(s) could not be read");
    }
    clock.lap("rendered");
    printTimings(clock, err);
    return result.failingCount() > 0 && !exitZero ? ExitCodes.NO_ARTICLES : ExitCodes.OK;
  }

  /** Whether to print the phases' wall times on standard error ({@value #TIMINGS_VARIABLE}=1). */
  private static boolean timings() {
    return "1".equals(System.getenv(TIMINGS_VARIABLE));
  }

  /** Set to 1, a check prints its phases' wall times on standard error. */
  static final String TIMINGS_VARIABLE = "CORROBORATE_TIMINGS";

  private static void printTimings(PhaseClock clock, PrintWriter err) {
    if (clock == PhaseClock.NONE) return;
    long jvm = ProcessHandle.current().info().startInstant()
        .map(i -> java.time.Duration.between(i, java.time.Instant.now()).toMillis()).orElse(-1L);
    err.printf(java.util.Locale.ROOT, "corroborate: timings: %d ms since the JVM started%n", jvm);
    for (PhaseClock.Lap l : clock.laps()) {
      err.printf(java.util.Locale.ROOT, "corroborate: timings: %7.1f ms wall, %7.1f ms CPU (at %7.1f)  %-24s %s%n",
          l.millis(), l.cpuMillis(), l.atMillis(), l.thread(), l.phase());
    }
    err.flush();
  }

  private CheckOptions options(CheckConfig cfg) {
    int n = minSources != null ? minSources : cfg.minSources() != null ? cfg.minSources() : CheckOptions.DEFAULT_MIN_SOURCES;
    if (n < 1) {
      throw new UserException(ExitCodes.USAGE, "--min-sources must be at least 1, was " + n);
    }
    List<String> labels = failOn != null ? failOn : cfg.failOn();
    Set<Verdict> fail;
    if (labels == null) {
      fail = CheckOptions.defaultFailOn(n);
    } else {
      fail = EnumSet.noneOf(Verdict.class);
      for (String l : labels) {
        if (l.isBlank()) continue;
        try {
          fail.add(Verdict.parse(l));
        } catch (IllegalArgumentException e) {
          throw new UserException(ExitCodes.USAGE, "--fail-on: " + e.getMessage());
        }
      }
    }
    Set<String> ignored = new LinkedHashSet<>(cfg.ignoreOutlets() == null ? List.of() : cfg.ignoreOutlets());
    return new CheckOptions(n, fail, ignored);
  }

  private Path findConfig(Path cwd) {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new UserException(ExitCodes.USAGE, config + ": no such config file");
      }
      return config;
    }
    Path here = cwd.resolve(ConfigReader.FILE_NAME);
    if (Files.isRegularFile(here)) return here;
    if (!drafts.isEmpty()) {
      Path start = drafts.get(0).toAbsolutePath().normalize();
      for (Path p = Files.isDirectory(start) ? start : start.getParent(); p != null; p = p.getParent()) {
        if (Files.exists(p.resolve(".git"))) {
          Path c = p.resolve(ConfigReader.FILE_NAME);
          return Files.isRegularFile(c) ? c : null;
        }
      }
    }
    return null;
  }

  private List<Path> draftFiles(CheckConfig cfg, Path base) throws IOException {
    List<String> globs = cfg.files() == null || cfg.files().isEmpty() ? DEFAULT_GLOBS : cfg.files();
    List<Path> roots = drafts;
    if (roots.isEmpty()) {
      if (cfg.files() == null) {
        throw new UserException(ExitCodes.USAGE, "no DRAFT given (and no 'files' globs in " + ConfigReader.FILE_NAME + ")");
      }
      roots = List.of(base);
    }
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        files.add(root);
      } else if (Files.isDirectory(root)) {
        files.addAll(expand(root, globs));
      } else {
        throw new UserException(ExitCodes.USAGE, root + ": no such draft file or folder");
      }
    }
    if (files.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, "no draft matched " + String.join(", ", globs) + " under " + roots);
    }
    return files;
  }

  private static List<Path> expand(Path root, List<String> globs) throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      if (g.startsWith("**/")) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            Path rel = root.relativize(p);
            for (Path part : rel) {
              if (part.toString().startsWith(".")) return false;
            }
            return matchers.stream().anyMatch(m -> m.matches(rel));
          })
          .sorted()
          .toList();
    }
  }

  private static String shown(Path cwd, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path p = abs.startsWith(cwd) ? cwd.relativize(abs) : file.normalize();
    return p.toString().replace('\\', '/');
  }

  private static ExtractedCorpus readCorpus(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new UserException(ExitCodes.NO_CORPUS, folder + ": no such corpus folder");
    }
    Corpus corpus = new CorpusReader().read(folder);
    if (corpus.articles().isEmpty()) {
      throw new UserException(ExitCodes.NO_CORPUS, folder + ": the corpus has no readable article (.txt, .md, .html)");
    }
    Path abs = folder.toAbsolutePath().normalize();
    return ExtractedCorpus.extract(abs.getFileName() == null ? abs.toString() : abs.getFileName().toString(), corpus);
  }

  private static ExtractedCorpus loadIndex(Path dir) {
    try {
      ExtractedCorpus corpus = new CorpusIndex().load(dir);
      if (corpus.corpus().articles().isEmpty()) {
        throw new UserException(ExitCodes.NO_CORPUS, dir + ": the index holds no article");
      }
      return corpus;
    } catch (IndexException e) {
      throw new UserException(ExitCodes.NO_CORPUS, e.getMessage());
    }
  }

  private static CheckCorpus openIndex(Path dir) {
    CheckCorpus corpus;
    try {
      corpus = new CorpusIndex().open(dir);
    } catch (IndexException e) {
      throw new UserException(ExitCodes.NO_CORPUS, e.getMessage());
    }
    if (corpus.analysis().articleCount() == 0) {
      corpus.close();
      throw new UserException(ExitCodes.NO_CORPUS, dir + ": the index holds no article");
    }
    return corpus;
  }

  private static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
