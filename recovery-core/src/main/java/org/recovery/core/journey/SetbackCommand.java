package org.recovery.core.journey;

import java.time.LocalDate;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/** Commands about setbacks. */
public sealed interface SetbackCommand extends JourneyCommand {

  /** The longest description of a setback. */
  int MAX_DESCRIPTION_LENGTH = 4000;

  /** Record a setback. */
  record RecordSetback(
      SetbackId setback, SetbackKind kind, Severity severity, LocalDate day, String description)
      implements SetbackCommand {
    /** Validates the command. */
    public RecordSetback {
      Fields.require("setback", setback, "kind", kind, "severity", severity, "day", day);
      description = Fields.text("description", description, MAX_DESCRIPTION_LENGTH);
    }
  }

  /** Record a repair step after a setback. */
  record RecordRepair(SetbackId setback, RepairStep step) implements SetbackCommand {
    /** Validates the command. */
    public RecordRepair {
      Fields.require("setback", setback, "step", step);
    }
  }
}
