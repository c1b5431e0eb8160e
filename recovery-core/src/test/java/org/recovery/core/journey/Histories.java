package org.recovery.core.journey;

import java.util.List;
import java.util.Optional;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryRevisionProposed;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;

/** Look-ups in a history that the journey properties check the state against. */
final class Histories {
  private Histories() {}

  /**
   * The latest agreement to the boundary's current revision.
   *
   * @throws AssertionError if there is none
   */
  static BoundaryChangeAgreed agreement(List<JourneyEvent> history, Boundary boundary) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof BoundaryChangeAgreed a
          && a.boundary().equals(boundary.id())
          && a.revision() == boundary.revision()) {
        return a;
      }
    }
    throw new AssertionError(
        "no agreement to revision "
            + boundary.revision()
            + " of "
            + boundary.id()
            + " in "
            + history);
  }

  /**
   * The proposal that {@code agreed} answered: the latest proposal of that revision before it.
   *
   * @throws AssertionError if there is none
   */
  static JourneyEvent proposal(
      List<JourneyEvent> history, Boundary boundary, BoundaryChangeAgreed agreed) {
    for (int i = history.indexOf(agreed) - 1; i >= 0; i--) {
      JourneyEvent e = history.get(i);
      boolean introduces =
          agreed.revision() == 1
              && e instanceof BoundaryProposed p
              && p.boundary().equals(boundary.id());
      boolean revises =
          e instanceof BoundaryRevisionProposed r
              && r.boundary().equals(boundary.id())
              && r.revision() == agreed.revision();
      if (introduces || revises) {
        return e;
      }
    }
    throw new AssertionError(
        "no proposal of revision "
            + agreed.revision()
            + " of "
            + boundary.id()
            + " before "
            + agreed);
  }

  /**
   * The kind of event a command asked to keep private (a private check-in, therapy session,
   * forgiveness step or questionnaire), if it did.
   */
  static Optional<Class<? extends JourneyEvent>> keptPrivate(JourneyCommand command) {
    if (command instanceof CheckInCommand.RecordCheckIn c && isPrivate(c.visibility())) {
      return Optional.of(CheckInEvent.CheckInRecorded.class);
    } else if (command instanceof PersonalCommand.RecordTherapySession t
        && isPrivate(t.visibility())) {
      return Optional.of(PersonalEvent.TherapySessionRecorded.class);
    } else if (command instanceof PersonalCommand.RecordForgiveness f
        && isPrivate(f.visibility())) {
      return Optional.of(PersonalEvent.ForgivenessRecorded.class);
    } else if (command instanceof PersonalCommand.CompleteInstrument q
        && isPrivate(q.visibility())) {
      return Optional.of(PersonalEvent.InstrumentCompleted.class);
    }
    return Optional.empty();
  }

  private static boolean isPrivate(Visibility visibility) {
    return visibility == Visibility.PRIVATE;
  }

  /** The wording a boundary proposal asks for. */
  static String text(JourneyEvent proposal) {
    return proposal instanceof BoundaryProposed p
        ? p.text()
        : ((BoundaryRevisionProposed) proposal).text();
  }

  /**
   * The proposal of a commitment.
   *
   * @throws AssertionError if there is none
   */
  static CommitmentProposed proposalOf(List<JourneyEvent> history, CommitmentId commitment) {
    return history.stream()
        .filter(e -> e instanceof CommitmentProposed p && p.commitment().equals(commitment))
        .map(CommitmentProposed.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no proposal of " + commitment));
  }
}
