package org.recovery.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * The server's sessions, in memory: a restart logs everybody out. Ids are 32 bytes from {@link
 * SecureRandom}; an id the server did not issue is never accepted, so a session cannot be fixed by
 * an attacker. A session ends at logout, after {@link #IDLE} without a request, or {@link
 * #LIFETIME} after login.
 */
public final class Sessions {
  /** A session unused this long ends. */
  public static final Duration IDLE = Duration.ofMinutes(30);

  /** No session lasts longer than this. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  /** The most sessions held at once; the least recently used go first beyond it. */
  public static final int CAPACITY = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Map<String, Ended> ended =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Ended> eldest) {
              return size() > CAPACITY;
            }
          });
  private final Clock clock;
  private volatile Consumer<Session> onEnd = s -> {};

  /** Sessions timed by {@code clock}. */
  public Sessions(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Tells {@code listener} of every session that ends from now on (log-out, expiry, a changed
   * passphrase, a deleted journey), after it is removed.
   */
  public void onEnd(Consumer<Session> listener) {
    this.onEnd = Objects.requireNonNull(listener, "listener must not be null");
  }

  private void tellEnded(Session session) {
    onEnd.accept(session);
  }

  /**
   * Ends every session that has expired by now; the server calls it every minute, so a partner who
   * walks away is logged out (and their key locked) without a request.
   *
   * @return how many ended
   */
  public int endExpired() {
    Instant now = clock.instant();
    int count = 0;
    for (Session s : byId.values()) {
      if (expired(s, now) && byId.remove(s.id(), s)) {
        tellEnded(s);
        count++;
      }
    }
    return count;
  }

  /** Whether {@code partner} of {@code journey} has a session that has not expired. */
  public boolean live(JourneyId journey, PartnerId partner) {
    Instant now = clock.instant();
    return byId.values().stream()
        .anyMatch(
            s -> s.journey().equals(journey) && s.partner().equals(partner) && !expired(s, now));
  }

  /** Whether any partner of {@code journey} has a session that has not expired. */
  public boolean live(JourneyId journey) {
    Instant now = clock.instant();
    return byId.values().stream().anyMatch(s -> s.journey().equals(journey) && !expired(s, now));
  }

  /** A new random token: 32 bytes, base64url. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Starts a session with a new id and a new CSRF token. */
  public Session start(JourneyId journey, PartnerId partner) {
    Instant now = clock.instant();
    if (byId.size() >= CAPACITY) {
      prune();
    }
    Session session = new Session(newToken(), journey, partner, newToken(), now, now);
    byId.put(session.id(), session);
    return session;
  }

  /** The live session with this id, marked as used now. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(session, now)) {
      if (byId.remove(id, session)) {
        tellEnded(session);
      }
      return Optional.empty();
    }
    Session seen = session.seenAt(now);
    byId.replace(id, session, seen);
    return Optional.of(seen);
  }

  /** Ends the session with this id, if any. */
  public void end(String id) {
    if (id != null) {
      Session removed = byId.remove(id);
      if (removed != null) {
        tellEnded(removed);
      }
    }
  }

  /**
   * Ends every session of {@code partner} but {@code keep} (a changed passphrase).
   *
   * @return how many ended
   */
  public int endOthers(JourneyId journey, PartnerId partner, String keep) {
    int count = 0;
    for (Session s : byId.values()) {
      if (s.journey().equals(journey)
          && s.partner().equals(partner)
          && !s.id().equals(keep)
          && byId.remove(s.id(), s)) {
        tellEnded(s);
        count++;
      }
    }
    return count;
  }

  /**
   * Ends every session of a deleted journey, remembering (in memory, up to {@link #CAPACITY}) that
   * each ended because {@code by} deleted it, so its next request can say so.
   */
  public void endJourney(JourneyId journey, PartnerId by) {
    for (Session s : byId.values()) {
      if (s.journey().equals(journey) && byId.remove(s.id()) != null) {
        ended.put(s.id(), new Ended(s.partner().equals(by)));
        tellEnded(s);
      }
    }
  }

  /** Why the session with this id ended, if it ended because its journey was deleted. */
  public Optional<Ended> endedByDeletion(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(ended.get(id));
  }

  /**
   * A session that ended because its journey was deleted.
   *
   * @param byThisPartner whether its own partner deleted the journey
   */
  public record Ended(boolean byThisPartner) {}

  /** How many sessions are held (live or not yet swept). */
  public int size() {
    return byId.size();
  }

  private boolean expired(Session s, Instant now) {
    return !now.isBefore(s.lastSeen().plus(IDLE)) || !now.isBefore(s.created().plus(LIFETIME));
  }

  private void prune() {
    endExpired();
    while (byId.size() >= CAPACITY) {
      byId.values().stream()
          .min(Comparator.comparing(Session::lastSeen))
          .ifPresent(oldest -> end(oldest.id()));
    }
  }
}
