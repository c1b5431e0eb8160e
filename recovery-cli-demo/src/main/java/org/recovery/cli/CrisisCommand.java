package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.journey.PersonalCommand.FlagCrisis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery crisis}: say, at any moment, that you are not safe; shows where to get help. */
@Command(
    name = "crisis",
    description = {
      "Say that you are not safe, or are thinking of harming"
          + " yourself, at any moment (as often as you need). Only you ever see it.",
      "Shows where to get help now."
    })
final class CrisisCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--day",
      paramLabel = "DAY",
      defaultValue = "today",
      description = "The day it is about (default: today).")
  private String day;

  @Override
  public Integer call() {
    int code =
        Recorder.record(root, session -> new FlagCrisis(Input.day("--day", day, session.today())));
    CheckInCommand.printCrisisResources(root.context().out());
    return code;
  }
}
