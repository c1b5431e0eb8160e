package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.BetrayalEvent.BetrayalRecorded;
import org.recovery.core.journey.BetrayalEvent.FeelingHeardRecorded;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.HeardLevel;

/** The stored form of the betrayal events. */
final class BetrayalTypes {
  private BetrayalTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "betrayal.recorded",
            1,
            BetrayalRecorded.class,
            (e, w) ->
                w.uuid("betrayal", e.betrayal().value())
                    .enumeration("kind", e.kind())
                    .uuid("hurtPartner", e.hurtPartner().value())
                    .uuid("involvedPartner", e.involvedPartner().value())
                    .enumeration("cameToLight", e.cameToLight())
                    .date("on", e.on()),
            r ->
                new BetrayalRecorded(
                    new BetrayalId(r.uuid("betrayal")),
                    r.enumeration("kind", BetrayalKind.class),
                    new PartnerId(r.uuid("hurtPartner")),
                    new PartnerId(r.uuid("involvedPartner")),
                    r.enumeration("cameToLight", Discovery.class),
                    r.date("on"),
                    r.by(),
                    r.at())),
        EventType.of(
            "betrayal.responsibility-taken",
            1,
            ResponsibilityTaken.class,
            (e, w) -> w.uuid("betrayal", e.betrayal().value()).text("statement", e.statement()),
            r ->
                new ResponsibilityTaken(
                    new BetrayalId(r.uuid("betrayal")), r.text("statement"), r.by(), r.at())),
        EventType.of(
            "betrayal.feeling-heard-recorded",
            1,
            FeelingHeardRecorded.class,
            (e, w) -> w.uuid("betrayal", e.betrayal().value()).enumeration("level", e.level()),
            r ->
                new FeelingHeardRecorded(
                    new BetrayalId(r.uuid("betrayal")),
                    r.enumeration("level", HeardLevel.class),
                    r.by(),
                    r.at())));
  }
}
