package org.recovery.core.journey;

import java.util.List;
import java.util.Objects;

/**
 * A journey's events together with the state they fold to: what a decision is made against. Made
 * only by folding events ({@link #of}, {@link #append}), so the state always matches the events;
 * immutable. Bring your own store: read the events, {@code JourneyHistory.of(events)}, decide with
 * {@code Progression.decide}, store the accepted events and {@link #append} them.
 */
public final class JourneyHistory {
  private final EventLog events;
  private final JourneyState state;

  private JourneyHistory(EventLog events, JourneyState state) {
    this.events = events;
    this.state = state;
  }

  /**
   * Folds a whole history.
   *
   * @param events the journey's events, oldest first; the first must be the journey's start
   * @throws IllegalArgumentException if the history is empty or does not begin with the start
   * @throws IllegalStateException if a later event does not fit the state (a corrupt history)
   */
  public static JourneyHistory of(List<? extends JourneyEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    EventLog copy = EventLog.of(events);
    return new JourneyHistory(copy, Journey.replay(copy));
  }

  /**
   * The history of {@code events} whose state is {@code folds.full()}, folded before ({@link
   * JourneyFolds#of}, {@link JourneyFolds#then}) and not folded again.
   *
   * @param events the journey's events, oldest first
   * @param folds the folds of exactly {@code events}
   * @throws IllegalArgumentException if {@code folds} are of another number of events
   */
  public static JourneyHistory of(List<? extends JourneyEvent> events, JourneyFolds folds) {
    Objects.requireNonNull(events, "events must not be null");
    Objects.requireNonNull(folds, "folds must not be null");
    if (folds.full().version() != events.size()) {
      throw new IllegalArgumentException(
          "the folds are of "
              + folds.full().version()
              + " events, the history has "
              + events.size());
    }
    return new JourneyHistory(EventLog.of(events), folds.full());
  }

  /**
   * This history followed by {@code more}, folded onto the current state (not replayed).
   *
   * @throws IllegalStateException if an event does not fit the state
   */
  public JourneyHistory append(List<? extends JourneyEvent> more) {
    Objects.requireNonNull(more, "more must not be null");
    if (more.isEmpty()) {
      return this;
    }
    JourneyState next = state;
    for (JourneyEvent e : more) {
      next = Journey.apply(next, Objects.requireNonNull(e, "an appended event is null"));
    }
    return new JourneyHistory(events.append(more), next);
  }

  /** The events, oldest first; unmodifiable. */
  public List<JourneyEvent> events() {
    return events;
  }

  /** The state the events fold to. */
  public JourneyState state() {
    return state;
  }

  /** How many events there are: the version of the last one. */
  public long version() {
    return state.version();
  }
}
