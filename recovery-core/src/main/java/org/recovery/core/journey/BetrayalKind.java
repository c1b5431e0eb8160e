package org.recovery.core.journey;

/** The kinds of betrayal the library knows. */
public enum BetrayalKind {
  /** A sexual affair. */
  SEXUAL_AFFAIR,
  /** An emotional affair: secrecy, emotional intimacy and attraction with someone else. */
  EMOTIONAL_AFFAIR,
  /** Compulsive pornography use or other compulsive sexual behaviour, kept hidden. */
  COMPULSIVE_SEXUAL_BEHAVIOUR,
  /** Hidden debts, spending or accounts. */
  FINANCIAL_DECEPTION,
  /** A serious promise broken. */
  BROKEN_PROMISE,
  /** Any other deception. */
  OTHER_DECEPTION;

  /** Whether the betrayal involves an affair partner, so a no-contact commitment applies. */
  public boolean involvesAffairPartner() {
    return this == SEXUAL_AFFAIR || this == EMOTIONAL_AFFAIR;
  }
}
