package org.recovery.persistence.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.recovery.persistence.crypto.Aead;
import org.recovery.persistence.crypto.MasterKey;

/**
 * The data keys of a key vault in zero-knowledge mode: each journey's data key is kept only wrapped
 * by its partners' own keys ({@code partner_wraps}), so it opens only while one of them is unlocked
 * in this store's {@link Keyring}. The data key is unwrapped for each read or write and never kept.
 */
final class ZeroKnowledgeKeys {
  /** What a zero-knowledge journey's {@code data_keys} row names instead of a master key. */
  static final String LABEL = "zero-knowledge";

  private final Database vault;
  private final Keyring keyring;
  private final Clock clock;
  private final Function<JourneyId, Set<PartnerId>> partners;

  /**
   * @param partners the two partners a journey names once it has started (empty before), read with
   *     the data key: only they are ever wrapped in
   */
  ZeroKnowledgeKeys(
      Database vault, Keyring keyring, Clock clock, Function<JourneyId, Set<PartnerId>> partners) {
    this.vault = vault;
    this.keyring = keyring;
    this.clock = clock;
    this.partners = partners;
  }

  /**
   * The journey's data key, opened with a partner key unlocked here, if one of them wraps it. Empty
   * if none does: no partner of the journey is unlocked in this store.
   */
  Optional<SecretKey> open(JourneyId journey) {
    for (Map.Entry<PartnerId, Keyring.Held> held : keyring.of(journey).entrySet()) {
      Optional<byte[]> wrapped = wrapOf(journey, held.getKey(), held.getValue().keyId());
      if (wrapped.isPresent()) {
        try {
          return Optional.of(
              new SecretKeySpec(
                  Aead.open(
                      held.getValue().key(),
                      wrapped.get(),
                      associatedData(journey, held.getKey(), held.getValue().keyId())),
                  "AES"));
        } catch (Aead.AuthenticationFailed e) {
          throw new StorageException(
              "a partner's wrapping of the data key of journey "
                  + journey
                  + " does not authenticate: the key vault was altered");
        }
      }
    }
    return Optional.empty();
  }

  /** The journey's data key, or the refusal to read or write a locked journey. */
  SecretKey require(JourneyId journey) {
    return open(journey).orElseThrow(() -> locked(journey));
  }

  /**
   * Makes the journey's data key, wrapped by every partner key of it unlocked here.
   *
   * @throws StorageException if no partner of the journey is unlocked
   */
  void create(JourneyId journey) {
    Map<PartnerId, Keyring.Held> unlocked = keyring.of(journey);
    if (unlocked.isEmpty()) {
      throw new StorageException(
          "journey "
              + journey
              + " cannot be started yet: in"
              + " zero-knowledge mode its first partner unlocks it with their passphrase first."
              + " Nothing was stored.");
    }
    SecretKey fresh = MasterKey.newDataKey();
    write(
        "store a data key for journey " + journey,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO data_keys (journey_id, master_key, wrapped_key, created_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (journey_id) DO NOTHING")) {
            vault.dialect().bindUuid(insert, 1, journey.value());
            insert.setString(2, LABEL);
            insert.setBytes(3, new byte[0]);
            vault.dialect().bindInstant(insert, 4, clock.instant());
            if (insert.executeUpdate() == 0) {
              return 0; // another writer made it first: its key is the one
            }
          }
          for (Map.Entry<PartnerId, Keyring.Held> held : unlocked.entrySet()) {
            wrapFor(connection, journey, held.getKey(), held.getValue(), fresh);
          }
          return 1;
        });
  }

  /**
   * Wraps the journey's data key for every partner unlocked here who has no wrapping by their
   * current key and whom the journey names as a partner, if the data key opens at all (one of them
   * already wraps it).
   *
   * @return how many partners' wrappings were made now
   */
  int share(JourneyId journey) {
    Optional<SecretKey> key = open(journey);
    if (key.isEmpty()) {
      return 0;
    }
    int[] made = {0};
    Set<PartnerId> named = partners.apply(journey);
    for (Map.Entry<PartnerId, Keyring.Held> held : keyring.of(journey).entrySet()) {
      if ((named.isEmpty() || named.contains(held.getKey()))
          && wrapOf(journey, held.getKey(), held.getValue().keyId()).isEmpty()) {
        write(
            "share the data key of journey " + journey,
            connection -> {
              try (PreparedStatement delete =
                  connection.prepareStatement(
                      "DELETE FROM partner_wraps WHERE journey_id = ? AND partner_id = ?")) {
                vault.dialect().bindUuid(delete, 1, journey.value());
                vault.dialect().bindUuid(delete, 2, held.getKey().value());
                delete.executeUpdate();
              }
              return wrapFor(connection, journey, held.getKey(), held.getValue(), key.get());
            });
        made[0]++;
      }
    }
    return made[0];
  }

  static StorageException locked(JourneyId journey) {
    return new StorageException(
        "journey "
            + journey
            + " is locked: none of its partners has"
            + " unlocked their key in this store, and in zero-knowledge mode nothing else opens it."
            + " A partner unlocks it with their passphrase. Nothing was read or changed.");
  }

  private int wrapFor(
      java.sql.Connection connection,
      JourneyId journey,
      PartnerId partner,
      Keyring.Held held,
      SecretKey dataKey)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO partner_wraps"
                + " (journey_id, partner_id, key_id, wrapped_key) VALUES (?, ?, ?, ?)")) {
      vault.dialect().bindUuid(insert, 1, journey.value());
      vault.dialect().bindUuid(insert, 2, partner.value());
      insert.setString(3, held.keyId());
      insert.setBytes(
          4,
          Aead.seal(
              held.key(), dataKey.getEncoded(), associatedData(journey, partner, held.keyId())));
      return insert.executeUpdate();
    }
  }

  private Optional<byte[]> wrapOf(JourneyId journey, PartnerId partner, String keyId) {
    try {
      return vault.reading(
          c -> {
            try (PreparedStatement q =
                c.prepareStatement(
                    "SELECT wrapped_key FROM partner_wraps"
                        + " WHERE journey_id = ? AND partner_id = ? AND key_id = ?")) {
              vault.dialect().bindUuid(q, 1, journey.value());
              vault.dialect().bindUuid(q, 2, partner.value());
              q.setString(3, keyId);
              try (ResultSet row = q.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.<byte[]>empty();
              }
            }
          });
    } catch (SQLException e) {
      throw new StorageException(
          "cannot read the key vault for journey " + journey + ": " + InWords.describe(e), e);
    }
  }

  private void write(String what, SqlWork<Integer> work) {
    try {
      vault.inTransaction(work);
    } catch (SQLException e) {
      throw new StorageException("cannot " + what + ": " + InWords.describe(e), e);
    }
  }

  private static byte[] associatedData(JourneyId journey, PartnerId partner, String keyId) {
    return ("recovery:zk-data-key:v1:" + journey + ":" + partner + ":" + keyId)
        .getBytes(StandardCharsets.US_ASCII);
  }
}
