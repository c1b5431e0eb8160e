package org.recovery.persistence.codec;

import java.util.List;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.CommitmentEvent.CommitmentAccepted;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentDeclined;
import org.recovery.core.journey.CommitmentEvent.CommitmentPaused;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.CommitmentEvent.CommitmentRetired;
import org.recovery.core.journey.CommitmentEvent.CommitmentRevised;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;

/** The stored form of the commitment and occurrence events. */
final class CommitmentTypes {
  private CommitmentTypes() {}

  static List<EventType<?>> all() {
    return List.of(
        EventType.of(
            "commitment.proposed",
            1,
            CommitmentProposed.class,
            (e, w) ->
                id(w, e.commitment())
                    .uuid("owner", e.owner().value())
                    .text("title", e.title())
                    .enumeration("category", e.category())
                    .enumeration("cost", e.cost())
                    .cadence("cadence", e.cadence())
                    .enumeration("verification", e.verification()),
            r ->
                new CommitmentProposed(
                    id(r),
                    new PartnerId(r.uuid("owner")),
                    r.text("title"),
                    r.enumeration("category", CommitmentCategory.class),
                    r.enumeration("cost", Cost.class),
                    r.cadence("cadence"),
                    r.enumeration("verification", Verification.class),
                    r.by(),
                    r.at())),
        EventType.of(
            "commitment.accepted",
            1,
            CommitmentAccepted.class,
            (e, w) -> id(w, e.commitment()),
            r -> new CommitmentAccepted(id(r), r.by(), r.at())),
        EventType.of(
            "commitment.declined",
            1,
            CommitmentDeclined.class,
            (e, w) -> id(w, e.commitment()),
            r -> new CommitmentDeclined(id(r), r.by(), r.at())),
        EventType.of(
            "commitment.activated",
            1,
            CommitmentActivated.class,
            (e, w) -> id(w, e.commitment()).date("from", e.from()),
            r -> new CommitmentActivated(id(r), r.date("from"), r.by(), r.at())),
        EventType.of(
            "commitment.revised",
            1,
            CommitmentRevised.class,
            (e, w) ->
                id(w, e.commitment())
                    .cadence("cadence", e.cadence())
                    .enumeration("verification", e.verification())
                    .date("effectiveFrom", e.effectiveFrom()),
            r ->
                new CommitmentRevised(
                    id(r),
                    r.cadence("cadence"),
                    r.enumeration("verification", Verification.class),
                    r.date("effectiveFrom"),
                    r.by(),
                    r.at())),
        EventType.of(
            "commitment.paused",
            1,
            CommitmentPaused.class,
            (e, w) -> id(w, e.commitment()).date("from", e.from()).date("until", e.until()),
            r -> new CommitmentPaused(id(r), r.date("from"), r.date("until"), r.by(), r.at())),
        EventType.of(
            "commitment.retired",
            1,
            CommitmentRetired.class,
            (e, w) -> id(w, e.commitment()).date("effectiveFrom", e.effectiveFrom()),
            r -> new CommitmentRetired(id(r), r.date("effectiveFrom"), r.by(), r.at())),
        EventType.of(
            "commitment.occurrence-reported",
            1,
            OccurrenceReported.class,
            (e, w) -> id(w, e.commitment()).date("day", e.day()).enumeration("kind", e.kind()),
            r ->
                new OccurrenceReported(
                    id(r), r.date("day"), r.enumeration("kind", ReportKind.class), r.by(), r.at())),
        EventType.of(
            "commitment.occurrence-confirmed",
            1,
            OccurrenceConfirmed.class,
            (e, w) -> id(w, e.commitment()).date("day", e.day()),
            r -> new OccurrenceConfirmed(id(r), r.date("day"), r.by(), r.at())),
        EventType.of(
            "commitment.occurrence-disputed",
            1,
            OccurrenceDisputed.class,
            (e, w) -> id(w, e.commitment()).date("day", e.day()),
            r -> new OccurrenceDisputed(id(r), r.date("day"), r.by(), r.at())));
  }

  private static EventWriter id(EventWriter w, CommitmentId id) {
    return w.uuid("commitment", id.value());
  }

  private static CommitmentId id(EventReader r) {
    return new CommitmentId(r.uuid("commitment"));
  }
}
