package org.corroborate.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints the message of an error, not a stack trace, and maps it to an exit code. */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cli.getErr().println("corroborate: " + msg);
    if (ex instanceof UserException ue) {
      return ue.exitCode();
    }
    return ExitCodes.INTERNAL;
  }
}
