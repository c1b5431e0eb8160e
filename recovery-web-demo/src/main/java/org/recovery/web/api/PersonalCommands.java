package org.recovery.web.api;

import static org.recovery.web.api.CommandRoute.change;
import static org.recovery.web.api.CommandRoute.create;
import static org.recovery.web.api.Parse.checked;
import static org.recovery.web.api.Parse.day;
import static org.recovery.web.api.Parse.optional;
import static org.recovery.web.api.Parse.range;
import static org.recovery.web.api.Parse.required;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.FlagCrisis;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.web.api.CommandRoute.Built;

/**
 * The endpoints of one partner's own entries: check-ins, consent, safety, journal, therapy,
 * forgiveness, day counters, questionnaires.
 */
final class PersonalCommands {
  private PersonalCommands() {}

  /**
   * A check-in. Ratings from 0 to 10 are required; {@code visibility} and {@code noteVisibility}
   * are optional, and default to the core's {@link PrivacyDefault} (the check-in shared, its note
   * private).
   */
  record CheckInBody(
      String day,
      Integer emotionalSafety,
      Integer trust,
      Integer closeness,
      Integer hope,
      Boolean sharedSomethingVulnerable,
      Boolean triggered,
      Integer reactiveOutbursts,
      String note,
      Visibility noteVisibility,
      Visibility visibility,
      Boolean crisis) {}

  /** A consent level. */
  record Consent(ConsentLevel level) {}

  /** The four answers of the HARK screen, each required. */
  record Screening(Boolean humiliated, Boolean afraid, Boolean forced, Boolean hurt) {}

  /** A journal entry. */
  record Journal(String day, String text) {}

  /** A crisis flagged on its own: the day it is about. */
  record Crisis(String day) {}

  /** A therapy session. */
  record Therapy(TherapyKind kind, String day, Visibility visibility) {}

  /** A forgiveness step. */
  record Forgiveness(ForgivenessStep step, Visibility visibility) {}

  /** Whether to show day counters. */
  record DayCounters(Boolean shown) {}

  /** A completed questionnaire: its id in the catalogue and the answer to each item by id. */
  record Questionnaire(String instrument, Map<String, Integer> answers, Visibility visibility) {}

  static List<CommandRoute<?>> routes() {
    return List.of(
        create("/check-ins", CheckInBody.class, PersonalCommands::checkIn),
        change(
            "/consent",
            Consent.class,
            (b, p) -> Built.of(new DeclareConsent(required("level", b.level())))),
        change("/safety-screening", Screening.class, PersonalCommands::screening),
        change(
            "/journal",
            Journal.class,
            (b, p) -> {
              var day = day("day", b.day());
              String text = required("text", b.text());
              return Built.of(checked("text", () -> new WriteJournalEntry(day, text)));
            }),
        change("/crisis", Crisis.class, (b, p) -> Built.of(new FlagCrisis(day("day", b.day())))),
        change(
            "/therapy-sessions",
            Therapy.class,
            (b, p) -> {
              TherapyKind kind = required("kind", b.kind());
              return Built.of(
                  new RecordTherapySession(
                      kind,
                      day("day", b.day()),
                      optional(b.visibility(), PrivacyDefault.therapy(kind).visibility())));
            }),
        change(
            "/forgiveness",
            Forgiveness.class,
            (b, p) ->
                Built.of(
                    new RecordForgiveness(
                        required("step", b.step()),
                        optional(b.visibility(), PrivacyDefault.FORGIVENESS.visibility())))),
        change(
            "/day-counters",
            DayCounters.class,
            (b, p) -> Built.of(new ChooseDayCounters(required("shown", b.shown())))),
        change(
            "/questionnaires",
            Questionnaire.class,
            (b, p) -> {
              String instrument = required("instrument", b.instrument());
              Map<String, Integer> answers = required("answers", b.answers());
              Visibility visibility =
                  optional(b.visibility(), PrivacyDefault.QUESTIONNAIRE.visibility());
              return Built.of(
                  checked(
                      "answers", () -> new CompleteInstrument(instrument, answers, visibility)));
            }));
  }

  private static Built checkIn(CheckInBody b, UnaryOperator<String> p) {
    CheckInId id = CheckInId.random();
    var day = day("day", b.day());
    Ratings ratings =
        new Ratings(
            range("emotionalSafety", b.emotionalSafety(), Ratings.MIN, Ratings.MAX),
            range("trust", b.trust(), Ratings.MIN, Ratings.MAX),
            range("closeness", b.closeness(), Ratings.MIN, Ratings.MAX),
            range("hope", b.hope(), Ratings.MIN, Ratings.MAX));
    int outbursts =
        b.reactiveOutbursts() == null
            ? 0
            : range("reactiveOutbursts", b.reactiveOutbursts(), 0, CheckIn.MAX_OUTBURSTS);
    Visibility visibility = optional(b.visibility(), PrivacyDefault.CHECK_IN.visibility());
    String note = optional(b.note(), "");
    Visibility noteVisibility =
        optional(b.noteVisibility(), PrivacyDefault.CHECK_IN_NOTE.visibility());
    return new Built(
        checked(
            "note",
            () ->
                new RecordCheckIn(
                    id,
                    day,
                    ratings,
                    optional(b.sharedSomethingVulnerable(), false),
                    optional(b.triggered(), false),
                    outbursts,
                    note,
                    noteVisibility,
                    visibility,
                    optional(b.crisis(), false))),
        id.toString());
  }

  private static Built screening(Screening b, UnaryOperator<String> p) {
    return Built.of(
        new CompleteSafetyScreening(
            ScreeningAnswers.hark(
                required("humiliated", b.humiliated()), required("afraid", b.afraid()),
                required("forced", b.forced()), required("hurt", b.hurt()))));
  }
}
