package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.app.progress.TerminalProgress;
import org.corroborate.app.render.HtmlRenderer;
import org.corroborate.app.render.JsonRenderer;
import org.corroborate.app.render.ReportRenderer;
import org.corroborate.app.render.TerminalText;
import org.corroborate.app.render.TextRenderer;
import org.corroborate.engine.Corroborate;
import org.corroborate.engine.EngineOptions;
import org.corroborate.engine.ProgressListener;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate scan FOLDER}: the whole pipeline on a folder of articles. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every .txt, .md and .html article under FOLDER, splits them into claims, finds the same claim across"
          + " articles, counts the independent sources behind each, and reports contradictions.",
      "Exit codes: 0 success (warnings about some files included), 1 no readable article, 2 usage error."
    })
public final class ScanCommand implements Callable<Integer> {

  /** Output formats of the scan report. */
  public enum Format { text, json, html }

  @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder of articles (read recursively; never written).")
  Path folder;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
  Path out;

  @Option(names = "--explain", description = "Text format: say why each origin counts as one independent source.")
  boolean explain;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never (auto: on a terminal unless NO_COLOR is set).")
  String color;

  @Option(names = {"-q", "--quiet"}, description = "Show no progress on standard error (progress is shown only on a terminal).")
  boolean quiet;

  @Mixin LimitOptions limits = new LimitOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(folder)) {
      throw new UserException(ExitCodes.USAGE, folder + ": no such folder");
    }
    ProgressListener progress = TerminalProgress.forStandardError(quiet);
    Report report;
    try {
      // only the HTML report shows article texts; the others let them go early (memory at scale)
      EngineOptions options = new EngineOptions(EngineOptions.DEFAULTS.threads(), limits.ingest(IngestOptions.DEFAULTS), progress)
          .withArticleTexts(format == Format.html);
      report = new Corroborate(options).scan(folder);
    } finally {
      if (progress instanceof TerminalProgress display) display.close();
    }
    if (out == null || format != Format.text) {
      for (Diagnostic d : report.diagnostics()) {
        err.println("corroborate: warning: " + TerminalText.clean(d.file()) + ": " + TerminalText.clean(d.problem()));
      }
    }
    ReportRenderer renderer = switch (format) {
      case json -> new JsonRenderer();
      case html -> new HtmlRenderer();
      case text -> new TextRenderer(useColor(), explain);
    };
    if (out != null) {
      AtomicOutput.write(out, w -> renderer.render(report, w));
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      renderer.render(report, stdout);
      stdout.flush();
    }
    if (report.articles().isEmpty()) {
      err.println("corroborate: " + folder + ": no readable article (.txt, .md, .html)");
      return ExitCodes.NO_ARTICLES;
    }
    return ExitCodes.OK;
  }

  private boolean useColor() {
    return switch (color) {
      case "always" -> true;
      case "never" -> false;
      default -> out == null && System.console() != null && System.getenv("NO_COLOR") == null && isTerminal();
    };
  }

  private static boolean isTerminal() {
    var console = System.console();
    try {
      return console != null && (boolean) console.getClass().getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return console != null;
    }
  }
}
