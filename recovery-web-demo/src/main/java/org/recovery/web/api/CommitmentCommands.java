package org.recovery.web.api;

import static org.recovery.web.api.CommandRoute.change;
import static org.recovery.web.api.CommandRoute.create;
import static org.recovery.web.api.Parse.checked;
import static org.recovery.web.api.Parse.day;
import static org.recovery.web.api.Parse.id;
import static org.recovery.web.api.Parse.required;

import java.util.List;
import java.util.function.UnaryOperator;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
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
import org.recovery.web.api.CommandRoute.Built;
import org.recovery.web.api.CommandRoute.Empty;

/** The endpoints in the life of a commitment. */
final class CommitmentCommands {
  private CommitmentCommands() {}

  /** Propose a commitment for {@code owner} (a partner id). */
  record Propose(
      String owner,
      String title,
      CommitmentCategory category,
      Cost cost,
      String cadence,
      Verification verification) {}

  /** A day from which something starts. */
  record From(String from) {}

  /** New terms. */
  record Revise(String cadence, Verification verification) {}

  /** A pause, both days included. */
  record Pause(String from, String until) {}

  /** A report about one day. */
  record Report(String day, ReportKind kind) {}

  /** A day whose report is answered. */
  record Day(String day) {}

  static List<CommandRoute<?>> routes() {
    return List.of(
        create("/commitments", Propose.class, CommitmentCommands::propose),
        change(
            "/commitments/{commitment}/accept",
            Empty.class,
            (b, p) -> Built.of(new AcceptCommitment(commitment(p)))),
        change(
            "/commitments/{commitment}/decline",
            Empty.class,
            (b, p) -> Built.of(new DeclineCommitment(commitment(p)))),
        change(
            "/commitments/{commitment}/activate",
            From.class,
            (b, p) -> Built.of(new ActivateCommitment(commitment(p), day("from", b.from())))),
        change(
            "/commitments/{commitment}/revise",
            Revise.class,
            (b, p) ->
                Built.of(
                    new ReviseCommitment(
                        commitment(p),
                        cadence(b.cadence()),
                        required("verification", b.verification())))),
        change("/commitments/{commitment}/pause", Pause.class, CommitmentCommands::pause),
        change(
            "/commitments/{commitment}/retire",
            Empty.class,
            (b, p) -> Built.of(new RetireCommitment(commitment(p)))),
        change(
            "/commitments/{commitment}/reports",
            Report.class,
            (b, p) ->
                Built.of(
                    new ReportOccurrence(
                        commitment(p), day("day", b.day()), required("kind", b.kind())))),
        change(
            "/commitments/{commitment}/confirm",
            Day.class,
            (b, p) -> Built.of(new ConfirmOccurrence(commitment(p), day("day", b.day())))),
        change(
            "/commitments/{commitment}/dispute",
            Day.class,
            (b, p) -> Built.of(new DisputeOccurrence(commitment(p), day("day", b.day())))));
  }

  private static Built propose(Propose b, UnaryOperator<String> p) {
    CommitmentId id = CommitmentId.random();
    PartnerId owner = id("owner", b.owner(), PartnerId::parse);
    String title = checked("title", () -> Commitment.checkTitle(required("title", b.title())));
    return new Built(
        new ProposeCommitment(
            id,
            owner,
            title,
            required("category", b.category()),
            required("cost", b.cost()),
            cadence(b.cadence()),
            required("verification", b.verification())),
        id.toString());
  }

  private static Built pause(Pause b, UnaryOperator<String> p) {
    var from = day("from", b.from());
    var until = day("until", b.until());
    if (until.isBefore(from)) {
      throw org.recovery.web.http.ApiError.badField(
          "until", "Field 'until' must not be before 'from'.");
    }
    return Built.of(new PauseCommitment(commitment(p), from, until));
  }

  private static Cadence cadence(String spec) {
    required("cadence", spec);
    return checked("cadence", () -> Cadence.parse(spec));
  }

  static CommitmentId commitment(UnaryOperator<String> p) {
    return id("commitment", p.apply("commitment"), CommitmentId::parse);
  }
}
