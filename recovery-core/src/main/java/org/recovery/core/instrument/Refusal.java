package org.recovery.core.instrument;

import java.util.Objects;

/**
 * A response set that cannot be scored, naming the item at fault.
 *
 * @param problem what is wrong
 * @param item the id of the item at fault (for an unknown item, the id as given)
 * @param message a sentence for the respondent that names the item and the rule
 */
public record Refusal(Problem problem, String item, String message) implements ScoringResult {

  /** What is wrong with a response set. */
  public enum Problem {
    /** An item has no answer; every item needs one. */
    MISSING_ANSWER,
    /** An answer lies outside its item's scale. */
    OUTSIDE_SCALE,
    /** An answer names an item the instrument does not have. */
    UNKNOWN_ITEM
  }

  /** Validates the refusal. */
  public Refusal {
    Objects.requireNonNull(problem, "problem must not be null");
    Objects.requireNonNull(item, "item must not be null");
    message = Names.text("message", message);
  }
}
