package org.recovery.core.instrument;

/**
 * The score of one subscale.
 *
 * @param subscale the subscale's id
 * @param value its score
 */
public record SubscaleScore(String subscale, double value) {

  /** Validates the score. */
  public SubscaleScore {
    Names.id("subscale", subscale);
    Names.finite("score of subscale " + subscale, value);
  }
}
