package org.corroborate.app;

import org.corroborate.app.eval.ClusterScaleCommand;
import org.corroborate.app.eval.StsEvalCommand;
import org.corroborate.app.eval.SickEvalCommand;
import picocli.CommandLine.Command;

/** Measurement commands over public benchmark data (not for everyday use). */
@Command(
    name = "eval",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Measure the engine on benchmark data.",
    subcommands = {
      // one line per measurement command:
      StsEvalCommand.class,
      ClusterScaleCommand.class,
      SickEvalCommand.class,
    })
public final class EvalCommand {}
