package org.recovery.core.setback;

/** What kind of setback happened. */
public enum SetbackKind {
  /** A trigger or flashback of the hurt partner. Nobody's fault; a normal part of healing. */
  TRIGGER,
  /** A conflict between the partners. */
  CONFLICT,
  /** A commitment was not kept. */
  COMMITMENT_LAPSE,
  /** A new lie or hidden fact came to light. Always severe. */
  NEW_DECEPTION,
  /** Contact with an affair partner was renewed. Always severe. */
  RENEWED_CONTACT;

  /** Whether setbacks of this kind are always severe: new deception and renewed contact. */
  public boolean isAlwaysSevere() {
    return this == NEW_DECEPTION || this == RENEWED_CONTACT;
  }

  /** Whether this kind is never anybody's fault. */
  public boolean isNobodysFault() {
    return this == TRIGGER;
  }
}
