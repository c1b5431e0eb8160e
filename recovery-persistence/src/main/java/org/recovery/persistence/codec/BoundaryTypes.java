package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeDeclined;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryRevisionProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryWithdrawalProposed;

/** The stored form of the boundary events. */
final class BoundaryTypes {
  private BoundaryTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "boundary.proposed",
            1,
            BoundaryProposed.class,
            (e, w) -> id(w, e.boundary()).enumeration("area", e.area()).text("text", e.text()),
            r ->
                new BoundaryProposed(
                    id(r),
                    r.enumeration("area", BoundaryArea.class),
                    r.text("text"),
                    r.by(),
                    r.at())),
        EventType.of(
            "boundary.revision-proposed",
            1,
            BoundaryRevisionProposed.class,
            (e, w) -> id(w, e.boundary()).integer("revision", e.revision()).text("text", e.text()),
            r ->
                new BoundaryRevisionProposed(
                    id(r), r.integer("revision"), r.text("text"), r.by(), r.at())),
        EventType.of(
            "boundary.withdrawal-proposed",
            1,
            BoundaryWithdrawalProposed.class,
            (e, w) -> id(w, e.boundary()).integer("revision", e.revision()),
            r -> new BoundaryWithdrawalProposed(id(r), r.integer("revision"), r.by(), r.at())),
        EventType.of(
            "boundary.change-agreed",
            1,
            BoundaryChangeAgreed.class,
            (e, w) -> id(w, e.boundary()).integer("revision", e.revision()),
            r -> new BoundaryChangeAgreed(id(r), r.integer("revision"), r.by(), r.at())),
        EventType.of(
            "boundary.change-declined",
            1,
            BoundaryChangeDeclined.class,
            (e, w) -> id(w, e.boundary()).integer("revision", e.revision()),
            r -> new BoundaryChangeDeclined(id(r), r.integer("revision"), r.by(), r.at())));
  }

  private static EventWriter id(EventWriter w, BoundaryId id) {
    return w.uuid("boundary", id.value());
  }

  private static BoundaryId id(EventReader r) {
    return new BoundaryId(r.uuid("boundary"));
  }
}
