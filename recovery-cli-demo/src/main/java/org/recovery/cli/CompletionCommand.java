package org.recovery.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code recovery completion}: a completion script for bash and zsh. */
@Command(
    name = "completion",
    description = {
      "Print a completion script for bash and zsh.",
      "Load it with: source <(recovery completion)"
    })
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Override
  public Integer call() {
    root.context().out().print(AutoComplete.bash("recovery", Cli.commandLine(root.context())));
    return 0;
  }
}
