package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.common.PartnerId;
import org.recovery.core.indicator.DatedRating;
import org.recovery.core.indicator.RatingTrend;
import org.recovery.core.indicator.Streaks;
import org.recovery.core.indicator.TrendWindows;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.progress.ProgressReport.Milestone;
import org.recovery.core.setback.Setback;

/** Finds the small wins a report celebrates, each with the day it was reached. */
final class Milestones {
  private Milestones() {}

  static List<Milestone> find(
      JourneyState view,
      List<JourneyEvent> visible,
      Instant asOf,
      RecoveryModel model,
      PartnerId viewer,
      boolean dayCounters,
      List<Figures.CommitmentFigure> figures) {
    LocalDate today = view.dayOf(asOf);
    ModelParameters p = model.parameters();
    List<Milestone> out = new ArrayList<>();
    List<OccurrenceStatus> all = new ArrayList<>();
    List<OccurrenceStatus> transparency = new ArrayList<>();
    for (Figures.CommitmentFigure f : figures) {
      all.addAll(f.occurrences());
      if (f.commitment().category() == CommitmentCategory.TRANSPARENCY) {
        transparency.addAll(f.occurrences());
      }
    }
    firstStreak(all, 7, today)
        .ifPresent(
            d ->
                out.add(
                    new Milestone(
                        "first-fully-kept-week",
                        "A first week with every commitment kept",
                        d,
                        false)));
    view.checkIns().stream()
        .filter(CheckIn::sharedSomethingVulnerable)
        .map(CheckIn::day)
        .min(Comparator.naturalOrder())
        .ifPresent(
            d ->
                out.add(
                    new Milestone(
                        "first-vulnerable-conversation",
                        "Something vulnerable shared for the first time",
                        d,
                        false)));
    out.addAll(ratingsUp(view, viewer, today, p));
    for (JourneyEvent e : visible) {
      if (e instanceof StageAdvanced s && !e.at().isAfter(asOf)) {
        String name = model.stage(s.to()).map(Stage::name).orElse(s.to().value());
        out.add(
            new Milestone("entered-" + s.to(), "Moved on to " + name, view.dayOf(e.at()), false));
      }
    }
    if (dayCounters) {
      firstStreak(transparency, 30, today)
          .ifPresent(
              d ->
                  out.add(
                      new Milestone(
                          "thirty-days-of-transparency", "30 days of transparency kept", d, true)));
      LocalDate since =
          view.setbacks().values().stream()
              .filter(s -> s.kind().isAlwaysSevere())
              .map(Setback::day)
              .max(Comparator.naturalOrder())
              .orElse(view.startDay());
      if (!since.plusDays(90).isAfter(today)) {
        out.add(
            new Milestone(
                "ninety-days-without-deception",
                "90 days without deception",
                since.plusDays(90),
                true));
      }
    }
    out.sort(Comparator.comparing(Milestone::reachedOn).thenComparing(Milestone::id));
    return out;
  }

  /** The first day on which {@code length} fully kept days in a row had been reached. */
  private static Optional<LocalDate> firstStreak(
      List<OccurrenceStatus> occurrences, int length, LocalDate today) {
    return Streaks.firstReached(occurrences, length, today);
  }

  private static List<Milestone> ratingsUp(
      JourneyState view, PartnerId viewer, LocalDate today, ModelParameters p) {
    TrendWindows windows =
        new TrendWindows(p.trendLevelDays(), p.trendSlopeWeeks(), p.baselineDays());
    List<Milestone> found = new ArrayList<>();
    for (RatingKind kind : RatingKind.values()) {
      List<DatedRating> values = RatingTrend.ratingsOf(view.checkIns(), viewer, kind);
      RatingTrend.firstDayUpFromBaseline(values, today, windows, p.ratingUpFromBaseline())
          .ifPresent(
              d ->
                  found.add(
                      new Milestone(
                          "rating-up-"
                              + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                          "Your "
                              + BehaviourGates.words(kind.name())
                              + " rating is up from where it began",
                          d,
                          false)));
    }
    return found;
  }
}
