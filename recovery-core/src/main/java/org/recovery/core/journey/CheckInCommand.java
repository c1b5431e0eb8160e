package org.recovery.core.journey;

import java.time.LocalDate;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.Visibility;

/** A partner's check-in. */
public sealed interface CheckInCommand extends JourneyCommand {

  /** The longest note a check-in may carry. */
  int MAX_NOTE_LENGTH = 4000;

  /**
   * Check in for a day.
   *
   * @param checkIn the new check-in's id
   * @param day the day it is about (from the journey's first day to today)
   * @param ratings the four ratings
   * @param sharedSomethingVulnerable whether they shared something vulnerable
   * @param triggered whether they were triggered
   * @param reactiveOutbursts how many reactive outbursts (0–50)
   * @param note a note, possibly empty
   * @param noteVisibility who sees the note; a private note is kept apart from a shared check-in
   * @param visibility who sees the check-in itself
   * @param crisis the partner is not safe or is thinking of harming themself; always private
   */
  record RecordCheckIn(
      CheckInId checkIn, LocalDate day, Ratings ratings, boolean sharedSomethingVulnerable,
      boolean triggered, int reactiveOutbursts, String note, Visibility noteVisibility,
      Visibility visibility, boolean crisis) implements CheckInCommand {
    /** Validates the command. */
    public RecordCheckIn {
      Fields.require("checkIn", checkIn, "day", day, "ratings", ratings,
          "noteVisibility", noteVisibility, "visibility", visibility);
      CheckIn.checkOutbursts(reactiveOutbursts);
      note = Fields.text("note", note, MAX_NOTE_LENGTH);
    }

    /** A shared check-in without a note or crisis, for the common case. */
    public static RecordCheckIn shared(
        LocalDate day, Ratings ratings, boolean vulnerable, boolean triggered, int outbursts) {
      return new RecordCheckIn(CheckInId.random(), day, ratings, vulnerable, triggered,
          outbursts, "", Visibility.SHARED, Visibility.SHARED, false);
    }
  }
}
