package org.recovery.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;

/**
 * The SQL of the key vault's {@code partner_keys}: each partner's key of a journey, wrapped by
 * their passphrase and by their recovery code. Nothing here is readable without one of the two.
 */
final class PartnerKeyRows {
  private final Database vault;

  PartnerKeyRows(Database vault) {
    this.vault = vault;
  }

  /**
   * One stored partner key.
   *
   * @param keyId the key's id, named by every entry sealed under it
   * @param iterations the PBKDF2 work factor of the passphrase wrapping
   * @param passphraseSalt the salt of the passphrase derivation
   * @param byPassphrase the key wrapped by the passphrase's key
   * @param recoverySalt the salt of the recovery code derivation
   * @param byRecovery the key wrapped by the recovery code's key
   */
  record Stored(
      String keyId,
      int iterations,
      byte[] passphraseSalt,
      byte[] byPassphrase,
      byte[] recoverySalt,
      byte[] byRecovery) {}

  Optional<Stored> find(JourneyId journey, PartnerId partner) {
    try {
      return vault.lookup(
          c -> {
            try (PreparedStatement q =
                c.prepareStatement(
                    "SELECT key_id, iterations,"
                        + " passphrase_salt, by_passphrase, recovery_salt, by_recovery FROM partner_keys"
                        + " WHERE journey_id = ? AND partner_id = ?")) {
              vault.dialect().bindUuid(q, 1, journey.value());
              vault.dialect().bindUuid(q, 2, partner.value());
              try (ResultSet row = q.executeQuery()) {
                return row.next()
                    ? Optional.of(
                        new Stored(
                            row.getString(1),
                            row.getInt(2),
                            row.getBytes(3),
                            row.getBytes(4),
                            row.getBytes(5),
                            row.getBytes(6)))
                    : Optional.empty();
              }
            }
          });
    } catch (SQLException e) {
      throw failed("read the key of a partner of journey " + journey, e);
    }
  }

  /** Stores a new key. @return false if the partner had one already (nothing is changed) */
  boolean insert(JourneyId journey, PartnerId partner, Stored key, Instant now) {
    try {
      return vault.inTransaction(
          c -> {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO partner_keys"
                        + " (journey_id, partner_id, key_id, iterations, passphrase_salt, by_passphrase,"
                        + " recovery_salt, by_recovery, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (journey_id, partner_id) DO NOTHING")) {
              vault.dialect().bindUuid(insert, 1, journey.value());
              vault.dialect().bindUuid(insert, 2, partner.value());
              insert.setString(3, key.keyId());
              insert.setInt(4, key.iterations());
              insert.setBytes(5, key.passphraseSalt());
              insert.setBytes(6, key.byPassphrase());
              insert.setBytes(7, key.recoverySalt());
              insert.setBytes(8, key.byRecovery());
              vault.dialect().bindInstant(insert, 9, now);
              return insert.executeUpdate() == 1;
            }
          });
    } catch (SQLException e) {
      throw failed("store the key of a partner of journey " + journey, e);
    }
  }

  /** Replaces both wrappings of the key {@code key.keyId()}; its id and material stay. */
  void rewrap(JourneyId journey, PartnerId partner, Stored key) {
    try {
      int changed =
          vault.inTransaction(
              c -> {
                try (PreparedStatement update =
                    c.prepareStatement(
                        "UPDATE partner_keys SET"
                            + " iterations = ?, passphrase_salt = ?, by_passphrase = ?, recovery_salt = ?,"
                            + " by_recovery = ? WHERE journey_id = ? AND partner_id = ? AND key_id = ?")) {
                  update.setInt(1, key.iterations());
                  update.setBytes(2, key.passphraseSalt());
                  update.setBytes(3, key.byPassphrase());
                  update.setBytes(4, key.recoverySalt());
                  update.setBytes(5, key.byRecovery());
                  vault.dialect().bindUuid(update, 6, journey.value());
                  vault.dialect().bindUuid(update, 7, partner.value());
                  update.setString(8, key.keyId());
                  return update.executeUpdate();
                }
              });
      if (changed != 1) {
        throw new StorageException(
            "the key of a partner of journey "
                + journey
                + " was destroyed or replaced meanwhile; nothing was changed");
      }
    } catch (SQLException e) {
      throw failed("change the key of a partner of journey " + journey, e);
    }
    checkpoint();
  }

  /**
   * How many of the journey's first events are known to hold no open private entry of {@code
   * partner}: 0 if none are known, or the partner has no key.
   */
  long sealedThrough(JourneyId journey, PartnerId partner) {
    try {
      return vault.lookup(
          c -> {
            try (PreparedStatement q =
                c.prepareStatement(
                    "SELECT sealed_through FROM partner_keys"
                        + " WHERE journey_id = ? AND partner_id = ?")) {
              vault.dialect().bindUuid(q, 1, journey.value());
              vault.dialect().bindUuid(q, 2, partner.value());
              try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
              }
            }
          });
    } catch (SQLException e) {
      throw failed("read the key of a partner of journey " + journey, e);
    }
  }

  /**
   * Records that the journey's first {@code version} events hold no open private entry of {@code
   * partner}, unless more is recorded already. Without waiting for the disk: if it is lost, the
   * next unlock looks again.
   */
  void sealedThrough(JourneyId journey, PartnerId partner, long version) {
    try {
      vault.inRelaxedTransaction(
          c -> {
            try (PreparedStatement update =
                c.prepareStatement(
                    "UPDATE partner_keys SET sealed_through = ? WHERE journey_id = ?"
                        + " AND partner_id = ? AND (sealed_through IS NULL OR sealed_through < ?)")) {
              update.setLong(1, version);
              vault.dialect().bindUuid(update, 2, journey.value());
              vault.dialect().bindUuid(update, 3, partner.value());
              update.setLong(4, version);
              return update.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw failed(
          "record how far the entries of a partner of journey " + journey + " are sealed", e);
    }
  }

  /** Destroys the partner's key. @return whether there was one */
  boolean delete(JourneyId journey, PartnerId partner) {
    try {
      int deleted =
          vault.inTransaction(
              c -> {
                try (PreparedStatement delete =
                    c.prepareStatement(
                        "DELETE FROM partner_keys WHERE journey_id = ? AND partner_id = ?")) {
                  vault.dialect().bindUuid(delete, 1, journey.value());
                  vault.dialect().bindUuid(delete, 2, partner.value());
                  return delete.executeUpdate();
                }
              });
      checkpoint();
      return deleted > 0;
    } catch (SQLException e) {
      throw failed("destroy the key of a partner of journey " + journey, e);
    }
  }

  /** Old wrappings and destroyed keys are folded out of the vault's write-ahead log at once. */
  private void checkpoint() {
    if (vault instanceof SqliteDatabase sqlite) {
      try {
        sqlite.checkpoint();
      } catch (SQLException e) {
        throw failed("empty the key vault's write-ahead log", e);
      }
    }
  }

  private static StorageException failed(String what, SQLException e) {
    return new StorageException("cannot " + what + ": " + InWords.describe(e), e);
  }
}
