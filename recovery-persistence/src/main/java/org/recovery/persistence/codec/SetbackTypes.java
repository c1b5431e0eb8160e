package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRepaired;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/** The stored form of setbacks and their repair. */
final class SetbackTypes {
  private SetbackTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "setback.recorded",
            1,
            SetbackRecorded.class,
            (e, w) ->
                w.uuid("setback", e.setback().value())
                    .enumeration("kind", e.kind())
                    .enumeration("severity", e.severity())
                    .date("day", e.day())
                    .text("description", e.description()),
            r ->
                new SetbackRecorded(
                    new SetbackId(r.uuid("setback")),
                    r.enumeration("kind", SetbackKind.class),
                    r.enumeration("severity", Severity.class),
                    r.date("day"),
                    r.text("description"),
                    r.by(),
                    r.at())),
        EventType.of(
            "setback.repaired",
            1,
            SetbackRepaired.class,
            (e, w) -> w.uuid("setback", e.setback().value()).enumeration("step", e.step()),
            r ->
                new SetbackRepaired(
                    new SetbackId(r.uuid("setback")),
                    r.enumeration("step", RepairStep.class),
                    r.by(),
                    r.at())));
  }
}
