/**
 * A seeded simulation of a couple's recovery after an affair, driven day by day through {@link
 * org.recovery.core.Journeys}: realistic sample data for demos, tests and benchmarks. The same
 * {@link org.recovery.core.simulation.Simulation.Options} always give the same events.
 * docs/simulation.md describes what the simulated couple does and when.
 */
package org.recovery.core.simulation;
