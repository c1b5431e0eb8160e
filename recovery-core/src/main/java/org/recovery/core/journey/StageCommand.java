package org.recovery.core.journey;

/**
 * Commands about stages. They need a recovery model to decide, so they go through {@code
 * org.recovery.core.progress.Progression} (or {@link org.recovery.core.Journeys}), not {@link
 * Journey#decide}.
 */
public sealed interface StageCommand extends JourneyCommand {

  /** A hurt partner agrees to move on to the next stage, once its gates are met. */
  record AgreeToAdvance() implements StageCommand {}
}
