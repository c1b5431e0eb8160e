package org.recovery.core.instrument;

/** Whether the library ships an instrument's item wording. */
public enum WordingLicence {
  /** The authors' terms clearly allow the wording to ship; the items carry it. */
  SHIPPED,
  /**
   * The library ships ids and scoring only: the wording's licence is unclear or restrictive, so the
   * embedding app supplies it from its own licensed copy ({@link Instrument#withWording}).
   */
  SCORING_ONLY
}
