package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.journey.PrivacyDefault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery forgiveness STEP}: where a hurt partner is in forgiving, if they choose to. */
@Command(
    name = "forgiveness",
    description = {
      "As a hurt partner, record where you are in"
          + " forgiving, if you choose to. It is never asked of you and never a gate.",
      "Private unless --share."
    })
final class ForgivenessCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Parameters(
      paramLabel = "STEP",
      completionCandidates = Choices.Forgiveness.class,
      description = "${COMPLETION-CANDIDATES}.")
  private ForgivenessStep step;

  @Option(names = "--share", description = "Let your partner see it.")
  private boolean share;

  @Override
  public Integer call() {
    Visibility visibility = Sharing.of(PrivacyDefault.FORGIVENESS, share, false, "--share");
    return Recorder.record(root, session -> new RecordForgiveness(step, visibility));
  }
}
