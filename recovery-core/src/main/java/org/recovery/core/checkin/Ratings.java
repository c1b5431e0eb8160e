package org.recovery.core.checkin;

/**
 * The four ratings of a check-in, each on the fixed scale {@value #MIN} to {@value #MAX}.
 *
 * @param emotionalSafety how safe the partner feels with the other, emotionally
 * @param trust how much they trust the other partner today
 * @param closeness how close they feel
 * @param hope how hopeful they are about the relationship
 */
public record Ratings(int emotionalSafety, int trust, int closeness, int hope) {

  /** The lowest rating. */
  public static final int MIN = 0;

  /** The highest rating. */
  public static final int MAX = 10;

  /** Validates the ratings. @throws IllegalArgumentException if any is outside 0–10 */
  public Ratings {
    check("emotional safety", emotionalSafety);
    check("trust", trust);
    check("closeness", closeness);
    check("hope", hope);
  }

  private static void check(String name, int value) {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          name + " rating must be between " + MIN + " and " + MAX + ", was " + value);
    }
  }

  /** The rating of one {@code kind}. */
  public int of(RatingKind kind) {
    switch (kind) {
      case EMOTIONAL_SAFETY:
        return emotionalSafety;
      case TRUST:
        return trust;
      case CLOSENESS:
        return closeness;
      case HOPE:
        return hope;
      default:
        throw new AssertionError(kind);
    }
  }
}
