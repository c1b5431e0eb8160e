package org.recovery.core.journey;

import java.time.LocalDate;
import org.recovery.core.common.PartnerId;

/** Commands about betrayals and their acknowledgment. */
public sealed interface BetrayalCommand extends JourneyCommand {

  /** The longest statement of responsibility. */
  int MAX_STATEMENT_LENGTH = 4000;

  /** Record a betrayal: who was hurt, who was involved, how and when it came to light. */
  record RecordBetrayal(
      BetrayalId betrayal,
      BetrayalKind kind,
      PartnerId hurtPartner,
      PartnerId involvedPartner,
      Discovery cameToLight,
      LocalDate on)
      implements BetrayalCommand {
    /** Validates the command. */
    public RecordBetrayal {
      Fields.require(
          "betrayal",
          betrayal,
          "kind",
          kind,
          "hurtPartner",
          hurtPartner,
          "involvedPartner",
          involvedPartner,
          "cameToLight",
          cameToLight,
          "on",
          on);
    }
  }

  /** The involved partner takes responsibility, optionally in their own words. */
  record TakeResponsibility(BetrayalId betrayal, String statement) implements BetrayalCommand {
    /** Validates the command. */
    public TakeResponsibility {
      Fields.require("betrayal", betrayal);
      statement = Fields.text("statement", statement, MAX_STATEMENT_LENGTH);
    }
  }

  /** The hurt partner says whether they feel heard. */
  record RecordFeelingHeard(BetrayalId betrayal, HeardLevel level) implements BetrayalCommand {
    /** Validates the command. */
    public RecordFeelingHeard {
      Fields.require("betrayal", betrayal, "level", level);
    }
  }
}
