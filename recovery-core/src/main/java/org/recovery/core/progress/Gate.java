package org.recovery.core.progress;

import java.util.Objects;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.journey.HeardLevel;

/**
 * A rule that must hold before a couple can move on to the next stage. Gates are data: each carries
 * its thresholds and the source that justifies them; {@code GateEvaluator} measures them. Gates
 * count only what both partners can see (shared entries), so a gate's verdict never reveals a
 * private entry; the documented exceptions are the effective consent level and whether each partner
 * has completed the safety screening (never its answers).
 */
public sealed interface Gate {

  /** A stable kebab-case name of the rule, for formats and documentation. */
  String id();

  /** Where the rule and its thresholds come from. */
  String source();

  /** Both partners have completed the private safety screening (its answers stay private). */
  record BothPartnersScreenedForSafety(String source) implements Gate {
    /** Validates the gate. */
    public BothPartnersScreenedForSafety {
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "both-partners-screened-for-safety";
    }
  }

  /** Both partners have recorded a decision to work on the relationship. */
  record BothPartnersDecidedToTry(String source) implements Gate {
    /** Validates the gate. */
    public BothPartnersDecidedToTry {
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "both-partners-decided-to-try";
    }
  }

  /** The couple has spent at least {@code days} days in the stage. */
  record MinimumDaysInStage(int days, String source) implements Gate {
    /** Validates the gate. */
    public MinimumDaysInStage {
      Checks.range("minimum days in stage", days, 0, 3650);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "minimum-days-in-stage";
    }
  }

  /** The involved partner has taken responsibility for every recorded betrayal (at least one). */
  record ResponsibilityTakenForEveryBetrayal(String source) implements Gate {
    /** Validates the gate. */
    public ResponsibilityTakenForEveryBetrayal {
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "responsibility-taken-for-every-betrayal";
    }
  }

  /** Every hurt partner's latest answer about feeling heard is at least {@code atLeast}. */
  record HurtPartnersFeelHeard(HeardLevel atLeast, String source) implements Gate {
    /** Validates the gate. */
    public HurtPartnersFeelHeard {
      Objects.requireNonNull(atLeast, "atLeast must not be null");
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "hurt-partners-feel-heard";
    }
  }

  /**
   * Where a betrayal involved an affair partner, its involved partner has an active no-contact
   * commitment.
   */
  record NoContactCommitmentActive(String source) implements Gate {
    /** Validates the gate. */
    public NoContactCommitmentActive {
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "no-contact-commitment-active";
    }
  }

  /** Every involved partner has an active transparency commitment. */
  record TransparencyCommitmentActive(String source) implements Gate {
    /** Validates the gate. */
    public TransparencyCommitmentActive {
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "transparency-commitment-active";
    }
  }

  /** The overall commitment reliability score is at least {@code score} (0–1). */
  record CommitmentReliabilityAtLeast(double score, String source) implements Gate {
    /** Validates the gate. */
    public CommitmentReliabilityAtLeast {
      Checks.range("reliability score", score, 0.0, 1.0);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "commitment-reliability-at-least";
    }
  }

  /** No severe setback in the last {@code days} days. */
  record NoSevereSetbackFor(int days, String source) implements Gate {
    /** Validates the gate. */
    public NoSevereSetbackFor {
      Checks.range("days without a severe setback", days, 1, 3650);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "no-severe-setback-for";
    }
  }

  /**
   * Every hurt partner's shared rating of {@code rating} averages at least {@code level} over the
   * last {@code windowDays} days, and its weekly slope over the model's slope window ({@link
   * ModelParameters#trendSlopeWeeks()}, six weeks by default) is at least {@code
   * minimumSlopePerWeek} (not falling).
   */
  record HurtPartnersRatingHoldsUp(
      RatingKind rating, double level, int windowDays, double minimumSlopePerWeek, String source)
      implements Gate {
    /** Validates the gate. */
    public HurtPartnersRatingHoldsUp {
      Objects.requireNonNull(rating, "rating must not be null");
      Checks.range("rating level", level, 0.0, 10.0);
      Checks.range("rating window days", windowDays, 7, 365);
      Checks.range("minimum slope per week", minimumSlopePerWeek, -10.0, 10.0);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "hurt-partners-rating-holds-up";
    }
  }

  /**
   * Each partner shared something vulnerable in at least {@code share} of their shared check-ins of
   * the last {@code windowDays} days.
   */
  record VulnerabilitySharedByBoth(double share, int windowDays, String source) implements Gate {
    /** Validates the gate. */
    public VulnerabilitySharedByBoth {
      Checks.range("vulnerability share", share, 0.0, 1.0);
      Checks.range("vulnerability window days", windowDays, 7, 365);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "vulnerability-shared-by-both";
    }
  }

  /**
   * The couple's reactive outbursts in the last {@code windowDays} days are at most {@code perWeek}
   * a week and no more frequent than in the window before.
   */
  record OutburstsFewAndNotRising(double perWeek, int windowDays, String source) implements Gate {
    /** Validates the gate. */
    public OutburstsFewAndNotRising {
      Checks.range("outbursts per week", perWeek, 0.0, 100.0);
      Checks.range("outburst window days", windowDays, 7, 365);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "outbursts-few-and-not-rising";
    }
  }

  /**
   * At least {@code count} connection commitments (rituals, date nights, shared goals) are active.
   */
  record RitualsInPlace(int count, String source) implements Gate {
    /** Validates the gate. */
    public RitualsInPlace {
      Checks.range("rituals", count, 1, 20);
      Checks.text("source", source, 300);
    }

    @Override
    public String id() {
      return "rituals-in-place";
    }
  }
}
