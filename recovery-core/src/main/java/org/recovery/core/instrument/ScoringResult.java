package org.recovery.core.instrument;

/**
 * What {@link Scoring#score} returns: the {@link Score}, or the {@link Refusal} naming the item.
 */
public sealed interface ScoringResult permits Score, Refusal {}
