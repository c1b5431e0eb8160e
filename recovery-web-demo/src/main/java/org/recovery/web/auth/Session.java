package org.recovery.web.auth;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * A logged-in partner: the random session id their cookie carries, the journey and partner it
 * opens, the CSRF token that every state-changing request must repeat, and its times.
 *
 * @param id the session id (32 random bytes, base64url)
 * @param journey the journey
 * @param partner the partner
 * @param csrfToken the token for {@code X-CSRF-Token}
 * @param created when the partner logged in
 * @param lastSeen the last request
 */
public record Session(
    String id,
    JourneyId journey,
    PartnerId partner,
    String csrfToken,
    Instant created,
    Instant lastSeen) {

  /** Validates the session. */
  public Session {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(csrfToken, "csrfToken must not be null");
    Objects.requireNonNull(created, "created must not be null");
    Objects.requireNonNull(lastSeen, "lastSeen must not be null");
  }

  /** Whom a new session is for. */
  public record Holder(JourneyId journey, PartnerId partner) {}

  Session seenAt(Instant now) {
    return new Session(id, journey, partner, csrfToken, created, now);
  }
}
