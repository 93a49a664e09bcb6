package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void aRunThatNamesACommandBuildsOnlyThatCommand() {
    assertThat(Main.commandLine("check", "draft.md", "--index", "idx").getSubcommands().keySet()).containsExactly("check");
    assertThat(Main.commandLine("scan").getSubcommands().keySet()).containsExactly("scan");
  }

  @Test
  void aRunWithoutACommandOrWithAMistypedOneBuildsEveryCommandInHelpOrder() {
    assertThat(Main.commandLine().getSubcommands().keySet()).containsExactly("scan", "claims", "check", "index", "eval");
    assertThat(Main.commandLine("--help").getSubcommands().keySet()).containsExactly("scan", "claims", "check", "index", "eval");
    assertThat(Main.commandLine("chek").getSubcommands().keySet()).containsExactly("scan", "claims", "check", "index", "eval");
  }

  @Test
  void helpListsTheCommandsAndAMistypedCommandIsAUsageErrorWithASuggestion() {
    CliRun help = CliRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).containsSubsequence("Commands:", "  scan ", "  claims ", "  check ", "  index ");

    CliRun typo = CliRun.of("chek", "draft.md");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("'chek'", "Did you mean: corroborate check?");
  }
}
