package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;

/** Events in the life of a commitment and of its occurrences. */
public sealed interface CommitmentEvent extends JourneyEvent {

  /** The commitment the event is about. */
  CommitmentId commitment();

  /**
   * A commitment was proposed, by its owner or by the partner who asks for it.
   *
   * @param commitment its id
   * @param owner the partner who would do the behaviour
   * @param title what the behaviour is
   * @param category what kind of behaviour
   * @param cost low or high cost
   * @param cadence how often it falls due
   * @param verification how a kept occurrence counts
   * @param by the proposer
   * @param at when
   */
  record CommitmentProposed(
      CommitmentId commitment,
      PartnerId owner,
      String title,
      CommitmentCategory category,
      Cost cost,
      Cadence cadence,
      Verification verification,
      PartnerId by,
      Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentProposed {
      Fields.require(
          "commitment",
          commitment,
          "owner",
          owner,
          "title",
          title,
          "category",
          category,
          "cost",
          cost,
          "cadence",
          cadence,
          "verification",
          verification,
          "by",
          by,
          "at",
          at);
    }
  }

  /** The partner who did not propose it accepted the commitment. */
  record CommitmentAccepted(CommitmentId commitment, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentAccepted {
      Fields.require("commitment", commitment, "by", by, "at", at);
    }
  }

  /** The other partner declined the proposal, or the proposer took it back. */
  record CommitmentDeclined(CommitmentId commitment, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentDeclined {
      Fields.require("commitment", commitment, "by", by, "at", at);
    }
  }

  /** The accepted commitment started; occurrences fall due from {@code from}. */
  record CommitmentActivated(CommitmentId commitment, LocalDate from, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentActivated {
      Fields.require("commitment", commitment, "from", from, "by", by, "at", at);
    }
  }

  /**
   * New terms for the commitment, in effect from {@code effectiveFrom} (later than today when an
   * owner made it easier and the cooling-off delay applies).
   */
  record CommitmentRevised(
      CommitmentId commitment,
      Cadence cadence,
      Verification verification,
      LocalDate effectiveFrom,
      PartnerId by,
      Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentRevised {
      Fields.require(
          "commitment",
          commitment,
          "cadence",
          cadence,
          "verification",
          verification,
          "effectiveFrom",
          effectiveFrom,
          "by",
          by,
          "at",
          at);
    }
  }

  /**
   * The commitment is paused from {@code from} to {@code until}, inclusive: occurrences excused.
   */
  record CommitmentPaused(
      CommitmentId commitment, LocalDate from, LocalDate until, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentPaused {
      Fields.require("commitment", commitment, "from", from, "until", until, "by", by, "at", at);
    }
  }

  /** The commitment no longer applies from {@code effectiveFrom} on. */
  record CommitmentRetired(
      CommitmentId commitment, LocalDate effectiveFrom, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public CommitmentRetired {
      Fields.require("commitment", commitment, "effectiveFrom", effectiveFrom, "by", by, "at", at);
    }
  }

  /** A partner reported one day of the commitment kept or missed. */
  record OccurrenceReported(
      CommitmentId commitment, LocalDate day, ReportKind kind, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public OccurrenceReported {
      Fields.require("commitment", commitment, "day", day, "kind", kind, "by", by, "at", at);
    }
  }

  /** The partner who did not report a day confirmed the report. */
  record OccurrenceConfirmed(CommitmentId commitment, LocalDate day, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public OccurrenceConfirmed {
      Fields.require("commitment", commitment, "day", day, "by", by, "at", at);
    }
  }

  /**
   * The partner who did not report a day disputed the report; it counts neither way until resolved.
   */
  record OccurrenceDisputed(CommitmentId commitment, LocalDate day, PartnerId by, Instant at)
      implements CommitmentEvent {
    /** Validates the event. */
    public OccurrenceDisputed {
      Fields.require("commitment", commitment, "day", day, "by", by, "at", at);
    }
  }
}
