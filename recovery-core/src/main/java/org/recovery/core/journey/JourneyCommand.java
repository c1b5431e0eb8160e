package org.recovery.core.journey;

/**
 * Something a partner asks the journey to do. A command is checked against the journey's history
 * and its recovery model ({@link org.recovery.core.Journeys#execute}, or {@code
 * org.recovery.core.progress.Progression#decide}); it yields events or a refusal. Commands that
 * create something carry the new thing's id, so a retried command creates nothing twice.
 *
 * <p>A command's constructor checks what can be checked without the journey (lengths, ranges,
 * nulls) and throws {@link IllegalArgumentException} or {@link NullPointerException} naming the
 * field; the rules that need the journey refuse with a {@link org.recovery.core.common.Rejection}.
 */
public sealed interface JourneyCommand
    permits LifecycleCommand,
        BetrayalCommand,
        CommitmentCommand,
        CheckInCommand,
        SetbackCommand,
        BoundaryCommand,
        PersonalCommand,
        StageCommand {}
