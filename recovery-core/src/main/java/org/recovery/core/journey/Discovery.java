package org.recovery.core.journey;

/** How a betrayal came to light. */
public enum Discovery {
  /** The hurt partner found out. */
  DISCOVERED,
  /** The involved partner told. */
  DISCLOSED
}
