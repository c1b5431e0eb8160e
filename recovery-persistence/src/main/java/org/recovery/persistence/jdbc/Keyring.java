package org.recovery.persistence.jdbc;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.persistence.codec.EventCodec;

/**
 * The partner keys unlocked in one store, in memory only: never written, never logged. Forgetting a
 * key overwrites the bytes held here (copies the JDK's ciphers made meanwhile are left to the
 * garbage collector). Thread-safe.
 */
final class Keyring {
  private record Slot(JourneyId journey, PartnerId partner) {}

  /** An unlocked key and its id. */
  record Held(String keyId, byte[] material) {
    SecretKey key() {
      return new SecretKeySpec(material, "AES");
    }
  }

  private final Map<Slot, Held> held = new ConcurrentHashMap<>();

  void hold(JourneyId journey, PartnerId partner, String keyId, SecretKey key) {
    Held previous = held.put(new Slot(journey, partner), new Held(keyId, key.getEncoded()));
    wipe(previous);
  }

  Optional<Held> of(JourneyId journey, PartnerId partner) {
    return Optional.ofNullable(held.get(new Slot(journey, partner)));
  }

  /** The keys of {@code journey}'s partners unlocked here, by partner. */
  Map<PartnerId, Held> of(JourneyId journey) {
    Map<PartnerId, Held> keys = new java.util.HashMap<>();
    held.forEach(
        (slot, key) -> {
          if (slot.journey().equals(journey)) {
            keys.put(slot.partner(), key);
          }
        });
    return keys;
  }

  void forget(JourneyId journey, PartnerId partner) {
    wipe(held.remove(new Slot(journey, partner)));
  }

  void forget(JourneyId journey) {
    held.keySet()
        .removeIf(
            slot -> {
              if (slot.journey().equals(journey)) {
                wipe(held.get(slot));
                return true;
              }
              return false;
            });
  }

  void forgetAll() {
    held.values().forEach(Keyring::wipe);
    held.clear();
  }

  /** The keys of {@code journey} this keyring holds, as the codec asks for them. */
  EventCodec.SealedKeys sealedKeys(JourneyId journey) {
    return (author, keyId) ->
        of(journey, author).filter(h -> h.keyId().equals(keyId)).map(Held::key);
  }

  private static void wipe(Held held) {
    if (held != null) {
      Arrays.fill(held.material(), (byte) 0);
    }
  }
}
