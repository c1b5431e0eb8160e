package org.recovery.core.journey;

import java.time.Instant;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;

/**
 * Something that happened in a journey: immutable, past tense, flat (ids, primitives, dates, small
 * enums). A journey's state is the fold of its events.
 *
 * <p>Every event names the partner who recorded it, when, and who may see it.
 */
public sealed interface JourneyEvent
    permits LifecycleEvent,
        BetrayalEvent,
        CommitmentEvent,
        CheckInEvent,
        SetbackEvent,
        BoundaryEvent,
        PersonalEvent,
        StageEvent {

  /** The partner who recorded the event. */
  PartnerId by();

  /** When it was recorded. */
  Instant at();

  /** Who may see it; shared unless the event says otherwise. */
  default Visibility visibility() {
    return Visibility.SHARED;
  }

  /** Whether {@code partner} may see this event: it is shared, or they wrote it. */
  default boolean isVisibleTo(PartnerId partner) {
    return visibility() == Visibility.SHARED || by().equals(partner);
  }
}
