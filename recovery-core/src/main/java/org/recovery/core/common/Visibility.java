package org.recovery.core.common;

/** Who may see an entry of the journey. */
public enum Visibility {
  /** Both partners see it. */
  SHARED,
  /** Only the partner who wrote it sees it; nothing derived from it reaches the other partner. */
  PRIVATE
}
