package org.recovery.core.setback;

/** How much a setback shook the relationship. */
public enum Severity {
  /** Hard, but talked through within the day. */
  MINOR,
  /** Shook trust for days. */
  MODERATE,
  /** Damaged trust badly; may move the couple back a stage. */
  SEVERE
}
