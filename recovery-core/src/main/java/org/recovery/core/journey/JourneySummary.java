package org.recovery.core.journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * Who a stored journey is between, and where it stands in its life: what an app needs after a
 * restart to find its partners, without reading events itself.
 *
 * @param id the journey
 * @param first the partner who started it
 * @param second the other partner
 * @param zone the couple's time zone
 * @param startedAt when it started
 * @param version how many events it holds
 * @param outcome how it ended, once it has
 * @param model the recovery model and version it follows; empty if it started before models were
 *     recorded
 */
public record JourneySummary(
    JourneyId id,
    Partner first,
    Partner second,
    ZoneId zone,
    Instant startedAt,
    long version,
    Optional<JourneyOutcome> outcome,
    Optional<ModelRef> model) {

  /** Validates the summary. */
  public JourneySummary {
    Fields.require(
        "id",
        id,
        "first",
        first,
        "second",
        second,
        "zone",
        zone,
        "startedAt",
        startedAt,
        "outcome",
        outcome,
        "model",
        model);
  }

  /** The summary of {@code state}. */
  public static JourneySummary of(JourneyState state) {
    Objects.requireNonNull(state, "state must not be null");
    return new JourneySummary(
        state.id(),
        state.first(),
        state.second(),
        state.zone(),
        state.startedAt(),
        state.version(),
        state.outcome(),
        state.model());
  }

  /** The partner named {@code name} (exactly, as they were named), if one of the two is. */
  public Optional<Partner> partnerNamed(String name) {
    return first.name().equals(name)
        ? Optional.of(first)
        : second.name().equals(name) ? Optional.of(second) : Optional.empty();
  }

  /** Whether {@code partner} is one of the two. */
  public boolean isPartner(PartnerId partner) {
    return first.id().equals(partner) || second.id().equals(partner);
  }
}
