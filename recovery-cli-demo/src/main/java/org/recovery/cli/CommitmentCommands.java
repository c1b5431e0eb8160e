package org.recovery.cli;

import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Terms;
import org.recovery.core.commitment.Verification;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DeclineCommitment;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery commitment …}: a commitment's life, and reports of its days. */
@Command(
    name = "commitment",
    description =
        "Propose, accept, start, revise, pause or retire a"
            + " commitment; report a day kept or missed; confirm or dispute a report.")
final class CommitmentCommands extends Recorder.Group {
  private static final String ID = "The commitment's id, or its first digits.";
  private static final String DAY = "The day: today, yesterday or a date (default: today).";

  @ParentCommand private RecoveryCommand root;

  @Command(name = "propose", description = "Propose a commitment, for yourself or your partner.")
  int propose(
      @Option(
              names = "--title",
              required = true,
              paramLabel = "TEXT",
              description = "What the behaviour is, in your words.")
          String title,
      @Option(
              names = "--cadence",
              required = true,
              paramLabel = "SPEC",
              description = "How often: daily, 3/week, mon,wed,fri, monthly:15 or continuous.")
          Cadence cadence,
      @Option(names = "--owner", paramLabel = "NAME", description = "Who keeps it (default: you).")
          String owner,
      @Option(
              names = "--category",
              paramLabel = "CATEGORY",
              defaultValue = "other",
              completionCandidates = Choices.Categories.class,
              description = "${COMPLETION-CANDIDATES} (default: other).")
          CommitmentCategory category,
      @Option(
              names = "--cost",
              paramLabel = "COST",
              defaultValue = "low",
              completionCandidates = Choices.Costs.class,
              description = "${COMPLETION-CANDIDATES} (default: low).")
          Cost cost,
      @Option(
              names = "--verification",
              paramLabel = "HOW",
              defaultValue = "self-reported",
              completionCandidates = Choices.Verifications.class,
              description = "${COMPLETION-CANDIDATES} (default: self-reported).")
          Verification verification) {
    return Recorder.record(
        root,
        session ->
            new ProposeCommitment(
                CommitmentId.random(),
                owner == null ? session.actor().id() : session.partnerNamed(owner).id(),
                title,
                category,
                cost,
                cadence,
                verification));
  }

  @Command(name = "accept", description = "Accept your partner's proposal.")
  int accept(@Parameters(paramLabel = "COMMITMENT", description = ID) String id) {
    return Recorder.record(root, session -> new AcceptCommitment(Refs.commitment(session, id)));
  }

  @Command(name = "decline", description = "Decline a proposal, or take back your own.")
  int decline(@Parameters(paramLabel = "COMMITMENT", description = ID) String id) {
    return Recorder.record(root, session -> new DeclineCommitment(Refs.commitment(session, id)));
  }

  @Command(name = "activate", description = "Start an accepted commitment on a day.")
  int activate(
      @Parameters(paramLabel = "COMMITMENT", description = ID) String id,
      @Option(
              names = "--from",
              paramLabel = "DAY",
              defaultValue = "today",
              description = "The first day it falls due: today or later (default: today).")
          String from) {
    return Recorder.record(
        root,
        session ->
            new ActivateCommitment(
                Refs.commitment(session, id), Input.day("--from", from, session.today())));
  }

  @Command(
      name = "revise",
      description =
          "Change how often it falls due or how it is"
              + " verified. Making it easier waits for the cooling-off delay.")
  int revise(
      @Parameters(paramLabel = "COMMITMENT", description = ID) String id,
      @Option(
              names = "--cadence",
              paramLabel = "SPEC",
              description = "The new cadence (default: unchanged).")
          Cadence cadence,
      @Option(
              names = "--verification",
              paramLabel = "HOW",
              completionCandidates = Choices.Verifications.class,
              description = "${COMPLETION-CANDIDATES} (default: unchanged).")
          Verification verification) {
    return Recorder.record(
        root,
        session -> {
          CommitmentId commitment = Refs.commitment(session, id);
          Terms now =
              session
                  .view()
                  .state()
                  .commitment(commitment)
                  .map(Commitment::latestTerms)
                  .orElse(null);
          if (now == null && (cadence == null || verification == null)) {
            throw CliFailure.usage("Give both --cadence and --verification for this commitment.");
          }
          return new ReviseCommitment(
              commitment,
              cadence != null ? cadence : now.cadence(),
              verification != null ? verification : now.verification());
        });
  }

  @Command(
      name = "pause",
      description = "Pause it from one day to another, inclusive: those" + " days are excused.")
  int pause(
      @Parameters(paramLabel = "COMMITMENT", description = ID) String id,
      @Option(
              names = "--from",
              paramLabel = "DAY",
              defaultValue = "today",
              description = "The first paused day (default: today).")
          String from,
      @Option(
              names = "--until",
              required = true,
              paramLabel = "DAY",
              description = "The last paused day.")
          String until) {
    return Recorder.record(
        root,
        session ->
            new PauseCommitment(
                Refs.commitment(session, id),
                Input.day("--from", from, session.today()),
                Input.day("--until", until, session.today())));
  }

  @Command(name = "retire", description = "Retire it: it no longer falls due.")
  int retire(@Parameters(paramLabel = "COMMITMENT", description = ID) String id) {
    return Recorder.record(root, session -> new RetireCommitment(Refs.commitment(session, id)));
  }

  @Command(name = "report", description = "Report a day of your commitment kept or missed.")
  int report(
      @Parameters(paramLabel = "COMMITMENT", description = ID) String id,
      @Option(names = "--kept", description = "It was kept.") boolean kept,
      @Option(names = "--missed", description = "It was missed.") boolean missed,
      @Option(names = "--day", paramLabel = "DAY", defaultValue = "today", description = DAY)
          String day) {
    return Recorder.record(
        root,
        session -> {
          if (kept == missed) {
            throw CliFailure.usage("Say either --kept or --missed.");
          }
          return new ReportOccurrence(
              Refs.commitment(session, id),
              Input.day("--day", day, session.today()),
              kept ? ReportKind.KEPT : ReportKind.MISSED);
        });
  }

  @Command(name = "confirm", description = "Confirm your partner's report about a day.")
  int confirm(
      @Parameters(paramLabel = "COMMITMENT", description = ID) String id,
      @Option(names = "--day", paramLabel = "DAY", defaultValue = "today", description = DAY)
          String day) {
    return Recorder.record(
        root,
        session ->
            new ConfirmOccurrence(
                Refs.commitment(session, id), Input.day("--day", day, session.today())));
  }

  @Command(name = "dispute", description = "Dispute your partner's report about a day.")
  int dispute(
      @Parameters(paramLabel = "COMMITMENT", description = ID) String id,
      @Option(names = "--day", paramLabel = "DAY", defaultValue = "today", description = DAY)
          String day) {
    return Recorder.record(
        root,
        session ->
            new DisputeOccurrence(
                Refs.commitment(session, id), Input.day("--day", day, session.today())));
  }

  @Command(name = "list", description = "List the commitments and where each stands today.")
  int list() {
    try (Session session = root.session()) {
      Listings.commitments(session);
    }
    return 0;
  }
}
