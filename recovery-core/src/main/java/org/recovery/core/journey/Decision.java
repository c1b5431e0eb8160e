package org.recovery.core.journey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.Rejection;

/** What deciding a command returns: the new events, or the refusal. */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

  /** Whether the command was accepted. */
  boolean isAccepted();

  /** The new events; empty when rejected. */
  List<JourneyEvent> events();

  /** The refusal; empty when accepted. */
  Optional<Rejection> rejection();

  /**
   * The command was accepted and yields these events.
   *
   * @param events the new events, at least one
   */
  record Accepted(List<JourneyEvent> events) implements Decision {
    /** Validates the decision. @throws IllegalArgumentException if there are no events */
    public Accepted {
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("an accepted command yields at least one event");
      }
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.empty();
    }
  }

  /**
   * The command was refused; nothing changes.
   *
   * @param reason which rule refused it, and why
   */
  record Rejected(Rejection reason) implements Decision {
    /** Validates the decision. */
    public Rejected {
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public List<JourneyEvent> events() {
      return List.of();
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.of(reason);
    }
  }
}
