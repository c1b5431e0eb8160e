package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyEnded;
import org.recovery.core.journey.LifecycleEvent.JourneyPaused;
import org.recovery.core.journey.LifecycleEvent.JourneyResumed;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.LifecycleEvent.ModelFollowed;

/** The stored form of the journey's lifecycle events. */
final class LifecycleTypes {
  private LifecycleTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "journey.started",
            2,
            JourneyStarted.class,
            (e, w) ->
                w.uuid("journey", e.journey().value())
                    .uuid("firstPartner", e.firstPartner().value())
                    .text("firstName", e.firstName())
                    .uuid("secondPartner", e.secondPartner().value())
                    .text("secondName", e.secondName())
                    .zone("zone", e.zone())
                    .integer("coolingOffDays", e.coolingOffDays())
                    .integer("reportGraceHours", e.reportGraceHours())
                    .text("modelId", e.modelId())
                    .integer("modelVersion", e.modelVersion()),
            r ->
                new JourneyStarted(
                    new JourneyId(r.uuid("journey")),
                    new PartnerId(r.uuid("firstPartner")),
                    r.text("firstName"),
                    new PartnerId(r.uuid("secondPartner")),
                    r.text("secondName"),
                    r.zone("zone"),
                    r.integer("coolingOffDays"),
                    r.integer("reportGraceHours"),
                    r.text("modelId"),
                    r.integer("modelVersion"),
                    r.by(),
                    r.at())),
        EventType.of(
            "journey.model-followed",
            1,
            ModelFollowed.class,
            (e, w) -> w.text("modelId", e.modelId()).integer("modelVersion", e.modelVersion()),
            r -> new ModelFollowed(r.text("modelId"), r.integer("modelVersion"), r.by(), r.at())),
        EventType.of(
            "journey.decided-to-try",
            1,
            DecidedToTry.class,
            (e, w) -> {},
            r -> new DecidedToTry(r.by(), r.at())),
        EventType.of(
            "journey.paused",
            1,
            JourneyPaused.class,
            (e, w) -> w.date("from", e.from()),
            r -> new JourneyPaused(r.date("from"), r.by(), r.at())),
        EventType.of(
            "journey.resumed",
            1,
            JourneyResumed.class,
            (e, w) -> w.date("on", e.on()),
            r -> new JourneyResumed(r.date("on"), r.by(), r.at())),
        EventType.of(
            "journey.ended",
            1,
            JourneyEnded.class,
            (e, w) -> w.enumeration("outcome", e.outcome()),
            r -> new JourneyEnded(r.enumeration("outcome", JourneyOutcome.class), r.by(), r.at())));
  }
}
