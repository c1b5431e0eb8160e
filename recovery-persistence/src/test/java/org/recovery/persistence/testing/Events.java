package org.recovery.persistence.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;

/** Small events for store tests. */
public final class Events {
  public static final PartnerId SAM = new PartnerId(new UUID(1, 1));
  public static final Instant AT = Instant.parse("2026-03-02T07:00:00Z");

  private Events() {}

  /** A private journal entry of Sam's with {@code text}. */
  public static JourneyEvent journal(String text) {
    return new JournalEntryWritten(LocalDate.of(2026, 3, 2), text, SAM, AT);
  }

  /** A shared check-in of Sam's with a note. */
  public static JourneyEvent checkIn(String note) {
    return new CheckInRecorded(
        CheckInId.random(),
        LocalDate.of(2026, 3, 2),
        7,
        4,
        5,
        6,
        true,
        false,
        0,
        note,
        Visibility.SHARED,
        SAM,
        AT);
  }
}
