package org.recovery.core.setback;

/** A step of repair after a setback. */
public enum RepairStep {
  /** The setback was acknowledged without blame or minimising. */
  ACKNOWLEDGED,
  /** The partners talked it through. */
  TALKED_THROUGH
}
