package org.recovery.core.journey.rules;

import static org.recovery.core.journey.rules.Context.accept;
import static org.recovery.core.journey.rules.Context.reject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.Occurrence;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Terms;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyState;

/**
 * Rules for reports about a commitment's days. The owner reports kept or missed; the other partner
 * may report a miss they saw. The partner who did not make a report may confirm or dispute it,
 * until {@link Commitment#ANSWER_WINDOW_DAYS} days after the reporting deadline; a disputed day can
 * be reported again. A day can be reported until the end of its grace period — except a breach of a
 * continuous commitment (renewed contact found out later), which can be reported missed at any
 * time.
 */
final class OccurrenceRules {
  private OccurrenceRules() {}

  static Decision decide(Context ctx, CommitmentCommand command) {
    Commitment c = ctx.state().commitment(command.commitment()).orElse(null);
    if (c == null) {
      return CommitmentRules.unknown(command);
    }
    Decision monitoring = CommitmentRules.refuseMonitoring(ctx, c.category());
    if (monitoring != null && ctx.held()) {
      return monitoring;
    }
    if (command instanceof ReportOccurrence r) {
      return report(ctx, c, r);
    }
    LocalDate day =
        command instanceof ConfirmOccurrence k
            ? k.day()
            : ((CommitmentCommand.DisputeOccurrence) command).day();
    Report report = c.reportOn(day).orElse(null);
    if (report == null) {
      return reject(
          RejectionCode.NOTHING_TO_CONFIRM,
          "Nobody has reported \"" + c.title() + "\" for " + day + ".");
    }
    if (report.reportedBy().equals(ctx.actor())) {
      return reject(
          RejectionCode.NEEDS_THE_OTHER_PARTNER,
          "You made this report; " + ctx.other().name() + " is the one to confirm or dispute it.");
    }
    JourneyState s = ctx.state();
    if (!ctx.now().isBefore(Commitment.answerDeadline(day, s.zone(), s.settings().reportGrace()))) {
      return reject(
          RejectionCode.REPORT_TOO_LATE,
          "Answers to the report for "
              + day
              + " closed "
              + Commitment.ANSWER_WINDOW_DAYS
              + " days after its reporting deadline.");
    }
    Report.Answer wanted =
        command instanceof ConfirmOccurrence ? Report.Answer.CONFIRMED : Report.Answer.DISPUTED;
    if (report.answer() == wanted) {
      return reject(
          RejectionCode.ALREADY_RECORDED,
          "The report for "
              + day
              + " is already "
              + wanted.name().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    return accept(
        wanted == Report.Answer.CONFIRMED
            ? new OccurrenceConfirmed(c.id(), day, ctx.actor(), ctx.now())
            : new OccurrenceDisputed(c.id(), day, ctx.actor(), ctx.now()));
  }

  private static Decision report(Context ctx, Commitment c, ReportOccurrence r) {
    JourneyState s = ctx.state();
    LocalDate day = r.day();
    Decision future = ctx.checkPastOrToday("The reported day", day);
    if (future != null) {
      return future;
    }
    boolean breachFoundLater =
        r.kind() == ReportKind.MISSED
            && c.termsOn(day).map(t -> t.cadence() instanceof Cadence.Continuous).orElse(false);
    if (!breachFoundLater
        && !ctx.now()
            .isBefore(Commitment.reportDeadline(day, s.zone(), s.settings().reportGrace()))) {
      return reject(
          RejectionCode.REPORT_TOO_LATE,
          "Reports for "
              + day
              + " closed "
              + s.settings().reportGraceHours()
              + " hours after the day ended; it counts as"
              + " unreported.");
    }
    if (!c.owner().equals(ctx.actor()) && r.kind() == ReportKind.KEPT) {
      return reject(
          RejectionCode.NOT_THE_OWNER,
          "Only "
              + ctx.name(c.owner())
              + " reports \""
              + c.title()
              + "\" kept; you can confirm, dispute, or report a miss.");
    }
    CommitmentStatus status = c.statusOn(day);
    if (status == CommitmentStatus.PAUSED || s.isPausedOn(day)) {
      return reject(RejectionCode.OCCURRENCE_CLOSED, day + " is inside a pause; it is excused.");
    }
    Optional<Terms> terms = c.termsOn(day);
    if (status != CommitmentStatus.ACTIVE || terms.isEmpty() || !isDue(terms.get(), day)) {
      return reject(RejectionCode.NOT_DUE, "\"" + c.title() + "\" is not due on " + day + ".");
    }
    Optional<Report> existing = c.reportOn(day);
    if (existing.isPresent() && existing.get().answer() != Report.Answer.DISPUTED) {
      return reject(
          RejectionCode.OCCURRENCE_CLOSED,
          day
              + " is already reported "
              + existing.get().kind().name().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    if (existing.isEmpty() && terms.get().cadence() instanceof Cadence.TimesPerWeek t) {
      Occurrence week = t.occurrencesBetween(day, day.plusDays(6)).get(0);
      LocalDate from =
          week.periodStart().isBefore(terms.get().effectiveFrom())
              ? terms.get().effectiveFrom()
              : week.periodStart();
      int reported =
          (int)
              c.reports().subMap(from, true, week.due(), true).values().stream()
                  .filter(k -> k.kind() == ReportKind.KEPT && k.answer() != Report.Answer.DISPUTED)
                  .count();
      if (reported >= t.times()) {
        return reject(
            RejectionCode.OCCURRENCE_CLOSED,
            "\""
                + c.title()
                + "\" is already"
                + " reported kept "
                + t.times()
                + " times in the week of "
                + week.periodStart()
                + ".");
      }
    }
    return accept(new OccurrenceReported(c.id(), day, r.kind(), ctx.actor(), ctx.now()));
  }

  private static boolean isDue(Terms terms, LocalDate day) {
    List<Occurrence> near = terms.cadence().occurrencesBetween(day, day.plusDays(6));
    return near.stream().anyMatch(o -> o.covers(day));
  }
}
