package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;

/**
 * The stored form of check-ins. Schema 2 added the {@code note}; see {@link CheckInV1ToV2} for how
 * a schema-1 check-in is read.
 */
final class CheckInTypes {
  private CheckInTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "checkin.recorded",
            2,
            CheckInRecorded.class,
            (e, w) ->
                w.uuid("checkIn", e.checkIn().value())
                    .date("day", e.day())
                    .integer("emotionalSafety", e.emotionalSafety())
                    .integer("trust", e.trust())
                    .integer("closeness", e.closeness())
                    .integer("hope", e.hope())
                    .bool("sharedSomethingVulnerable", e.sharedSomethingVulnerable())
                    .bool("triggered", e.triggered())
                    .integer("reactiveOutbursts", e.reactiveOutbursts())
                    .text("note", e.note())
                    .enumeration("visibility", e.visibility()),
            r ->
                new CheckInRecorded(
                    new CheckInId(r.uuid("checkIn")),
                    r.date("day"),
                    r.integer("emotionalSafety"),
                    r.integer("trust"),
                    r.integer("closeness"),
                    r.integer("hope"),
                    r.bool("sharedSomethingVulnerable"),
                    r.bool("triggered"),
                    r.integer("reactiveOutbursts"),
                    r.text("note"),
                    r.enumeration("visibility", Visibility.class),
                    r.by(),
                    r.at())));
  }
}
