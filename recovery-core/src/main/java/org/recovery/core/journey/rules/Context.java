package org.recovery.core.journey.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.Partner;

/** What every rule needs: the state, who acts, when, and the questionnaires that can be used. */
record Context(JourneyState state, PartnerId actor, Instant now, InstrumentCatalogue instruments) {

  LocalDate today() {
    return state.dayOf(now);
  }

  Partner other() {
    return state.other(actor);
  }

  String name(PartnerId partner) {
    return state.partner(partner).name();
  }

  static Decision accept(JourneyEvent... events) {
    return new Decision.Accepted(List.of(events));
  }

  static Decision accept(List<JourneyEvent> events) {
    return new Decision.Accepted(events);
  }

  static Decision reject(RejectionCode code, String reason) {
    return new Decision.Rejected(Rejection.of(code, reason));
  }

  /** Refuses a day after today, or before the journey began. */
  Decision checkPastOrToday(String what, LocalDate day) {
    if (day.isAfter(today())) {
      return reject(
          RejectionCode.DATE_OUT_OF_RANGE,
          what + " must be today (" + today() + ") or earlier, was " + day + ".");
    }
    return null;
  }

  /** Refuses a day after today or before the day the journey began. */
  Decision checkWithinJourney(String what, LocalDate day) {
    Decision future = checkPastOrToday(what, day);
    if (future != null || !day.isBefore(state.startDay())) {
      return future;
    }
    return reject(
        RejectionCode.DATE_OUT_OF_RANGE,
        what
            + " must not be before the journey"
            + " began ("
            + state.startDay()
            + "), was "
            + day
            + ".");
  }

  /** Whether the journey is on hold: a partner's safety screening shows a concern. */
  boolean held() {
    return state.safety().concernStands();
  }

  /**
   * Refuses something a hold stops. The partner whose own screening shows the concern is told why,
   * in private; anyone else gets the hold's one sentence, which names no cause, and {@code
   * consequence}, which must be the same whoever's screening caused the hold.
   */
  Decision refuseWhileHeld(String consequence, String toTheOneWhoFlagged) {
    return reject(
        RejectionCode.JOURNEY_HELD,
        state.safety().concernStandsFor(actor)
            ? toTheOneWhoFlagged
            : org.recovery.core.safety.Hold.SENTENCE + " " + consequence);
  }

  /** Refuses a day before today. */
  Decision checkTodayOrLater(String what, LocalDate day) {
    if (day.isBefore(today())) {
      return reject(
          RejectionCode.DATE_OUT_OF_RANGE,
          what + " must be today (" + today() + ") or later, was " + day + ".");
    }
    return null;
  }
}
