package org.recovery.web.auth;

import java.util.Objects;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * One partner's log-in: the keyed hash of their login name (the name itself is not stored), the
 * journey and partner it opens, and the hash of their passphrase.
 *
 * @param nameKey {@link LoginNames#key} of the login name
 * @param journey the journey
 * @param partner the partner in it
 * @param passphraseHash {@link Passphrases#hash} of the passphrase
 */
public record Account(String nameKey, JourneyId journey, PartnerId partner, String passphraseHash) {

  /** Validates the account. */
  public Account {
    Objects.requireNonNull(nameKey, "nameKey must not be null");
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(passphraseHash, "passphraseHash must not be null");
  }
}
