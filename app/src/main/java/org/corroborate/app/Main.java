package org.corroborate.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command line. */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Cross-references claims across news articles: who backs each claim, and who disputes it.",
    subcommands = {
      ScanCommand.class,
      ClaimsCommand.class,
      CheckCommand.class,
      IndexCommand.class,
      EvalCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'corroborate scan FOLDER'");
  }

  /** Runs the CLI with the given streams and returns the exit code; never calls System.exit. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    QuietLibraries.apply();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }
}
