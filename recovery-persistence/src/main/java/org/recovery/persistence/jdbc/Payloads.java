package org.recovery.persistence.jdbc;

import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.codec.EventCodec;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.EventSeal;

/**
 * The envelope each event is stored as, inside the journey's data key: a shared event, or the
 * private entry of a partner without a key, as the codec writes it; the private entry of a partner
 * with a key, sealed under that key, which must be unlocked in this store.
 */
final class Payloads {
  private final EventCodec codec;
  private final PartnerKeyRows partnerKeys;
  private final Keyring keyring;

  Payloads(EventCodec codec, PartnerKeyRows partnerKeys, Keyring keyring) {
    this.codec = codec;
    this.partnerKeys = partnerKeys;
    this.keyring = keyring;
  }

  /**
   * The envelope of {@code event}, to be stored as event {@code version} of {@code journey}.
   *
   * @throws StorageException if it is private to a partner whose key is not unlocked here
   */
  byte[] encode(JourneyId journey, long version, JourneyEvent event) {
    if (event.visibility() != Visibility.PRIVATE) {
      return codec.encode(event);
    }
    Optional<PartnerKeyRows.Stored> stored = partnerKeys.find(journey, event.by());
    if (stored.isEmpty()) {
      return codec.encode(event);
    }
    Keyring.Held held =
        keyring
            .of(journey, event.by())
            .filter(h -> h.keyId().equals(stored.get().keyId()))
            .orElseThrow(
                () ->
                    new StorageException(
                        "cannot store a private entry of journey "
                            + journey
                            + ": its author's key is locked in this store. Unlock it with their"
                            + " passphrase first; nothing was written"));
    return codec.encodeSealed(journey, version, event, held.keyId(), held.key());
  }

  /**
   * The event stored in {@code row}: decrypted with the journey's data key, and opened if it is
   * sealed to a partner whose key is unlocked here.
   *
   * @throws StorageException if the row does not authenticate, or cannot be read
   */
  JourneyEvent open(JourneyId journey, SecretKey dataKey, EventRows.Row row) {
    return decode(journey, row.version(), envelope(journey, dataKey, row));
  }

  /**
   * The envelope stored in {@code row}, decrypted with the journey's data key; a partner's sealed
   * entry stays sealed inside it.
   *
   * @throws StorageException if the row does not authenticate
   */
  byte[] envelope(JourneyId journey, SecretKey dataKey, EventRows.Row row) {
    try {
      return EventSeal.open(dataKey, journey, row.version(), row.sealed());
    } catch (Aead.AuthenticationFailed e) {
      throw new StorageException(
          "cannot read event "
              + row.version()
              + " of journey "
              + journey
              + " (type unknown): it does not authenticate under the journey's data key; the row"
              + " was altered, or moved from another journey or version");
    }
  }

  /**
   * The event an envelope of event {@code version} holds, opened if it is sealed to a partner whose
   * key is unlocked here.
   *
   * @throws StorageException if it cannot be read
   */
  JourneyEvent decode(JourneyId journey, long version, byte[] envelope) {
    return codec.decode(journey, version, envelope, keyring.sealedKeys(journey));
  }
}
