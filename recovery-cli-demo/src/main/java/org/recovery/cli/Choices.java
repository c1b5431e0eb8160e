package org.recovery.cli;

import java.util.Iterator;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/**
 * The kebab-case values of each enum an option takes, for help texts ({@code
 * ${COMPLETION-CANDIDATES}}) and shell completion.
 */
final class Choices {
  private Choices() {}

  /** The values of one enum. */
  abstract static class Of<E extends Enum<E>> implements Iterable<String> {
    private final Class<E> type;

    Of(Class<E> type) {
      this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
      return Words.kebabValues(type).iterator();
    }
  }

  static final class Kinds extends Of<BetrayalKind> {
    Kinds() {
      super(BetrayalKind.class);
    }
  }

  static final class Heard extends Of<HeardLevel> {
    Heard() {
      super(HeardLevel.class);
    }
  }

  static final class Outcomes extends Of<JourneyOutcome> {
    Outcomes() {
      super(JourneyOutcome.class);
    }
  }

  static final class Therapies extends Of<TherapyKind> {
    Therapies() {
      super(TherapyKind.class);
    }
  }

  static final class Forgiveness extends Of<ForgivenessStep> {
    Forgiveness() {
      super(ForgivenessStep.class);
    }
  }

  static final class Categories extends Of<CommitmentCategory> {
    Categories() {
      super(CommitmentCategory.class);
    }
  }

  static final class Costs extends Of<Cost> {
    Costs() {
      super(Cost.class);
    }
  }

  static final class Verifications extends Of<Verification> {
    Verifications() {
      super(Verification.class);
    }
  }

  static final class SetbackKinds extends Of<SetbackKind> {
    SetbackKinds() {
      super(SetbackKind.class);
    }
  }

  static final class Severities extends Of<Severity> {
    Severities() {
      super(Severity.class);
    }
  }

  static final class Repairs extends Of<RepairStep> {
    Repairs() {
      super(RepairStep.class);
    }
  }

  static final class Areas extends Of<BoundaryArea> {
    Areas() {
      super(BoundaryArea.class);
    }
  }

  static final class ConsentLevels extends Of<ConsentLevel> {
    ConsentLevels() {
      super(ConsentLevel.class);
    }
  }

  static final class Formats extends Of<ReportCommand.Format> {
    Formats() {
      super(ReportCommand.Format.class);
    }
  }
}
