package org.recovery.core.commitment;

/**
 * How much a trust-building behaviour asks of the partner who does it, after Spring's low-cost and
 * high-cost trust-building behaviours. High-cost behaviours weigh more in reliability scores.
 */
public enum Cost {
  /** An everyday gesture: a call during the day, an itinerary, a compliment. */
  LOW,
  /** A real sacrifice: therapy, showing statements, changing a job or routine. */
  HIGH
}
