/**
 * The journey: one couple's recovery, the aggregate root. Its state is a fold over an append-only
 * list of {@link org.recovery.core.journey.JourneyEvent events}; a {@link
 * org.recovery.core.journey.JourneyCommand command} is checked against the state and yields new
 * events or a {@link org.recovery.core.common.Rejection}. Every read goes through a {@link
 * org.recovery.core.journey.JourneyView} for one partner.
 */
package org.recovery.core.journey;
