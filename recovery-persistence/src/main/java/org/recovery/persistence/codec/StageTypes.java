package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.StageEvent.AdvanceAgreed;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;

/** The stored form of the movements between stages. */
final class StageTypes {
  private StageTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "stage.advance-agreed",
            1,
            AdvanceAgreed.class,
            (e, w) -> w.text("from", e.from().value()).text("to", e.to().value()),
            r -> new AdvanceAgreed(r.stage("from"), r.stage("to"), r.by(), r.at())),
        EventType.of(
            "stage.advanced",
            1,
            StageAdvanced.class,
            (e, w) -> w.text("from", e.from().value()).text("to", e.to().value()),
            r -> new StageAdvanced(r.stage("from"), r.stage("to"), r.by(), r.at())),
        EventType.of(
            "stage.moved-back",
            1,
            StageMovedBack.class,
            (e, w) ->
                w.text("from", e.from().value())
                    .text("to", e.to().value())
                    .enumeration("cause", e.cause())
                    .text("reference", e.reference()),
            r ->
                new StageMovedBack(
                    r.stage("from"),
                    r.stage("to"),
                    r.enumeration("cause", MoveBackCause.class),
                    r.text("reference"),
                    r.by(),
                    r.at())));
  }
}
