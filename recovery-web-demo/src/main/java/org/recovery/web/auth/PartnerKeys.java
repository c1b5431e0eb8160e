package org.recovery.web.auth;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.spi.EventStore;
import org.recovery.persistence.RecoveryCode;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.WrongSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each partner's key to their private entries (and, in zero-knowledge mode, to their journey),
 * unlocked with their passphrase at log-in and held only while they have a live session. When a
 * partner's last session ends their key is locked; whenever a key is locked the journey's state
 * leaves memory too, so what stays is read again under the keys still unlocked. Over a store that
 * seals nothing (in memory, in tests) every call here does nothing.
 *
 * <p>Unlocking and starting a session, and ending one and locking, happen under one lock, so a
 * log-in never races a log-out of the same partner into a live session with a locked key.
 * Passphrases are taken as strings (as the JSON body gave them) and copied into arrays that are
 * wiped after use; they are never stored or logged.
 */
public final class PartnerKeys {
  private static final Logger LOG = LoggerFactory.getLogger(PartnerKeys.class);

  private final Optional<SealingEventStore> store;
  private final Journeys journeys;
  private final Sessions sessions;
  private final Consumer<JourneyId> alsoDrop;
  private final ReentrantLock lock = new ReentrantLock();

  private PartnerKeys(
      EventStore store, Journeys journeys, Sessions sessions, Consumer<JourneyId> alsoDrop) {
    this.store =
        store instanceof SealingEventStore sealing ? Optional.of(sealing) : Optional.empty();
    this.journeys = Objects.requireNonNull(journeys, "journeys must not be null");
    this.sessions = Objects.requireNonNull(sessions, "sessions must not be null");
    this.alsoDrop = Objects.requireNonNull(alsoDrop, "alsoDrop must not be null");
  }

  /**
   * The keys of {@code store}'s partners, locked as {@code sessions} end; whenever a key is locked,
   * the journey is dropped from {@code journeys}' memory and given to {@code alsoDrop} (other
   * caches of its content, such as kept reports).
   */
  public static PartnerKeys over(
      EventStore store, Journeys journeys, Sessions sessions, Consumer<JourneyId> alsoDrop) {
    PartnerKeys keys = new PartnerKeys(store, journeys, sessions, alsoDrop);
    sessions.onEnd(keys::ended);
    return keys;
  }

  /** Whether the store seals private entries under the partners' keys. */
  public boolean seals() {
    return store.isPresent();
  }

  /** Runs {@code action} (an unlock and a new session) so no session ends meanwhile. */
  public <T> T atomically(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Unlocks {@code partner}'s key with {@code passphrase}, making it if they have none.
   *
   * @return their new recovery code, to show once, if the key was made now
   * @throws WrongSecret if the passphrase does not unlock their key; nothing changes
   */
  public Optional<String> unlock(JourneyId journey, PartnerId partner, String passphrase) {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    char[] secret = passphrase.toCharArray();
    try {
      return atomically(
          () ->
              store.get().unlock(journey, partner, secret).recoveryCode().map(RecoveryCode::text));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  /**
   * Locks {@code partner}'s key now (a log-in that did not complete) unless they have a live
   * session, and drops the journey from memory.
   */
  public void lockUnlessLive(JourneyId journey, PartnerId partner) {
    atomically(
        () -> {
          if (!sessions.live(journey, partner)) {
            store.ifPresent(s -> s.lock(journey, partner));
          }
          drop(journey);
          return null;
        });
  }

  /**
   * Wraps {@code partner}'s key under {@code next}; a partner with no key yet gets one now.
   *
   * @return a recovery code if a key was made now
   * @throws WrongSecret if {@code current} does not unlock the key; nothing changes
   */
  public Optional<String> changePassphrase(
      JourneyId journey, PartnerId partner, String current, String next) {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    char[] was = current.toCharArray();
    char[] will = next.toCharArray();
    try {
      return atomically(
          () -> {
            if (!store.get().hasKey(journey, partner)) {
              return store
                  .get()
                  .unlock(journey, partner, will)
                  .recoveryCode()
                  .map(RecoveryCode::text);
            }
            store.get().changePassphrase(journey, partner, was, will);
            return Optional.empty();
          });
    } finally {
      Arrays.fill(was, '\0');
      Arrays.fill(will, '\0');
    }
  }

  /**
   * Re-wraps {@code partner}'s key under {@code passphrase} with their recovery code, leaving it
   * unlocked.
   *
   * @return the new recovery code (the one given stops working)
   * @throws WrongSecret if the code does not unlock the key; nothing changes
   * @throws IllegalStateException if the partner has no key, or this store seals nothing
   */
  public String recover(
      JourneyId journey, PartnerId partner, RecoveryCode code, String passphrase) {
    SealingEventStore sealing =
        store.orElseThrow(() -> new IllegalStateException("this store seals nothing"));
    char[] secret = passphrase.toCharArray();
    try {
      return atomically(() -> sealing.recover(journey, partner, code, secret).text());
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  /** Whether {@code partner} has a key that {@link #recover} could re-wrap. */
  public boolean hasKey(JourneyId journey, PartnerId partner) {
    return store.map(s -> s.hasKey(journey, partner)).orElse(false);
  }

  /**
   * Destroys {@code partner}'s key for good, then makes a new one for what they write from now on.
   *
   * @return the new key's recovery code, if one was made
   * @throws WrongSecret if the passphrase does not unlock their key; nothing changes
   */
  public Optional<String> forget(JourneyId journey, PartnerId partner, String passphrase) {
    if (store.isEmpty()) {
      return Optional.empty();
    }
    char[] secret = passphrase.toCharArray();
    try {
      return atomically(
          () -> {
            store.get().forget(journey, partner, secret);
            drop(journey);
            return store
                .get()
                .unlock(journey, partner, secret)
                .recoveryCode()
                .map(RecoveryCode::text);
          });
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  private void ended(Session session) {
    atomically(
        () -> {
          JourneyId journey = session.journey();
          if (!sessions.live(journey, session.partner())) {
            store.ifPresent(s -> s.lock(journey, session.partner()));
            drop(journey);
            LOG.debug(
                "journey {}: a partner's last session ended; their key is locked{}",
                journey,
                sessions.live(journey) ? "" : ", and no partner of the journey is logged in");
          }
          return null;
        });
  }

  private void drop(JourneyId journey) {
    journeys.dropFromMemory(journey);
    alsoDrop.accept(journey);
  }
}
