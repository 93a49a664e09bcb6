package org.corroborate.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command line. */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Cross-references claims across news articles: who backs each claim, and who disputes it.")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order help lists them. Picocli builds a command's model from its
   * annotations when it is added, which is a noticeable part of a short run's start-up: a run that
   * names one of them adds only that one ({@link #commandLine}).
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> out = new LinkedHashMap<>();
    out.put("scan", ScanCommand::new);
    out.put("claims", ClaimsCommand::new);
    out.put("check", CheckCommand::new);
    out.put("index", IndexCommand::new);
    out.put("eval", EvalCommand::new);
    return out;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'corroborate scan FOLDER'");
  }

  /** Runs the CLI with the given streams and returns the exit code; never calls System.exit. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    QuietLibraries.apply();
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command line for these arguments: with only the subcommand they name when they start with
   * one, otherwise with every subcommand (for help, the version, or a message about a mistyped
   * command).
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new Main());
    String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
    COMMANDS.forEach((name, command) -> {
      if (named == null || named.equals(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
    return cli;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }
}
