package org.recovery.persistence.jdbc;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.persistence.RecoveryCode;
import org.recovery.persistence.SealingEventStore.Unlocked;
import org.recovery.persistence.WrongSecret;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.PartnerKeyWrap;
import org.recovery.persistence.crypto.PartnerKeyWrap.Slot;
import org.recovery.persistence.passphrase.PassphraseHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each partner's own key of a journey: made at their first unlock, unlocked into the store's {@link
 * Keyring}, re-wrapped when the passphrase changes or the recovery code is used, and destroyed when
 * the partner chooses to forget their private entries. The operations of {@link
 * org.recovery.persistence.SealingEventStore}, for a {@link JdbcEventStore}.
 */
public final class PartnerKeyService {
  private static final Logger LOG = LoggerFactory.getLogger(PartnerKeyService.class);
  private static final String PASSPHRASE = "passphrase";
  private static final String RECOVERY = "recovery-code";

  private final PartnerKeyRows rows;
  private final Keyring keyring;
  private final EntrySealing sealing;
  private final java.util.function.Consumer<JourneyId> onUnlock;
  private final Clock clock;
  private final int iterations;

  PartnerKeyService(
      PartnerKeyRows rows,
      Keyring keyring,
      EntrySealing sealing,
      java.util.function.Consumer<JourneyId> onUnlock,
      Clock clock,
      int iterations) {
    this.onUnlock = onUnlock;
    this.rows = rows;
    this.keyring = keyring;
    this.sealing = sealing;
    this.clock = clock;
    this.iterations = iterations;
  }

  /** See {@link org.recovery.persistence.SealingEventStore#unlock}. */
  public Unlocked unlock(JourneyId journey, PartnerId partner, char[] passphrase) {
    require(journey, partner, passphrase);
    Optional<PartnerKeyRows.Stored> stored = rows.find(journey, partner);
    Optional<RecoveryCode> code = Optional.empty();
    SecretKey made = null;
    if (stored.isEmpty()) {
      refuseUnusable(passphrase);
      code = Optional.of(RecoveryCode.random());
      made = PartnerKeyWrap.newKey();
      String keyId = PartnerKeyWrap.newKeyId();
      if (rows.insert(
          journey,
          partner,
          wrapped(journey, partner, keyId, made, passphrase, code.get()),
          clock.instant())) {
        LOG.info("journey {}: a partner's key {} was made", journey, keyId);
      } else {
        code = Optional.empty(); // made meanwhile by another process: use that one
        made = null;
      }
      stored = rows.find(journey, partner);
    }
    PartnerKeyRows.Stored key =
        stored.orElseThrow(
            () ->
                new IllegalStateException(
                    "the key of a partner of journey " + journey + " vanished as it was made"));
    SecretKey open = made != null ? made : byPassphrase(journey, partner, key, passphrase);
    keyring.hold(journey, partner, key.keyId(), open);
    onUnlock.accept(journey);
    int sealed = sealing.sealOpenEntries(journey, partner, key.keyId(), open);
    if (sealed > 0) {
      LOG.info("journey {}: {} private entries of a partner were sealed", journey, sealed);
    }
    return new Unlocked(code, sealed);
  }

  /** See {@link org.recovery.persistence.SealingEventStore#lock}. */
  public void lock(JourneyId journey, PartnerId partner) {
    keyring.forget(journey, partner);
  }

  /** See {@link org.recovery.persistence.SealingEventStore#hasKey}. */
  public boolean hasKey(JourneyId journey, PartnerId partner) {
    return rows.find(journey, partner).isPresent();
  }

  /** See {@link org.recovery.persistence.SealingEventStore#changePassphrase}. */
  public void changePassphrase(JourneyId journey, PartnerId partner, char[] current, char[] next) {
    require(journey, partner, current);
    Objects.requireNonNull(next, "new passphrase must not be null");
    PartnerKeyRows.Stored key = existing(journey, partner);
    SecretKey open = byPassphrase(journey, partner, key, current);
    refuseUnusable(next);
    byte[] salt = PartnerKeyWrap.newSalt();
    Slot slot = new Slot(journey, partner, key.keyId());
    rows.rewrap(
        journey,
        partner,
        new PartnerKeyRows.Stored(
            key.keyId(),
            iterations,
            salt,
            PartnerKeyWrap.wrap(
                PartnerKeyWrap.fromPassphrase(next, salt, iterations), open, slot, PASSPHRASE),
            key.recoverySalt(),
            key.byRecovery()));
    keyring.hold(journey, partner, key.keyId(), open);
  }

  /** See {@link org.recovery.persistence.SealingEventStore#recover}. */
  public RecoveryCode recover(
      JourneyId journey, PartnerId partner, RecoveryCode code, char[] newPassphrase) {
    require(journey, partner, newPassphrase);
    Objects.requireNonNull(code, "recovery code must not be null");
    PartnerKeyRows.Stored key = existing(journey, partner);
    Slot slot = new Slot(journey, partner, key.keyId());
    SecretKey open;
    try {
      open =
          PartnerKeyWrap.unwrap(
              PartnerKeyWrap.fromRecoveryCode(code.bits(), key.recoverySalt()),
              key.byRecovery(),
              slot,
              RECOVERY);
    } catch (Aead.AuthenticationFailed e) {
      throw new WrongSecret(
          "That recovery code does not unlock this partner's private entries."
              + " Nothing was changed.");
    }
    refuseUnusable(newPassphrase);
    RecoveryCode next = RecoveryCode.random();
    rows.rewrap(
        journey, partner, wrapped(journey, partner, key.keyId(), open, newPassphrase, next));
    keyring.hold(journey, partner, key.keyId(), open);
    LOG.info("journey {}: a partner's key {} was recovered with its code", journey, key.keyId());
    return next;
  }

  /** See {@link org.recovery.persistence.SealingEventStore#forget}. */
  public boolean forget(JourneyId journey, PartnerId partner, char[] passphrase) {
    require(journey, partner, passphrase);
    Optional<PartnerKeyRows.Stored> stored = rows.find(journey, partner);
    if (stored.isEmpty()) {
      return false;
    }
    byPassphrase(journey, partner, stored.get(), passphrase);
    keyring.forget(journey, partner);
    boolean destroyed = rows.delete(journey, partner);
    LOG.info(
        "journey {}: a partner's key {} was destroyed at their request",
        journey,
        stored.get().keyId());
    return destroyed;
  }

  private PartnerKeyRows.Stored wrapped(
      JourneyId journey,
      PartnerId partner,
      String keyId,
      SecretKey key,
      char[] passphrase,
      RecoveryCode code) {
    Slot slot = new Slot(journey, partner, keyId);
    byte[] passphraseSalt = PartnerKeyWrap.newSalt();
    byte[] recoverySalt = PartnerKeyWrap.newSalt();
    return new PartnerKeyRows.Stored(
        keyId,
        iterations,
        passphraseSalt,
        PartnerKeyWrap.wrap(
            PartnerKeyWrap.fromPassphrase(passphrase, passphraseSalt, iterations),
            key,
            slot,
            PASSPHRASE),
        recoverySalt,
        PartnerKeyWrap.wrap(
            PartnerKeyWrap.fromRecoveryCode(code.bits(), recoverySalt), key, slot, RECOVERY));
  }

  private SecretKey byPassphrase(
      JourneyId journey, PartnerId partner, PartnerKeyRows.Stored key, char[] passphrase) {
    if (!PassphraseHash.mayBeChecked(passphrase)) {
      throw wrongPassphrase();
    }
    try {
      return PartnerKeyWrap.unwrap(
          PartnerKeyWrap.fromPassphrase(passphrase, key.passphraseSalt(), key.iterations()),
          key.byPassphrase(),
          new Slot(journey, partner, key.keyId()),
          PASSPHRASE);
    } catch (Aead.AuthenticationFailed e) {
      throw wrongPassphrase();
    }
  }

  private PartnerKeyRows.Stored existing(JourneyId journey, PartnerId partner) {
    return rows.find(journey, partner)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "this partner has no key of journey " + journey + " yet: unlock it first"));
  }

  private static WrongSecret wrongPassphrase() {
    return new WrongSecret(
        "That passphrase does not unlock this partner's private entries."
            + " Nothing was changed.");
  }

  private static void refuseUnusable(char[] passphrase) {
    PassphraseHash.problemWith(passphrase)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  private static void require(JourneyId journey, PartnerId partner, char[] passphrase) {
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(passphrase, "passphrase must not be null");
  }
}
