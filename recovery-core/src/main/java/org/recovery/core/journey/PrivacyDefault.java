package org.recovery.core.journey;

import java.util.Objects;
import org.recovery.core.common.Visibility;

/**
 * Who sees each kind of entry unless its author chooses otherwise: one table for every app, the
 * more private where in doubt. Apps offer the choice where there is one; they never decide the
 * default themselves. docs/concepts.md shows the table.
 */
public enum PrivacyDefault {
  /**
   * A check-in's ratings and answers: shared, because the couple's progress (and every gate) rests
   * on what both can see; the author may keep one private.
   */
  CHECK_IN(Visibility.SHARED, true),
  /** The note of a check-in: private; the author may share it. */
  CHECK_IN_NOTE(Visibility.PRIVATE, true),
  /** A couples therapy session: shared, since both took part; the author may keep it private. */
  COUPLES_THERAPY(Visibility.SHARED, true),
  /** An individual therapy session: private; the author may share it. */
  INDIVIDUAL_THERAPY(Visibility.PRIVATE, true),
  /** A questionnaire's answers: private; the author may share them. */
  QUESTIONNAIRE(Visibility.PRIVATE, true),
  /** A step in forgiving: private; the hurt partner may share it. */
  FORGIVENESS(Visibility.PRIVATE, true),
  /** A journal entry: always private. */
  JOURNAL(Visibility.PRIVATE, false),
  /** A consent declaration: always private (only the lower of the two levels is shared). */
  CONSENT(Visibility.PRIVATE, false),
  /** A safety screening: always private. */
  SAFETY_SCREENING(Visibility.PRIVATE, false),
  /** A crisis flag, and everything recorded with it: always private. */
  CRISIS(Visibility.PRIVATE, false);

  private final Visibility visibility;
  private final boolean choosable;

  PrivacyDefault(Visibility visibility, boolean choosable) {
    this.visibility = visibility;
    this.choosable = choosable;
  }

  /** Who sees an entry of this kind unless its author chooses otherwise. */
  public Visibility visibility() {
    return visibility;
  }

  /** Whether the author may choose; if not, the entry is always private. */
  public boolean choosable() {
    return choosable;
  }

  /** The default of a therapy session of {@code kind}. */
  public static PrivacyDefault therapy(TherapyKind kind) {
    Objects.requireNonNull(kind, "kind must not be null");
    return kind == TherapyKind.COUPLES ? COUPLES_THERAPY : INDIVIDUAL_THERAPY;
  }
}
