package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.DayCountersChosen;
import org.recovery.core.journey.PersonalEvent.ForgivenessRecorded;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.safety.ScreeningAnswers;

/**
 * The stored form of one partner's own entries: consent, safety, journal, crisis, therapy,
 * forgiveness, preferences and questionnaires.
 */
final class PersonalTypes {
  private PersonalTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "consent.declared",
            1,
            ConsentDeclared.class,
            (e, w) -> w.enumeration("level", e.level()),
            r -> new ConsentDeclared(r.enumeration("level", ConsentLevel.class), r.by(), r.at())),
        EventType.of(
            "safety.screening-completed",
            2,
            SafetyScreeningCompleted.class,
            (e, w) ->
                w.text("screen", e.answers().screen()).booleans("answers", e.answers().answers()),
            r ->
                new SafetyScreeningCompleted(
                    new ScreeningAnswers(r.text("screen"), r.booleans("answers")), r.by(), r.at())),
        EventType.of(
            "journal.entry-written",
            1,
            JournalEntryWritten.class,
            (e, w) -> w.date("day", e.day()).text("text", e.text()),
            r -> new JournalEntryWritten(r.date("day"), r.text("text"), r.by(), r.at())),
        EventType.of(
            "crisis.flagged",
            1,
            CrisisFlagged.class,
            (e, w) -> w.date("day", e.day()),
            r -> new CrisisFlagged(r.date("day"), r.by(), r.at())),
        EventType.of(
            "therapy.session-recorded",
            1,
            TherapySessionRecorded.class,
            (e, w) ->
                w.enumeration("kind", e.kind())
                    .date("day", e.day())
                    .enumeration("visibility", e.visibility()),
            r ->
                new TherapySessionRecorded(
                    r.enumeration("kind", TherapyKind.class),
                    r.date("day"),
                    r.enumeration("visibility", Visibility.class),
                    r.by(),
                    r.at())),
        EventType.of(
            "forgiveness.recorded",
            1,
            ForgivenessRecorded.class,
            (e, w) -> w.enumeration("step", e.step()).enumeration("visibility", e.visibility()),
            r ->
                new ForgivenessRecorded(
                    r.enumeration("step", ForgivenessStep.class),
                    r.enumeration("visibility", Visibility.class),
                    r.by(),
                    r.at())),
        EventType.of(
            "preferences.day-counters-chosen",
            1,
            DayCountersChosen.class,
            (e, w) -> w.bool("shown", e.shown()),
            r -> new DayCountersChosen(r.bool("shown"), r.by(), r.at())),
        EventType.of(
            "instrument.completed",
            1,
            InstrumentCompleted.class,
            (e, w) ->
                w.text("instrument", e.instrument())
                    .integer("instrumentVersion", e.instrumentVersion())
                    .integers("answers", e.answers())
                    .enumeration("visibility", e.visibility()),
            r ->
                new InstrumentCompleted(
                    r.text("instrument"),
                    r.integer("instrumentVersion"),
                    r.integers("answers"),
                    r.enumeration("visibility", Visibility.class),
                    r.by(),
                    r.at())));
  }
}
