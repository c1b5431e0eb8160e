package org.recovery.core.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;

/**
 * The three folds a progress report reads, made in one pass over the history: the whole journey,
 * the view of one partner, and the state of the shared events alone. Equal to {@link
 * Journey#replay} of the history, {@link JourneyView#of} and {@link Journey#replay} of the shared
 * events, each made on its own.
 *
 * @param full the fold of every event
 * @param view what {@code viewer} may see, and its fold
 * @param shared the fold of the shared events
 */
public record JourneyFolds(JourneyState full, JourneyView view, JourneyState shared) {

  /** Validates the folds. */
  public JourneyFolds {
    Objects.requireNonNull(full, "full must not be null");
    Objects.requireNonNull(view, "view must not be null");
    Objects.requireNonNull(shared, "shared must not be null");
  }

  /**
   * The folds of {@code history} for {@code viewer}.
   *
   * @param history every event of the journey, oldest first
   * @throws IllegalArgumentException if the history does not begin with {@link
   *     LifecycleEvent.JourneyStarted}, or {@code viewer} is not a partner
   */
  public static JourneyFolds of(List<? extends JourneyEvent> history, PartnerId viewer) {
    Objects.requireNonNull(viewer, "viewer must not be null");
    if (history.isEmpty()
        || !(history.get(0) instanceof LifecycleEvent.JourneyStarted started)
        || started.visibility() != Visibility.SHARED) {
      throw new IllegalArgumentException("a journey's history must begin with JourneyStarted");
    }
    JourneyState[] folds =
        Evolution.replayThree(Journey.begin(started), history.subList(1, history.size()), viewer);
    if (!folds[0].isPartner(viewer)) {
      throw new IllegalArgumentException(viewer + " is not a partner of journey " + folds[0].id());
    }
    List<JourneyEvent> visible =
        history.stream().filter(e -> e.isVisibleTo(viewer)).map(JourneyEvent.class::cast).toList();
    return new JourneyFolds(
        folds[0],
        new JourneyView(viewer, visible, folds[1], folds[0].consent().effective()),
        folds[2]);
  }

  /**
   * These folds followed by {@code more}, the journey's next events, folded onto them in one pass
   * (not replayed): equal to {@link #of} the whole history, at the cost of the new events only.
   *
   * @param more the events after the last one folded here, oldest first
   * @throws IllegalStateException if an event does not fit the state
   */
  public JourneyFolds then(List<? extends JourneyEvent> more) {
    Objects.requireNonNull(more, "more must not be null");
    if (more.isEmpty()) {
      return this;
    }
    PartnerId viewer = view.viewer();
    JourneyState[] folds = Evolution.replayThree(full, view.state(), shared, more, viewer);
    List<JourneyEvent> visible = new ArrayList<>(view.events().size() + more.size());
    visible.addAll(view.events());
    for (JourneyEvent event : more) {
      if (Objects.requireNonNull(event, "a following event is null").isVisibleTo(viewer)) {
        visible.add(event);
      }
    }
    return new JourneyFolds(
        folds[0],
        new JourneyView(viewer, visible, folds[1], folds[0].consent().effective()),
        folds[2]);
  }
}
