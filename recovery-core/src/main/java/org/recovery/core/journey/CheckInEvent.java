package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;

/** A partner's check-in. */
public sealed interface CheckInEvent extends JourneyEvent {

  /**
   * A partner checked in for a day.
   *
   * @param checkIn its id
   * @param day the day it is about
   * @param emotionalSafety rating 0–10
   * @param trust rating 0–10
   * @param closeness rating 0–10
   * @param hope rating 0–10
   * @param sharedSomethingVulnerable whether they shared something vulnerable
   * @param triggered whether they were triggered
   * @param reactiveOutbursts how many reactive outbursts
   * @param note a note with the check-in's own visibility (may be empty)
   * @param visibility whether the other partner sees the check-in
   * @param by the partner
   * @param at when
   */
  record CheckInRecorded(
      CheckInId checkIn,
      LocalDate day,
      int emotionalSafety,
      int trust,
      int closeness,
      int hope,
      boolean sharedSomethingVulnerable,
      boolean triggered,
      int reactiveOutbursts,
      String note,
      Visibility visibility,
      PartnerId by,
      Instant at)
      implements CheckInEvent {
    /** Validates the event. */
    public CheckInRecorded {
      Fields.require(
          "checkIn",
          checkIn,
          "day",
          day,
          "note",
          note,
          "visibility",
          visibility,
          "by",
          by,
          "at",
          at);
    }

    /** The four ratings. */
    public Ratings ratings() {
      return new Ratings(emotionalSafety, trust, closeness, hope);
    }
  }
}
