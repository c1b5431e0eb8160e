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
 * The partner keys unlocked in one store and the journeys' data keys it has unwrapped, in memory
 * only: never written, never logged. Forgetting a key overwrites the bytes held here (copies the
 * JDK's ciphers made meanwhile are left to the garbage collector). A journey's data key is
 * forgotten with the journey, whenever a partner of it is locked here (in zero-knowledge mode they
 * may have been the last who opens it), and when the store closes. Thread-safe.
 */
final class Keyring {
  private record Slot(JourneyId journey, PartnerId partner) {
    // Written out, not generated: see JourneyId.
    @Override
    public boolean equals(Object other) {
      return other instanceof Slot that
          && journey.equals(that.journey)
          && partner.equals(that.partner);
    }

    @Override
    public int hashCode() {
      return 31 * journey.hashCode() + partner.hashCode();
    }
  }

  /** An unlocked key and its id. */
  record Held(String keyId, byte[] material) {
    SecretKey key() {
      return new SecretKeySpec(material, "AES");
    }
  }

  /**
   * A journey's unwrapped data key, held as bytes so that it can be wiped, with the stamp of the
   * vault row it came from.
   */
  private record DataKey(byte[] material, String stamp) {}

  private final Map<Slot, Held> held = new ConcurrentHashMap<>();
  private final Map<JourneyId, DataKey> dataKeys = new ConcurrentHashMap<>();
  private long forgotten;

  /** The journey's data key unwrapped earlier in this store, if it is still held. */
  Optional<SecretKey> dataKey(JourneyId journey) {
    DataKey key = dataKeys.get(journey);
    return key == null ? Optional.empty() : Optional.of(new SecretKeySpec(key.material(), "AES"));
  }

  /**
   * How many times a key was forgotten so far: a data key unwrapped while this was {@code n} is
   * held only if nothing was forgotten meanwhile.
   */
  synchronized long forgotten() {
    return forgotten;
  }

  /**
   * Holds the journey's unwrapped data key, unless a key was forgotten since {@code forgotten}
   * ({@link #forgotten()} before it was unwrapped): a lock meanwhile may have taken away what
   * opened it.
   */
  synchronized void holdDataKey(JourneyId journey, SecretKey key, String stamp, long forgotten) {
    if (forgotten == this.forgotten) {
      wipe(dataKeys.put(journey, new DataKey(key.getEncoded(), stamp)));
    }
  }

  /**
   * Drops the journey's data key unless the vault's row for it still bears {@code stamp} (empty: no
   * row): another store may have deleted the journey and started one of the same id since.
   */
  void confirmDataKey(JourneyId journey, Optional<String> stamp) {
    DataKey key = dataKeys.get(journey);
    if (key != null && (stamp.isEmpty() || !stamp.get().equals(key.stamp()))) {
      forgetDataKey(journey);
    }
  }

  /** Drops the journey's data key, if one is held. */
  synchronized void forgetDataKey(JourneyId journey) {
    forgotten++;
    wipe(dataKeys.remove(journey));
  }

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

  /**
   * Forgets the partner's key, and the journey's data key with it: in zero-knowledge mode the
   * partner may have been the last one here who opens it; otherwise it is unwrapped again when next
   * needed.
   */
  void forget(JourneyId journey, PartnerId partner) {
    wipe(held.remove(new Slot(journey, partner)));
    forgetDataKey(journey);
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
    forgetDataKey(journey);
  }

  synchronized void forgetAll() {
    held.values().forEach(Keyring::wipe);
    held.clear();
    forgotten++;
    dataKeys.values().forEach(Keyring::wipe);
    dataKeys.clear();
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

  private static void wipe(DataKey key) {
    if (key != null) {
      Arrays.fill(key.material(), (byte) 0);
    }
  }
}
