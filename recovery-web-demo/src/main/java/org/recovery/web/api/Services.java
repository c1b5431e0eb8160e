package org.recovery.web.api;

import java.time.Clock;
import java.util.Objects;
import org.recovery.core.Journeys;
import org.recovery.core.spi.EventStore;
import org.recovery.web.auth.AccountStore;
import org.recovery.web.auth.Credentials;
import org.recovery.web.auth.Guard;
import org.recovery.web.auth.LoginLimiter;
import org.recovery.web.auth.LoginNames;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.SignupLimiter;

/**
 * What the routes work with.
 *
 * @param journeys the core service
 * @param store the store the journeys are kept in (the demo seeds a journey into it)
 * @param accounts the partners' log-ins
 * @param passphrases hashing of passphrases
 * @param credentials the one place passphrases are set and checked
 * @param names keying of login names
 * @param logins the log-in rate limit
 * @param invitationGuesses the rate limit on wrong invitation codes, like log-ins
 * @param signups the limit on new journeys, per address and overall
 * @param guard sessions, cookies, CSRF
 * @param reports each partner's latest report, reused while their journey is unchanged
 * @param clock the server's time
 */
public record Services(
    Journeys journeys,
    EventStore store,
    AccountStore accounts,
    Passphrases passphrases,
    Credentials credentials,
    LoginNames names,
    LoginLimiter logins,
    LoginLimiter invitationGuesses,
    SignupLimiter signups,
    Guard guard,
    ReportCache reports,
    Clock clock) {

  /** Validates the services. */
  public Services {
    Objects.requireNonNull(journeys, "journeys must not be null");
    Objects.requireNonNull(store, "store must not be null");
    Objects.requireNonNull(accounts, "accounts must not be null");
    Objects.requireNonNull(passphrases, "passphrases must not be null");
    Objects.requireNonNull(credentials, "credentials must not be null");
    Objects.requireNonNull(invitationGuesses, "invitationGuesses must not be null");
    Objects.requireNonNull(names, "names must not be null");
    Objects.requireNonNull(logins, "logins must not be null");
    Objects.requireNonNull(signups, "signups must not be null");
    Objects.requireNonNull(guard, "guard must not be null");
    Objects.requireNonNull(reports, "reports must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
  }
}
