package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.common.PartnerId;
import org.recovery.core.indicator.DatedRating;
import org.recovery.core.indicator.Rates;
import org.recovery.core.indicator.RatingTrend;
import org.recovery.core.indicator.Reliability;
import org.recovery.core.indicator.Streaks;
import org.recovery.core.indicator.TrendWindows;
import org.recovery.core.journey.JourneyState;

/** Computes a report's indicators from the state a viewer may see. */
final class IndicatorBuilder {
  /** The window of the rates, in days. */
  static final int RATE_WINDOW_DAYS = 28;

  /** How many weeks of daily ratings the report carries for charts. */
  static final int CHART_WEEKS = 8;

  private IndicatorBuilder() {}

  static Indicators build(
      JourneyState view,
      Instant asOf,
      ModelParameters p,
      Set<PartnerId> hurt,
      boolean dayCounters,
      List<Figures.CommitmentFigure> figures) {
    LocalDate today = view.dayOf(asOf);
    List<Indicators.CommitmentFigures> commitments = new ArrayList<>();
    List<OccurrenceStatus> all = new ArrayList<>();
    for (Figures.CommitmentFigure f : figures) {
      var c = f.commitment();
      commitments.add(
          new Indicators.CommitmentFigures(
              c.id(),
              c.title(),
              c.owner(),
              c.cost(),
              c.termsOn(today).orElse(c.latestTerms()).cadence().spec(),
              f.score(),
              Reliability.keptShare(f.occurrences()),
              f.history()));
      all.addAll(f.occurrences());
    }
    TrendWindows windows =
        new TrendWindows(p.trendLevelDays(), p.trendSlopeWeeks(), p.baselineDays());
    List<Indicators.RatingFigures> ratings = new ArrayList<>();
    List<Indicators.PartnerRates> partners = new ArrayList<>();
    LocalDate chartFrom = today.minusWeeks(CHART_WEEKS).plusDays(1);
    LocalDate rateFrom = today.minusDays(RATE_WINDOW_DAYS - 1L);
    for (PartnerId partner : List.of(view.first().id(), view.second().id())) {
      for (RatingKind kind : RatingKind.values()) {
        List<DatedRating> values = RatingTrend.ratingsOf(view.checkIns(), partner, kind);
        List<DatedRating> recent =
            values.stream()
                .filter(v -> !v.day().isBefore(chartFrom) && !v.day().isAfter(today))
                .sorted(java.util.Comparator.comparing(DatedRating::day))
                .toList();
        ratings.add(
            new Indicators.RatingFigures(
                partner, kind, RatingTrend.of(values, today, windows), recent));
      }
      partners.add(
          new Indicators.PartnerRates(
              partner,
              Rates.outburstsRecentVsPrevious(view.checkIns(), partner, today, RATE_WINDOW_DAYS),
              Rates.vulnerableShare(view.checkIns(), partner, rateFrom, today),
              hurt.contains(partner)
                  ? OptionalDouble.of(
                      Rates.triggersPerWeek(view.checkIns(), partner, rateFrom, today))
                  : OptionalDouble.empty()));
    }
    all.sort(java.util.Comparator.comparing((OccurrenceStatus o) -> o.occurrence().due()));
    OptionalLong sinceSevere =
        dayCounters
            ? Rates.daysSinceLastSevere(List.copyOf(view.setbacks().values()), today)
            : OptionalLong.empty();
    return new Indicators(
        Figures.overall(figures, today, p),
        commitments,
        Streaks.of(all, today),
        ratings,
        partners,
        sinceSevere);
  }
}
