package org.recovery.core.journey;

import java.time.LocalDate;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Pause;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;

/** Commands in the life of a commitment. */
public sealed interface CommitmentCommand extends JourneyCommand {

  /** The commitment the command is about. */
  CommitmentId commitment();

  /** Propose a commitment for {@code owner}; the acting partner is recorded as proposer. */
  record ProposeCommitment(
      CommitmentId commitment,
      PartnerId owner,
      String title,
      CommitmentCategory category,
      Cost cost,
      Cadence cadence,
      Verification verification)
      implements CommitmentCommand {
    /** Validates the command. */
    public ProposeCommitment {
      Fields.require(
          "commitment",
          commitment,
          "owner",
          owner,
          "category",
          category,
          "cost",
          cost,
          "cadence",
          cadence,
          "verification",
          verification);
      title = Commitment.checkTitle(title);
    }
  }

  /** Accept a proposal; only the partner who did not propose it can. */
  record AcceptCommitment(CommitmentId commitment) implements CommitmentCommand {
    /** Validates the command. */
    public AcceptCommitment {
      Fields.require("commitment", commitment);
    }
  }

  /** Decline a proposal (or, as its proposer, take it back). */
  record DeclineCommitment(CommitmentId commitment) implements CommitmentCommand {
    /** Validates the command. */
    public DeclineCommitment {
      Fields.require("commitment", commitment);
    }
  }

  /** Start an accepted commitment on {@code from} (today or later). */
  record ActivateCommitment(CommitmentId commitment, LocalDate from) implements CommitmentCommand {
    /** Validates the command. */
    public ActivateCommitment {
      Fields.require("commitment", commitment, "from", from);
    }
  }

  /** Change how often it falls due or how it is verified. */
  record ReviseCommitment(CommitmentId commitment, Cadence cadence, Verification verification)
      implements CommitmentCommand {
    /** Validates the command. */
    public ReviseCommitment {
      Fields.require("commitment", commitment, "cadence", cadence, "verification", verification);
    }
  }

  /** Pause it from {@code from} to {@code until}, inclusive. */
  record PauseCommitment(CommitmentId commitment, LocalDate from, LocalDate until)
      implements CommitmentCommand {
    /** Validates the command. @throws IllegalArgumentException if until is before from */
    public PauseCommitment {
      Fields.require("commitment", commitment, "from", from, "until", until);
      new Pause(from, until);
    }
  }

  /** Retire it: no further occurrences. */
  record RetireCommitment(CommitmentId commitment) implements CommitmentCommand {
    /** Validates the command. */
    public RetireCommitment {
      Fields.require("commitment", commitment);
    }
  }

  /** Report one day kept or missed. */
  record ReportOccurrence(CommitmentId commitment, LocalDate day, ReportKind kind)
      implements CommitmentCommand {
    /** Validates the command. */
    public ReportOccurrence {
      Fields.require("commitment", commitment, "day", day, "kind", kind);
    }
  }

  /** Confirm the other partner's report about a day. */
  record ConfirmOccurrence(CommitmentId commitment, LocalDate day) implements CommitmentCommand {
    /** Validates the command. */
    public ConfirmOccurrence {
      Fields.require("commitment", commitment, "day", day);
    }
  }

  /** Dispute the other partner's report about a day. */
  record DisputeOccurrence(CommitmentId commitment, LocalDate day) implements CommitmentCommand {
    /** Validates the command. */
    public DisputeOccurrence {
      Fields.require("commitment", commitment, "day", day);
    }
  }
}
