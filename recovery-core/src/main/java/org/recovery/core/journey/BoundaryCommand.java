package org.recovery.core.journey;

import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.boundary.BoundaryId;

/** Commands about boundaries: one partner proposes, the other agrees or declines. */
public sealed interface BoundaryCommand extends JourneyCommand {

  /** The boundary the command is about. */
  BoundaryId boundary();

  /** Propose a new boundary. */
  record ProposeBoundary(BoundaryId boundary, BoundaryArea area, String text)
      implements BoundaryCommand {
    /** Validates the command. */
    public ProposeBoundary {
      Fields.require("boundary", boundary, "area", area);
      text = BoundaryChange.checkText(text);
    }
  }

  /** Propose new wording for an agreed boundary. */
  record ProposeBoundaryRevision(BoundaryId boundary, String text) implements BoundaryCommand {
    /** Validates the command. */
    public ProposeBoundaryRevision {
      Fields.require("boundary", boundary);
      text = BoundaryChange.checkText(text);
    }
  }

  /** Propose ending an agreed boundary. */
  record ProposeBoundaryWithdrawal(BoundaryId boundary) implements BoundaryCommand {
    /** Validates the command. */
    public ProposeBoundaryWithdrawal {
      Fields.require("boundary", boundary);
    }
  }

  /**
   * Agree to the change the other partner proposed. With a {@code revision}, the agreement holds
   * only for that proposal: if it was replaced meanwhile, the agreement is refused rather than
   * given to wording the partner has not read.
   */
  record AgreeToBoundaryChange(BoundaryId boundary, java.util.OptionalInt revision)
      implements BoundaryCommand {
    /** Validates the command. */
    public AgreeToBoundaryChange {
      Fields.require("boundary", boundary, "revision", revision);
    }

    /** Agree to whatever change is waiting. */
    public AgreeToBoundaryChange(BoundaryId boundary) {
      this(boundary, java.util.OptionalInt.empty());
    }
  }

  /** Decline the pending change (or, as its proposer, take it back). */
  record DeclineBoundaryChange(BoundaryId boundary) implements BoundaryCommand {
    /** Validates the command. */
    public DeclineBoundaryChange {
      Fields.require("boundary", boundary);
    }
  }
}
