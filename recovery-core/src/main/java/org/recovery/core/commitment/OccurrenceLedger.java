package org.recovery.core.commitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Derives how each due occurrence of a commitment stands; the rules are in {@link #evaluate}. */
final class OccurrenceLedger {
  private OccurrenceLedger() {}

  /**
   * Walks the commitment's schedule segment by segment (each segment under one set of terms, cut at
   * activation, revisions and retirement) and settles every occurrence due in {@code [from, to]}:
   *
   * <ol>
   *   <li>a report on the occurrence's day (or, for n-times-a-week, the n-th report of the week)
   *       decides it, under the verification in effect that day; a keep still awaiting confirmation
   *       when the answer window closes counts as kept;
   *   <li>otherwise a pause of the commitment or of the journey over its due day excuses it; in an
   *       n-times-a-week period, slots beyond the number of unpaused applicable days are excused;
   *   <li>otherwise a continuous commitment counts as kept once the day is over;
   *   <li>otherwise it is unreported once the report deadline has passed, and open before.
   * </ol>
   */
  static List<OccurrenceStatus> evaluate(
      Commitment c,
      LocalDate from,
      LocalDate to,
      Instant asOf,
      ZoneId zone,
      Duration grace,
      List<Pause> journeyPauses) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " to " + to);
    }
    List<Pause> pauses = new ArrayList<>(c.pauses());
    pauses.addAll(journeyPauses);
    List<OccurrenceStatus> out = new ArrayList<>();
    List<Terms> schedule = c.schedule();
    for (int i = 0; i < schedule.size(); i++) {
      Terms terms = schedule.get(i);
      LocalDate segmentStart = terms.effectiveFrom();
      LocalDate segmentEnd =
          i + 1 < schedule.size()
              ? schedule.get(i + 1).effectiveFrom().minusDays(1)
              : LocalDate.MAX;
      if (c.retiredFrom().isPresent() && !c.retiredFrom().get().isAfter(segmentEnd)) {
        segmentEnd = c.retiredFrom().get().minusDays(1);
      }
      LocalDate start = later(segmentStart, from);
      LocalDate end = earlier(segmentEnd, to);
      if (start.isAfter(end)) {
        continue;
      }
      Segment segment = new Segment(c, terms, segmentStart, segmentEnd, pauses, asOf, zone, grace);
      for (Occurrence o : clipped(terms.cadence(), start, end, segmentStart, segmentEnd)) {
        out.add(segment.settle(o));
      }
    }
    return out;
  }

  /**
   * The cadence's occurrences due in {@code [start, end]}, each period clipped to the segment
   * {@code [first, last]}: an n-per-week week cut short by the segment's end falls due on its last
   * day, so reports count under the terms in effect on their day, once.
   */
  private static List<Occurrence> clipped(
      Cadence cadence, LocalDate start, LocalDate end, LocalDate first, LocalDate last) {
    if (!(cadence instanceof Cadence.TimesPerWeek)) {
      return cadence.occurrencesBetween(start, end);
    }
    LocalDate sunday =
        end.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : cadence.occurrencesBetween(start, sunday)) {
      LocalDate due = earlier(o.due(), last);
      if (!due.isAfter(end)) {
        out.add(new Occurrence(later(o.periodStart(), first), due, o.slot()));
      }
    }
    return out;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** One stretch of days under the same terms. */
  private record Segment(
      Commitment c,
      Terms terms,
      LocalDate first,
      LocalDate last,
      List<Pause> pauses,
      Instant asOf,
      ZoneId zone,
      Duration grace) {

    OccurrenceStatus settle(Occurrence o) {
      Optional<Report> report = reportFor(o);
      OccurrenceOutcome outcome;
      if (report.isPresent()) {
        outcome = report.get().outcome(terms.verification());
        if (outcome == OccurrenceOutcome.AWAITING_CONFIRMATION
            && !asOf.isBefore(Commitment.answerDeadline(report.get().day(), zone, grace))) {
          outcome = OccurrenceOutcome.KEPT;
        }
      } else if (isExcused(o)) {
        outcome = OccurrenceOutcome.EXCUSED;
      } else if (terms.cadence() instanceof Cadence.Continuous) {
        boolean dayOver = !asOf.isBefore(o.due().plusDays(1).atStartOfDay(zone).toInstant());
        outcome = dayOver ? OccurrenceOutcome.KEPT : OccurrenceOutcome.OPEN;
      } else {
        boolean late = !asOf.isBefore(Commitment.reportDeadline(o.due(), zone, grace));
        outcome = late ? OccurrenceOutcome.UNREPORTED : OccurrenceOutcome.OPEN;
      }
      return new OccurrenceStatus(c.id(), o, outcome, report);
    }

    private Optional<Report> reportFor(Occurrence o) {
      if (o.periodStart().equals(o.due())) {
        // A one-day period holds at most that day's report, in its first slot.
        return o.slot() == 1 ? Optional.ofNullable(c.reports().get(o.due())) : Optional.empty();
      }
      List<Report> inPeriod =
          new ArrayList<>(c.reports().subMap(o.periodStart(), true, o.due(), true).values());
      // Kept days fill a period's slots first, so a miss the other partner saw on one day
      // never takes the place of a kept day in the same week.
      inPeriod.sort(
          java.util.Comparator.comparing((Report r) -> r.kind() != ReportKind.KEPT)
              .thenComparing(Report::day));
      return o.slot() <= inPeriod.size()
          ? Optional.of(inPeriod.get(o.slot() - 1))
          : Optional.empty();
    }

    private boolean isExcused(Occurrence o) {
      if (o.periodStart().equals(o.due())) {
        return paused(o.due());
      }
      int freeDays = 0;
      for (LocalDate d = o.periodStart(); !d.isAfter(o.due()); d = d.plusDays(1)) {
        if (!d.isBefore(first) && !d.isAfter(last) && !paused(d)) {
          freeDays++;
        }
      }
      return o.slot() > freeDays;
    }

    private boolean paused(LocalDate day) {
      return pauses.stream().anyMatch(p -> p.covers(day));
    }
  }
}
