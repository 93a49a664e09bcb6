package org.corroborate.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code corroborate scan FOLDER}. PLACEHOLDER: prints counts. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Scan a folder of articles.")
public final class ScanCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FOLDER") Path folder;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Report report = new Corroborate().scan(folder);
    spec.commandLine().getOut().println(report.articles().size() + " articles, " + report.claimCount() + " claims");
    return ExitCodes.OK;
  }
}
