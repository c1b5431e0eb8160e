package org.recovery.cli;

import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery setback …}: setbacks and the repair that follows. */
@Command(name = "setback", description = "Record a setback, and the repair steps after it.")
final class SetbackCommands extends Recorder.Group {
  @ParentCommand private RecoveryCommand root;

  @Command(
      name = "record",
      description =
          "Record a setback. A trigger is nobody's fault; a new"
              + " deception or renewed contact is always severe and may move the journey back.")
  int record(
      @Option(
              names = "--kind",
              required = true,
              paramLabel = "KIND",
              completionCandidates = Choices.SetbackKinds.class,
              description = "${COMPLETION-CANDIDATES}.")
          SetbackKind kind,
      @Option(
              names = "--severity",
              paramLabel = "SEVERITY",
              completionCandidates = Choices.Severities.class,
              description =
                  "${COMPLETION-CANDIDATES}. Needed except for a new deception or renewed"
                      + " contact, which are always severe.")
          Severity given,
      @Option(
              names = "--day",
              paramLabel = "DAY",
              defaultValue = "today",
              description = "When it happened (default: today).")
          String day,
      @Option(
              names = "--description",
              paramLabel = "TEXT",
              defaultValue = "",
              description = "What happened, in your words.")
          String description) {
    Severity severity = given != null ? given : kind.isAlwaysSevere() ? Severity.SEVERE : null;
    if (severity == null) {
      throw CliFailure.usage(
          "Say how severe the "
              + Words.words(kind)
              + " was: --severity"
              + " minor, moderate or severe.");
    }
    return Recorder.record(
        root,
        session ->
            new RecordSetback(
                SetbackId.random(),
                kind,
                severity,
                Input.day("--day", day, session.today()),
                description));
  }

  @Command(name = "repair", description = "Record a repair step after a setback.")
  int repair(
      @Parameters(paramLabel = "SETBACK", description = "The setback's id, or its first digits.")
          String id,
      @Option(
              names = "--step",
              required = true,
              paramLabel = "STEP",
              completionCandidates = Choices.Repairs.class,
              description = "${COMPLETION-CANDIDATES}.")
          RepairStep step) {
    return Recorder.record(root, session -> new RecordRepair(Refs.setback(session, id), step));
  }

  @Command(name = "list", description = "List the setbacks and their repair.")
  int list() {
    try (Session session = root.session()) {
      Listings.setbacks(session);
    }
    return 0;
  }
}
