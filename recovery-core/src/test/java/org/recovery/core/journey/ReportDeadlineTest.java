package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.activeOfAlex;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.testing.TestJourney;

/**
 * A day can be reported until the end of the next day in the couple's zone (24 hours of grace,
 * counted on the wall clock), whatever the length of the days around a DST change. Europe/Berlin
 * springs forward on 29 March 2026 (a 23-hour day) and falls back on 25 October 2026 (25 hours).
 */
class ReportDeadlineTest {
  private final TestJourney t = TestJourney.started();
  private final CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);

  @ParameterizedTest(name = "{0} until {1}")
  @CsvSource({
    "2026-03-02, 2026-03-03T23:00:00Z", // an ordinary day: Wednesday 00:00 CET
    "2026-03-28, 2026-03-29T22:00:00Z", // the grace day is 23 hours long: Monday 00:00 CEST
    "2026-03-29, 2026-03-30T22:00:00Z", // the 23-hour day itself
    "2026-10-24, 2026-10-25T23:00:00Z", // the grace day is 25 hours long: Monday 00:00 CET
    "2026-10-25, 2026-10-26T23:00:00Z", // the 25-hour day itself
  })
  void aReportOneSecondBeforeTheDeadlineIsAccepted(LocalDate day, Instant deadline) {
    t.clock.set(deadline.minusSeconds(1));

    var events = t.accepted(t.alexId(), new ReportOccurrence(id, day, ReportKind.KEPT));

    assertThat(events).hasSize(1);
  }

  @ParameterizedTest(name = "{0} until {1}")
  @CsvSource({
    "2026-03-02, 2026-03-03T23:00:00Z",
    "2026-03-28, 2026-03-29T22:00:00Z",
    "2026-03-29, 2026-03-30T22:00:00Z",
    "2026-10-24, 2026-10-25T23:00:00Z",
    "2026-10-25, 2026-10-26T23:00:00Z",
  })
  void aReportAtTheDeadlineIsTooLate(LocalDate day, Instant deadline) {
    t.clock.set(deadline);

    Rejection r = t.rejected(t.samId(), new ReportOccurrence(id, day, ReportKind.MISSED));

    assertThat(r.code()).isEqualTo(RejectionCode.REPORT_TOO_LATE);
    assertThat(r.reason()).contains(day.toString()).contains("24 hours");
  }

  @ParameterizedTest(name = "{0} hours of grace, clock at {1}: {2}")
  @CsvSource({
    "0,  2026-03-02T23:59:59, ACCEPTED",
    "0,  2026-03-03T00:00:00, REPORT_TOO_LATE",
    "48, 2026-03-04T23:59:59, ACCEPTED",
    "48, 2026-03-05T00:00:00, REPORT_TOO_LATE",
  })
  void theGraceIsTheJourneysSetting(int graceHours, String localTime, String expected) {
    TestJourney custom = TestJourney.started(new Settings(7, graceHours));
    CommitmentId c = activeOfAlex(custom, Cadence.daily(), Verification.SELF_REPORTED);
    custom.clock.set(CommitmentSteps.local(localTime));
    ReportOccurrence report = new ReportOccurrence(c, LocalDate.of(2026, 3, 2), ReportKind.KEPT);

    if (expected.equals("ACCEPTED")) {
      assertThat(custom.accepted(custom.alexId(), report)).hasSize(1);
    } else {
      assertThat(custom.rejected(custom.alexId(), report).code())
          .isEqualTo(RejectionCode.valueOf(expected));
    }
  }
}
