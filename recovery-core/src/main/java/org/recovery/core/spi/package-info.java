/**
 * The storage port: what a durable store of journeys implements ({@link
 * org.recovery.core.spi.EventStore}), its errors, and an in-memory implementation for tests and
 * examples.
 */
package org.recovery.core.spi;
