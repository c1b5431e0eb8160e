package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code recovery advance}: a hurt partner agrees to move on to the next stage. */
@Command(
    name = "advance",
    description = {
      "As a hurt partner, agree to move on to the next"
          + " stage. Only once its gates are met: `recovery status` shows them.",
      "The pace is yours: the journey moves on only when every hurt partner agrees."
    })
final class AdvanceCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Override
  public Integer call() {
    return Recorder.record(root, session -> new AgreeToAdvance());
  }
}
