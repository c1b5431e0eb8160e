package org.recovery.core.commitment;

import java.time.LocalDate;
import java.util.Objects;
import org.recovery.core.common.PartnerId;

/**
 * A partner's report about one day of a commitment, and the other partner's answer to it.
 *
 * @param day the day the report is about
 * @param kind kept or missed
 * @param reportedBy the partner who reported
 * @param answer whether the other partner has confirmed or disputed it
 */
public record Report(LocalDate day, ReportKind kind, PartnerId reportedBy, Answer answer) {

  /** The other partner's answer to a report. */
  public enum Answer {
    /** Not answered yet. */
    NONE,
    /** The other partner agrees with the report. */
    CONFIRMED,
    /** The other partner disputes the report. */
    DISPUTED
  }

  /** Validates the report. @throws NullPointerException if any component is null */
  public Report {
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(reportedBy, "reportedBy must not be null");
    Objects.requireNonNull(answer, "answer must not be null");
  }

  /** Returns this report with the other partner's {@code answer}. */
  public Report answered(Answer newAnswer) {
    return new Report(day, kind, reportedBy, newAnswer);
  }

  /**
   * How the report counts under {@code verification}: a miss at its word, a dispute not at all, and
   * a kept day under partner confirmation only once confirmed.
   */
  public OccurrenceOutcome outcome(Verification verification) {
    if (answer == Answer.DISPUTED) {
      return OccurrenceOutcome.DISPUTED;
    }
    if (kind == ReportKind.MISSED) {
      return OccurrenceOutcome.MISSED;
    }
    boolean needsConfirmation = verification == Verification.PARTNER_CONFIRMED;
    return needsConfirmation && answer != Answer.CONFIRMED
        ? OccurrenceOutcome.AWAITING_CONFIRMATION
        : OccurrenceOutcome.KEPT;
  }
}
