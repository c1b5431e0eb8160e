package org.recovery.core.journey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.ConsentLevel;

/**
 * A journey as one partner may see it: the shared events and the partner's own private ones, and
 * the state folded from exactly those. Nothing private to the other partner is in it, nor anything
 * derived from it, with one deliberate exception: the effective consent level, which is the lower
 * of the two partners' private declarations and is what both partners live by.
 *
 * @param viewer the partner whose view this is
 * @param events the events the viewer may see, oldest first
 * @param state the fold of {@code events}
 * @param effectiveConsent the lower of the two partners' consent levels
 */
public record JourneyView(
    PartnerId viewer,
    List<JourneyEvent> events,
    JourneyState state,
    ConsentLevel effectiveConsent) {

  /** Validates the view. */
  public JourneyView {
    Fields.require("viewer", viewer, "state", state, "effectiveConsent", effectiveConsent);
    events = List.copyOf(events);
  }

  /**
   * The view of {@code viewer} on a journey's full history.
   *
   * @param history every event of the journey, oldest first
   * @throws IllegalArgumentException if the history is empty or {@code viewer} is not a partner
   */
  public static JourneyView of(List<? extends JourneyEvent> history, PartnerId viewer) {
    Objects.requireNonNull(viewer, "viewer must not be null");
    JourneyState full = Journey.replay(history);
    if (!full.isPartner(viewer)) {
      throw new IllegalArgumentException(viewer + " is not a partner of journey " + full.id());
    }
    List<JourneyEvent> visible =
        history.stream().filter(e -> e.isVisibleTo(viewer)).map(JourneyEvent.class::cast).toList();
    return new JourneyView(viewer, visible, Journey.replay(visible), full.consent().effective());
  }

  /** The viewer. */
  public Partner me() {
    return state.partner(viewer);
  }

  /** The other partner. */
  public Partner partner() {
    return state.other(viewer);
  }

  /** The consent level the viewer declared, if any. */
  public Optional<ConsentLevel> myConsent() {
    return state.consent().of(viewer);
  }

  /** Whether the viewer's own latest safety screening flags a concern. */
  public boolean mySafetyConcern() {
    return state.safety().concernStandsFor(viewer);
  }
}
