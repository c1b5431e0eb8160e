package org.recovery.core.journey;

/**
 * Commands about stages, decided with the journey's recovery model like every command (through
 * {@link org.recovery.core.Journeys} or {@code org.recovery.core.progress.Progression#decide}).
 */
public sealed interface StageCommand extends JourneyCommand {

  /** A hurt partner agrees to move on to the next stage, once its gates are met. */
  record AgreeToAdvance() implements StageCommand {}
}
