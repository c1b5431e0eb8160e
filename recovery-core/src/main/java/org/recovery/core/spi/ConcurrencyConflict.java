package org.recovery.core.spi;

import org.recovery.core.common.JourneyId;

/**
 * An append expected a journey at one version and found another: somebody else wrote first. The
 * caller reads again, decides again and retries; nothing of the refused append was stored.
 */
public final class ConcurrencyConflict extends RuntimeException {
  /** The journey whose append conflicted. */
  private final transient JourneyId journey;

  /** The version the writer expected. */
  private final long expectedVersion;

  /** The version found, or -1. */
  private final long actualVersion;

  /**
   * Creates the conflict.
   *
   * @param journey the journey
   * @param expectedVersion the version the writer expected
   * @param actualVersion the version found, or -1 if unknown
   */
  public ConcurrencyConflict(JourneyId journey, long expectedVersion, long actualVersion) {
    super(
        "journey "
            + journey
            + " is at version "
            + (actualVersion < 0 ? "unknown" : Long.toString(actualVersion))
            + ", not at the expected version "
            + expectedVersion);
    this.journey = journey;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The journey. */
  public JourneyId journey() {
    return journey;
  }

  /** The version the writer expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version found, or -1 if the store could not tell. */
  public long actualVersion() {
    return actualVersion;
  }
}
