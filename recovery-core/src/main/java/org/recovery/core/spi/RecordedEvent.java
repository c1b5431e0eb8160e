package org.recovery.core.spi;

import java.util.Objects;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;

/**
 * An event as stored: its journey, its position, and the event.
 *
 * @param journey the journey it belongs to
 * @param version its position in the journey, from 1
 * @param event the event
 */
public record RecordedEvent(JourneyId journey, long version, JourneyEvent event) {

  /** Validates the record. @throws IllegalArgumentException if the version is below 1 */
  public RecordedEvent {
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(event, "event must not be null");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
  }
}
