package org.recovery.cli;

import java.util.OptionalInt;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryRevision;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery boundary …}: boundaries, active only when both partners agreed. */
@Command(
    name = "boundary",
    description =
        "Propose, revise or withdraw a boundary; agree to or"
            + " decline your partner's proposal. A boundary holds only when both agreed.")
final class BoundaryCommands extends Recorder.Group {
  private static final String ID = "The boundary's id, or its first digits.";

  @ParentCommand private RecoveryCommand root;

  @Command(name = "propose", description = "Propose a new boundary.")
  int propose(
      @Option(
              names = "--area",
              required = true,
              paramLabel = "AREA",
              completionCandidates = Choices.Areas.class,
              description = "${COMPLETION-CANDIDATES}.")
          BoundaryArea area,
      @Option(
              names = "--text",
              required = true,
              paramLabel = "TEXT",
              description = "The boundary, in your words.")
          String text) {
    return Recorder.record(root, session -> new ProposeBoundary(BoundaryId.random(), area, text));
  }

  @Command(name = "revise", description = "Propose new wording for an agreed boundary.")
  int revise(
      @Parameters(paramLabel = "BOUNDARY", description = ID) String id,
      @Option(
              names = "--text",
              required = true,
              paramLabel = "TEXT",
              description = "The new wording.")
          String text) {
    return Recorder.record(
        root, session -> new ProposeBoundaryRevision(Refs.boundary(session, id), text));
  }

  @Command(name = "withdraw", description = "Propose ending an agreed boundary.")
  int withdraw(@Parameters(paramLabel = "BOUNDARY", description = ID) String id) {
    return Recorder.record(
        root, session -> new ProposeBoundaryWithdrawal(Refs.boundary(session, id)));
  }

  @Command(name = "agree", description = "Agree to the change your partner proposed.")
  int agree(
      @Parameters(paramLabel = "BOUNDARY", description = ID) String id,
      @Option(
              names = "--revision",
              paramLabel = "N",
              description =
                  "The revision you read in"
                      + " `recovery boundary list`: if your partner replaced it meanwhile, nothing is"
                      + " agreed.")
          Integer revision) {
    return Recorder.record(
        root,
        session ->
            new AgreeToBoundaryChange(
                Refs.boundary(session, id),
                revision == null ? OptionalInt.empty() : OptionalInt.of(revision)));
  }

  @Command(name = "decline", description = "Decline the pending change, or take back your own.")
  int decline(@Parameters(paramLabel = "BOUNDARY", description = ID) String id) {
    return Recorder.record(root, session -> new DeclineBoundaryChange(Refs.boundary(session, id)));
  }

  @Command(name = "list", description = "List the boundaries and the changes waiting.")
  int list() {
    try (Session session = root.session()) {
      Listings.boundaries(session);
    }
    return 0;
  }
}
