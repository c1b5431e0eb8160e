package org.recovery.persistence;

import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * A durable store that seals each partner's private entries under a key only that partner can
 * unlock (see docs/persistence.md, <em>Sealed entries</em>). Reading opens the private entries of
 * the partners unlocked in this store and gives every other private entry as a {@code SealedEntry},
 * carrying only what the couple's rules need. Unlocked keys stay in this store's memory until
 * {@link #lock} or {@link #close}.
 *
 * <p>Passphrases are taken as {@code char[]} and are not kept; the caller may wipe them after the
 * call.
 */
public interface SealingEventStore extends CloseableEventStore {

  /**
   * Unlocks {@code partner}'s key of {@code journey} with their passphrase. A partner with no key
   * yet gets one now, with a recovery code to show them once, and their private entries stored
   * before are sealed under it.
   *
   * @return the new recovery code if a key was made now, and how many entries were sealed now
   * @throws WrongSecret if the passphrase does not unlock the partner's key; nothing changes
   */
  Unlocked unlock(JourneyId journey, PartnerId partner, char[] passphrase);

  /** Forgets {@code partner}'s unlocked key, if this store holds it. */
  void lock(JourneyId journey, PartnerId partner);

  /** Whether {@code partner} has a key of {@code journey} (unlocked here or not). */
  boolean hasKey(JourneyId journey, PartnerId partner);

  /**
   * Wraps {@code partner}'s key under {@code next} instead of {@code current}; their entries are
   * not touched.
   *
   * @throws WrongSecret if {@code current} does not unlock the key; nothing changes
   * @throws IllegalStateException if the partner has no key yet (unlock first)
   */
  void changePassphrase(JourneyId journey, PartnerId partner, char[] current, char[] next);

  /**
   * Unlocks {@code partner}'s key with their recovery code, wraps it under {@code newPassphrase}
   * and under a new recovery code, and returns that code: the one given stops working.
   *
   * @throws WrongSecret if the code does not unlock the key; nothing changes
   * @throws IllegalStateException if the partner has no key
   */
  RecoveryCode recover(
      JourneyId journey, PartnerId partner, RecoveryCode code, char[] newPassphrase);

  /**
   * Destroys {@code partner}'s key after checking their passphrase: their sealed entries can never
   * be opened again, by anyone, from these files or any backup of the vault taken from now on.
   * Their couple facts stay. Their next {@link #unlock} makes a new key for new entries.
   *
   * @return whether there was a key to destroy
   * @throws WrongSecret if the passphrase does not unlock the key; nothing changes
   */
  boolean forget(JourneyId journey, PartnerId partner, char[] passphrase);

  /**
   * What {@link #unlock} did.
   *
   * @param recoveryCode the new partner's recovery code, present only when a key was made now: show
   *     it to them once, it is kept nowhere
   * @param sealedNow how many of their entries stored before were sealed now
   */
  record Unlocked(Optional<RecoveryCode> recoveryCode, int sealedNow) {
    /** Validates the result. */
    public Unlocked {
      java.util.Objects.requireNonNull(recoveryCode, "recoveryCode must not be null");
    }
  }
}
