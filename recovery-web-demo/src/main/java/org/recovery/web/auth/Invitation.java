package org.recovery.web.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * A one-time invitation for the second partner of a journey: the hash of its code (the code itself
 * is never stored), the journey and the partner it lets someone become, the login name key that
 * partner will log in with (reserved while the invitation exists), who made it, when it expires,
 * and when it was used.
 *
 * @param codeHash {@link InvitationCodes#hash} of the code
 * @param journey the journey
 * @param partner the partner the code lets its holder become
 * @param nameKey {@link LoginNames#key} of that partner's login name
 * @param invitedBy the partner who made the invitation
 * @param expires the instant from which the code no longer works
 * @param used when the code was used, if it was
 */
public record Invitation(
    String codeHash,
    JourneyId journey,
    PartnerId partner,
    String nameKey,
    PartnerId invitedBy,
    Instant expires,
    Optional<Instant> used) {

  /** Validates the invitation. */
  public Invitation {
    Objects.requireNonNull(codeHash, "codeHash must not be null");
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(nameKey, "nameKey must not be null");
    Objects.requireNonNull(invitedBy, "invitedBy must not be null");
    Objects.requireNonNull(expires, "expires must not be null");
    Objects.requireNonNull(used, "used must not be null");
  }

  /** Whether the code can no longer be used at {@code now} because its time ran out. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expires);
  }

  /** This invitation, used at {@code when}. */
  Invitation usedAt(Instant when) {
    return new Invitation(
        codeHash, journey, partner, nameKey, invitedBy, expires, Optional.of(when));
  }
}
