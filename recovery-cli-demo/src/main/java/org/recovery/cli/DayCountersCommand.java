package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery day-counters on|off}: whether the acting partner's report counts days. */
@Command(
    name = "day-counters",
    description =
        "Choose whether your report shows day counters"
            + " (\"90 days without deception\"). Some find them encouraging, others pressure.")
final class DayCountersCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Parameters(paramLabel = "on|off", description = "on or off.")
  private String choice;

  @Override
  public Integer call() {
    boolean shown;
    if ("on".equalsIgnoreCase(choice)) {
      shown = true;
    } else if ("off".equalsIgnoreCase(choice)) {
      shown = false;
    } else {
      throw CliFailure.usage("Say on or off, not '" + choice + "'.");
    }
    return Recorder.record(root, session -> new ChooseDayCounters(shown));
  }
}
