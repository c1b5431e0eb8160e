package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.core.journey.TherapyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery therapy}: a therapy session took place. */
@Command(
    name = "therapy",
    description =
        "Record a therapy session. Individual sessions are"
            + " private unless --shared; couples sessions are shared unless --private.")
final class TherapyCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      completionCandidates = Choices.Therapies.class,
      description = "${COMPLETION-CANDIDATES}.")
  private TherapyKind kind;

  @Option(
      names = "--day",
      paramLabel = "DAY",
      defaultValue = "today",
      description = "The day of the session (default: today).")
  private String day;

  @Option(names = "--private", description = "Keep it to yourself.")
  private boolean keepPrivate;

  @Option(names = "--shared", description = "Let your partner see it.")
  private boolean shared;

  @Override
  public Integer call() {
    Visibility visibility =
        Sharing.of(PrivacyDefault.therapy(kind), shared, keepPrivate, "--shared");
    return Recorder.record(
        root,
        session ->
            new RecordTherapySession(kind, Input.day("--day", day, session.today()), visibility));
  }
}
