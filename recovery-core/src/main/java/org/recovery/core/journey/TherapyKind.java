package org.recovery.core.journey;

/** Kinds of therapy session. */
public enum TherapyKind {
  /** Both partners together with a therapist. */
  COUPLES,
  /** One partner alone with their own therapist. */
  INDIVIDUAL
}
