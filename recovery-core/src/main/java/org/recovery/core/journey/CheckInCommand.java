package org.recovery.core.journey;

import java.time.LocalDate;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.Visibility;

/** A partner's check-in. */
public sealed interface CheckInCommand extends JourneyCommand permits CheckInCommand.RecordCheckIn {

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
      CheckInId checkIn,
      LocalDate day,
      Ratings ratings,
      boolean sharedSomethingVulnerable,
      boolean triggered,
      int reactiveOutbursts,
      String note,
      Visibility noteVisibility,
      Visibility visibility,
      boolean crisis)
      implements CheckInCommand {
    /** Validates the command. */
    public RecordCheckIn {
      Fields.require(
          "checkIn",
          checkIn,
          "day",
          day,
          "ratings",
          ratings,
          "noteVisibility",
          noteVisibility,
          "visibility",
          visibility);
      CheckIn.checkOutbursts(reactiveOutbursts);
      note = Fields.text("note", note, MAX_NOTE_LENGTH);
    }

    /** A shared check-in without a note or crisis, for the common case. */
    public static RecordCheckIn shared(
        LocalDate day, Ratings ratings, boolean vulnerable, boolean triggered, int outbursts) {
      return new RecordCheckIn(
          CheckInId.random(),
          day,
          ratings,
          vulnerable,
          triggered,
          outbursts,
          "",
          Visibility.SHARED,
          Visibility.SHARED,
          false);
    }

    /**
     * A builder for a check-in of {@code day} with {@code ratings}, everything else at its default:
     * nothing vulnerable shared, no trigger, no outburst, no note, the check-in shared and its note
     * private ({@link PrivacyDefault}), no crisis.
     */
    public static Builder of(LocalDate day, Ratings ratings) {
      return new Builder(day, ratings);
    }
  }

  /** Builds a {@link RecordCheckIn} by name, with the defaults of {@link PrivacyDefault}. */
  final class Builder {
    private final LocalDate day;
    private final Ratings ratings;
    private CheckInId id = CheckInId.random();
    private boolean vulnerable;
    private boolean triggered;
    private int outbursts;
    private String note = "";
    private Visibility noteVisibility = PrivacyDefault.CHECK_IN_NOTE.visibility();
    private Visibility visibility = PrivacyDefault.CHECK_IN.visibility();
    private boolean crisis;

    private Builder(LocalDate day, Ratings ratings) {
      this.day = day;
      this.ratings = ratings;
    }

    /** The new check-in's id (a random one otherwise). */
    public Builder id(CheckInId checkIn) {
      this.id = checkIn;
      return this;
    }

    /** The partner shared something vulnerable. */
    public Builder sharedSomethingVulnerable() {
      this.vulnerable = true;
      return this;
    }

    /** The partner was triggered. */
    public Builder triggered() {
      this.triggered = true;
      return this;
    }

    /** How many reactive outbursts (0–50). */
    public Builder outbursts(int count) {
      this.outbursts = count;
      return this;
    }

    /** A note, private unless {@link #shareNote()} is called too. */
    public Builder note(String text) {
      this.note = text;
      return this;
    }

    /** Shares the note with the other partner. */
    public Builder shareNote() {
      this.noteVisibility = Visibility.SHARED;
      return this;
    }

    /** Keeps the whole check-in, ratings included, to its author. */
    public Builder privately() {
      this.visibility = Visibility.PRIVATE;
      this.noteVisibility = Visibility.PRIVATE;
      return this;
    }

    /** The partner is not safe, or is thinking of harming themself: all of it stays private. */
    public Builder crisis() {
      this.crisis = true;
      return this;
    }

    /** The command. @throws IllegalArgumentException for outbursts out of range, a long note */
    public RecordCheckIn build() {
      return new RecordCheckIn(
          id,
          day,
          ratings,
          vulnerable,
          triggered,
          outbursts,
          note,
          noteVisibility,
          visibility,
          crisis);
    }
  }
}
