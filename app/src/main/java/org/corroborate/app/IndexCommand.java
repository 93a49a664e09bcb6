package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.app.render.TerminalText;
import org.corroborate.index.CorpusIndex;
import org.corroborate.index.IndexException;
import org.corroborate.index.IndexUpdate;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate index CORPUS --index DIR}: builds or updates a corpus's on-disk claim index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Builds an on-disk index of the claims of CORPUS for 'corroborate check --index DIR', or updates it:"
          + " only added, changed (by content hash) or removed files are processed. An interrupted update leaves"
          + " the previous index usable.",
      "Exit codes: 0 success, 2 usage error, 3 the corpus is missing or empty, the index unreadable, or another"
          + " update holds its lock."
    })
public final class IndexCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CORPUS", description = "Corpus folder (read recursively; never written).")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder (created when missing).")
  Path index;

  @Option(names = "--verbose", description = "List the files that were processed.")
  boolean verbose;

  @Mixin LimitOptions limits = new LimitOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    QuietLibraries.apply();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      throw new UserException(ExitCodes.NO_CORPUS, corpus + ": no such corpus folder");
    }
    IngestOptions ingest = limits.ingest(IngestOptions.DEFAULTS);
    try {
      if (new CorpusReader(ingest).list(corpus).size() == 0) {
        // a folder that lists no article (emptied, mounted late, the wrong path) must not empty a good index
        throw new UserException(ExitCodes.NO_CORPUS,
            corpus + ": no article file (.txt, .md, .html); the index is left as it was");
      }
    } catch (IOException e) {
      throw new UserException(ExitCodes.NO_CORPUS, corpus + ": cannot list the corpus folder: " + e.getMessage());
    }
    IndexUpdate update;
    try {
      update = new CorpusIndex(ingest).update(corpus, index);
    } catch (IndexException e) {
      throw new UserException(ExitCodes.NO_CORPUS, e.getMessage());
    }
    for (Diagnostic d : update.diagnostics()) {
      err.println("corroborate: warning: " + TerminalText.clean(d.file()) + ": " + TerminalText.clean(d.problem()));
    }
    out.printf(Locale.ROOT, "index %s: %d articles (%d added, %d changed, %d removed, %d unchanged)%n",
        TerminalText.clean(index.toString()), update.articles(), update.added(), update.changed(), update.removed(), update.unchanged());
    if (verbose) {
      update.processed().forEach(id -> out.println("  processed " + TerminalText.clean(id)));
    }
    out.flush();
    if (update.articles() == 0) {
      err.println("corroborate: " + corpus + ": no readable article (.txt, .md, .html)");
      return ExitCodes.NO_CORPUS;
    }
    return ExitCodes.OK;
  }
}
