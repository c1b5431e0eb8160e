package org.recovery.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.common.PartnerId;
import org.recovery.core.indicator.Rates;
import org.recovery.core.indicator.RatingTrend;
import org.recovery.core.indicator.Share;
import org.recovery.core.indicator.TrendWindows;
import org.recovery.core.indicator.WindowComparison;
import org.recovery.core.setback.Setback;

/** The gates measured from behaviour over time: reliability, setbacks, ratings, outbursts. */
final class BehaviourGates {
  private BehaviourGates() {}

  static GateResult evaluate(Gate gate, CoupleFacts f) {
    if (gate instanceof Gate.CommitmentReliabilityAtLeast g) {
      OptionalDouble overall =
          Figures.overall(
              Figures.perCommitment(f.shared(), f.asOf(), f.model().parameters(), f.holds()),
              f.today(),
              f.model().parameters());
      String required = "at least " + percent(g.score());
      if (overall.isEmpty()) {
        return GateEvaluator.result(
            g,
            false,
            "no kept or missed days yet",
            required,
            "No commitment has a kept or missed day yet; reliability shows once they do.",
            List.of());
      }
      boolean met = overall.getAsDouble() >= g.score();
      return GateEvaluator.result(
          g,
          met,
          percent(overall.getAsDouble()),
          required,
          "Commitment reliability is "
              + percent(overall.getAsDouble())
              + " (steady weeks count most) — "
              + percent(g.score())
              + " opens the next stage.",
          commitmentIds(f));
    }
    if (gate instanceof Gate.NoSevereSetbackFor g) {
      List<Setback> setbacks = List.copyOf(f.shared().setbacks().values());
      OptionalLong since = Rates.daysSinceLastSevere(setbacks, f.today());
      long days =
          since.isPresent()
              ? since.getAsLong()
              : java.time.temporal.ChronoUnit.DAYS.between(f.shared().startDay(), f.today());
      boolean met = days >= g.days();
      List<String> evidence =
          setbacks.stream().filter(Setback::isSevere).map(s -> "setback:" + s.id()).toList();
      return GateEvaluator.result(
          g,
          met,
          GateEvaluator.days(days),
          "at least " + GateEvaluator.days(g.days()),
          GateEvaluator.days(days)
              + (since.isPresent() ? " since the last severe setback" : " without a severe setback")
              + " — "
              + g.days()
              + " open the next stage.",
          evidence);
    }
    if (gate instanceof Gate.HurtPartnersRatingHoldsUp g) {
      return ratings(g, f);
    }
    if (gate instanceof Gate.VulnerabilitySharedByBoth g) {
      LocalDate from = f.today().minusDays(g.windowDays() - 1L);
      List<String> parts = new ArrayList<>();
      boolean met = true;
      for (PartnerId p : List.of(f.shared().first().id(), f.shared().second().id())) {
        Share s = Rates.vulnerableShare(f.shared().checkIns(), p, from, f.today());
        boolean ok = s.outOf() >= 4 && s.value().orElse(0) >= g.share();
        met &= ok;
        parts.add(f.shared().partner(p).name() + " " + s.count() + " of " + s.outOf());
      }
      return GateEvaluator.result(
          g,
          met,
          String.join(", ", parts),
          "at least " + percent(g.share()) + " of each partner's check-ins",
          "Something vulnerable shared in the last "
              + g.windowDays()
              + " days: "
              + String.join(", ", parts)
              + " shared check-ins — "
              + percent(g.share())
              + " of each partner's (and at least 4) open the next stage.",
          List.of());
    }
    if (gate instanceof Gate.OutburstsFewAndNotRising g) {
      WindowComparison w =
          Rates.outburstsRecentVsPrevious(f.shared().checkIns(), f.today(), g.windowDays());
      boolean met = w.recentCheckIns() > 0 && w.recentPerWeek() <= g.perWeek() && !w.isRising();
      return GateEvaluator.result(
          g,
          met,
          number(w.recentPerWeek()) + " a week",
          "at most " + number(g.perWeek()) + " a week, not rising",
          "Reactive outbursts: "
              + number(w.recentPerWeek())
              + " a week lately, "
              + number(w.previousPerWeek())
              + " before — at most "
              + number(g.perWeek())
              + " a week and not rising opens the next stage.",
          List.of());
    }
    throw new IllegalArgumentException("unknown gate " + gate);
  }

  private static GateResult ratings(Gate.HurtPartnersRatingHoldsUp g, CoupleFacts f) {
    TrendWindows windows =
        new TrendWindows(
            g.windowDays(),
            f.model().parameters().trendSlopeWeeks(),
            f.model().parameters().baselineDays());
    String rating = words(g.rating().name());
    List<String> parts = new ArrayList<>();
    boolean met = !f.hurtPartners().isEmpty();
    for (PartnerId p : f.hurtPartners()) {
      List<CheckIn> mine = f.shared().checkIns();
      RatingTrend t =
          RatingTrend.of(RatingTrend.ratingsOf(mine, p, g.rating()), f.today(), windows);
      boolean enough =
          t.level().isPresent() && t.slopePerWeek().isPresent() && t.recentCount() >= 7;
      boolean ok =
          enough
              && t.level().getAsDouble() >= g.level()
              && t.slopePerWeek().getAsDouble() >= g.minimumSlopePerWeek();
      met &= ok;
      parts.add(
          f.shared().partner(p).name()
              + " "
              + (enough
                  ? number(t.level().getAsDouble())
                      + " ("
                      + signed(t.slopePerWeek().getAsDouble())
                      + " a week)"
                  : "not enough shared check-ins"));
    }
    String measured = parts.isEmpty() ? "no hurt partner recorded" : String.join(", ", parts);
    return GateEvaluator.result(
        g,
        met,
        measured,
        "at least " + number(g.level()) + ", not falling",
        "The hurt partner's "
            + rating
            + " over the last "
            + g.windowDays()
            + " days: "
            + measured
            + " — "
            + number(g.level())
            + " or more, and not falling, opens the"
            + " next stage.",
        List.of());
  }

  private static List<String> commitmentIds(CoupleFacts f) {
    return f.shared().commitments().values().stream()
        .filter(c -> !c.schedule().isEmpty())
        .map(c -> "commitment:" + c.id())
        .toList();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }

  static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
