/**
 * Indicators: pure, documented functions that turn what a couple recorded into the figures a
 * progress report shows — commitment reliability (a habit-strength score), rating trends, rates of
 * outbursts, triggers and vulnerable sharing, days since a severe setback, and streaks of fully
 * kept days.
 *
 * <p>Every function is deterministic: the same inputs and as-of day always give the same value, and
 * none reads a clock. Each formula is in the Javadoc of its method and in {@code
 * docs/indicators.md}. Recovery is measured over weeks and months, so no indicator jumps on one
 * day's data: reliability moves by at most a small, bounded step per occurrence, and trends and
 * rates are taken over windows of days or weeks.
 *
 * <p>This package depends only on the JDK and on the value packages {@code commitment}, {@code
 * checkin}, {@code setback} and {@code common}; thresholds and weights belong to the recovery model
 * that calls it.
 */
package org.recovery.core.indicator;
