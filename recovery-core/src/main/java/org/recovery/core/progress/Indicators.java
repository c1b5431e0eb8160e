package org.recovery.core.progress;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.common.PartnerId;
import org.recovery.core.indicator.DatedRating;
import org.recovery.core.indicator.KeptShare;
import org.recovery.core.indicator.RatingTrend;
import org.recovery.core.indicator.ScorePoint;
import org.recovery.core.indicator.Share;
import org.recovery.core.indicator.Streak;
import org.recovery.core.indicator.WindowComparison;

/**
 * The figures of a progress report, computed from what the viewer may see. docs/indicators.md gives
 * every formula.
 *
 * @param overallReliability the weighted mean reliability of the commitments, once any has a kept
 *     or missed day
 * @param commitments each activated commitment's figures
 * @param streak days in a row on which every due commitment was kept
 * @param ratings each partner's trend per rating (the other partner's from shared check-ins only)
 * @param partners each partner's outburst, vulnerability and trigger rates
 * @param daysSinceLastSevereSetback a day counter: present only if the viewer chose day counters
 */
public record Indicators(
    OptionalDouble overallReliability,
    List<CommitmentFigures> commitments,
    Streak streak,
    List<RatingFigures> ratings,
    List<PartnerRates> partners,
    OptionalLong daysSinceLastSevereSetback) {

  /** Validates the indicators. */
  public Indicators {
    Objects.requireNonNull(overallReliability, "overallReliability must not be null");
    commitments = List.copyOf(commitments);
    Objects.requireNonNull(streak, "streak must not be null");
    ratings = List.copyOf(ratings);
    partners = List.copyOf(partners);
    Objects.requireNonNull(
        daysSinceLastSevereSetback, "daysSinceLastSevereSetback must not be null");
  }

  /**
   * One commitment's reliability.
   *
   * @param id the commitment
   * @param title its title
   * @param owner who keeps it
   * @param cost low or high cost
   * @param cadence its cadence today, in the short form
   * @param score the reliability score, 0–1
   * @param kept counts of kept, missed and unreported occurrences
   * @param history the score after each occurrence, for charts
   */
  public record CommitmentFigures(
      CommitmentId id,
      String title,
      PartnerId owner,
      Cost cost,
      String cadence,
      double score,
      KeptShare kept,
      List<ScorePoint> history) {
    /** Validates the figures. */
    public CommitmentFigures {
      Objects.requireNonNull(id, "id must not be null");
      history = List.copyOf(history);
    }
  }

  /**
   * One partner's trend of one rating.
   *
   * @param partner whose ratings
   * @param kind which rating
   * @param trend level, slope, volatility, baseline
   * @param recent the daily values of the last eight weeks, for charts
   */
  public record RatingFigures(
      PartnerId partner, RatingKind kind, RatingTrend trend, List<DatedRating> recent) {
    /** Validates the figures. */
    public RatingFigures {
      Objects.requireNonNull(trend, "trend must not be null");
      recent = List.copyOf(recent);
    }
  }

  /**
   * One partner's rates over the last four weeks.
   *
   * @param partner whose
   * @param outbursts reactive outbursts a week, recent against the four weeks before
   * @param vulnerable the share of check-ins with something vulnerable shared
   * @param triggersPerWeek triggers a week, for a partner who was hurt
   */
  public record PartnerRates(
      PartnerId partner,
      WindowComparison outbursts,
      Share vulnerable,
      OptionalDouble triggersPerWeek) {
    /** Validates the rates. */
    public PartnerRates {
      Objects.requireNonNull(outbursts, "outbursts must not be null");
      Objects.requireNonNull(vulnerable, "vulnerable must not be null");
      Objects.requireNonNull(triggersPerWeek, "triggersPerWeek must not be null");
    }
  }
}
