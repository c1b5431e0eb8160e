package org.recovery.core.journey;

import java.time.Instant;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.common.PartnerId;

/**
 * Boundaries: a proposal by one partner, then the other's agreement or refusal. Introducing,
 * revising and withdrawing follow the same rule.
 */
public sealed interface BoundaryEvent extends JourneyEvent {

  /** The boundary the event is about. */
  BoundaryId boundary();

  /** A new boundary was proposed; revision 1 once agreed. */
  record BoundaryProposed(
      BoundaryId boundary, BoundaryArea area, String text, PartnerId by, Instant at)
      implements BoundaryEvent {
    /** Validates the event. */
    public BoundaryProposed {
      Fields.require("boundary", boundary, "area", area, "text", text, "by", by, "at", at);
    }
  }

  /** New wording for an agreed boundary was proposed, as revision {@code revision}. */
  record BoundaryRevisionProposed(
      BoundaryId boundary, int revision, String text, PartnerId by, Instant at)
      implements BoundaryEvent {
    /** Validates the event. */
    public BoundaryRevisionProposed {
      Fields.require("boundary", boundary, "text", text, "by", by, "at", at);
    }
  }

  /** Ending an agreed boundary was proposed, as revision {@code revision}. */
  record BoundaryWithdrawalProposed(BoundaryId boundary, int revision, PartnerId by, Instant at)
      implements BoundaryEvent {
    /** Validates the event. */
    public BoundaryWithdrawalProposed {
      Fields.require("boundary", boundary, "by", by, "at", at);
    }
  }

  /** The other partner agreed to the pending change {@code revision}; it takes effect. */
  record BoundaryChangeAgreed(BoundaryId boundary, int revision, PartnerId by, Instant at)
      implements BoundaryEvent {
    /** Validates the event. */
    public BoundaryChangeAgreed {
      Fields.require("boundary", boundary, "by", by, "at", at);
    }
  }

  /** The pending change {@code revision} was declined by the other partner or taken back. */
  record BoundaryChangeDeclined(BoundaryId boundary, int revision, PartnerId by, Instant at)
      implements BoundaryEvent {
    /** Validates the event. */
    public BoundaryChangeDeclined {
      Fields.require("boundary", boundary, "by", by, "at", at);
    }
  }
}
