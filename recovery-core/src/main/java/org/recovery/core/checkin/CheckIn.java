package org.recovery.core.checkin;

import java.time.LocalDate;
import java.util.Objects;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;

/**
 * One partner's check-in for one day.
 *
 * @param id the check-in's id
 * @param partner who checked in
 * @param day the day it is about, in the couple's time zone
 * @param ratings the four ratings
 * @param sharedSomethingVulnerable whether the partner shared something vulnerable that day
 * @param triggered whether the partner was triggered (a reminder of the betrayal hit hard)
 * @param reactiveOutbursts how many times the partner reacted in anger or panic
 * @param visibility whether the other partner sees the check-in
 */
public record CheckIn(
    CheckInId id,
    PartnerId partner,
    LocalDate day,
    Ratings ratings,
    boolean sharedSomethingVulnerable,
    boolean triggered,
    int reactiveOutbursts,
    Visibility visibility) {

  /** The most outbursts one check-in may record. */
  public static final int MAX_OUTBURSTS = 50;

  /** Validates the check-in. @throws IllegalArgumentException if outbursts are out of range */
  public CheckIn {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(ratings, "ratings must not be null");
    checkOutbursts(reactiveOutbursts);
    Objects.requireNonNull(visibility, "visibility must not be null");
  }

  /**
   * Validates a count of reactive outbursts.
   *
   * @throws IllegalArgumentException if it is negative or above {@value #MAX_OUTBURSTS}
   */
  public static int checkOutbursts(int count) {
    if (count < 0 || count > MAX_OUTBURSTS) {
      throw new IllegalArgumentException(
          "reactive outbursts must be between 0 and " + MAX_OUTBURSTS + ", was " + count);
    }
    return count;
  }
}
