package org.recovery.core.progress;

/** Who a practice is for. */
public enum Audience {
  /** Both partners together. */
  COUPLE,
  /** Each partner on their own. */
  EACH_PARTNER,
  /** The partner who was hurt. */
  HURT_PARTNER,
  /** The partner who was involved. */
  INVOLVED_PARTNER
}
