package org.recovery.persistence.jdbc;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.persistence.crypto.Aead;

/**
 * The {@code snapshots} table (events migration V004) and the form of one snapshot. A snapshot of a
 * journey at version {@code n} holds exactly what its rows 1..n hold once opened with the journey's
 * data key — the stored envelopes, in order, a partner's sealed entries still sealed inside them —
 * and the head chain at {@code n}. It is sealed with AES-256-GCM under the same data key, bound to
 * the journey, {@code n} and its format, so it never holds more than the rows and opens only where
 * they do.
 *
 * <p>Content: {@code chain (32 bytes) ‖ count (int) ‖ count × (length (int) ‖ envelope)}, cut into
 * segments of {@value #SEGMENT} bytes (the last one shorter), each sealed on its own and bound to
 * its place and to the snapshot (a random id): stored as {@code segments (int) ‖ id (16 bytes) ‖
 * segments × (length (int) ‖ sealed segment)}. A segment moved, dropped, repeated or taken from
 * another snapshot does not open. (Format 1 sealed the content as one message; Java 17 opens one
 * message of megabytes in code it has not compiled, at about 65 MB/s, and short ones in compiled
 * code after the first few hundred.)
 */
final class Snapshots {
  /** The only format this release writes and reads; a snapshot of another is ignored. */
  static final int FORMAT = 2;

  /**
   * The bytes of content per sealed segment: at 2 KB a fresh JVM opened a 45 MB snapshot in about
   * half the time it took as one message; at 8 KB and more the gain was gone.
   */
  static final int SEGMENT = 2048;

  /** What sealing adds to each segment: {@link Aead}'s format byte, nonce and tag. */
  private static final int SEALING = 1 + 12 + 16;

  private static final int ID_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How many events a read decrypts one by one, beyond the snapshot, before it makes a new one. */
  static final int EVERY = 256;

  private final Dialect dialect;

  Snapshots(Dialect dialect) {
    this.dialect = dialect;
  }

  /** A snapshot row as stored: still sealed. */
  record Stored(long version, int format, byte[] sealed) {}

  /** An opened snapshot: the head chain at its version, and the envelopes of rows 1..version. */
  record Content(JourneyHead head, List<byte[]> envelopes) {}

  /** A snapshot that cannot be used, and why, in words that quote nothing of it. */
  static final class Unusable extends Exception {
    Unusable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The journey's snapshot, if it has one. */
  Optional<Stored> find(Connection c, JourneyId journey) throws SQLException {
    return find(c, journey, -1);
  }

  /**
   * The journey's snapshot if it holds events after version {@code after}: a read that starts at or
   * after the snapshot's version does not fetch it (it holds the whole history, megabytes for a
   * long journey).
   */
  Optional<Stored> find(Connection c, JourneyId journey, long after) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT version, format, sealed FROM snapshots WHERE journey_id = ? AND version > ?")) {
      dialect.bindUuid(q, 1, journey.value());
      q.setLong(2, after);
      try (ResultSet row = q.executeQuery()) {
        return row.next()
            ? Optional.of(new Stored(row.getLong(1), row.getInt(2), row.getBytes(3)))
            : Optional.empty();
      }
    }
  }

  /** Stores {@code snapshot} as the journey's, replacing any it had. */
  void put(Connection c, JourneyId journey, Stored snapshot, Instant madeAt) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO snapshots (journey_id, version, format, sealed, made_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (journey_id) DO UPDATE SET"
                + " version = excluded.version, format = excluded.format,"
                + " sealed = excluded.sealed, made_at = excluded.made_at")) {
      dialect.bindUuid(upsert, 1, journey.value());
      upsert.setLong(2, snapshot.version());
      upsert.setInt(3, snapshot.format());
      upsert.setBytes(4, snapshot.sealed());
      dialect.bindInstant(upsert, 5, madeAt);
      upsert.executeUpdate();
    }
  }

  /** Deletes the journey's snapshot. @return whether it had one */
  boolean delete(Connection c, JourneyId journey) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM snapshots WHERE journey_id = ?")) {
      dialect.bindUuid(delete, 1, journey.value());
      return delete.executeUpdate() > 0;
    }
  }

  /**
   * Takes the journey's row lock until the transaction on {@code c} ends (PostgreSQL; SQLite's
   * write transactions hold the whole file already), so a snapshot is never written over rows that
   * another transaction is rewriting. @return whether the journey exists
   */
  boolean lockJourney(Connection c, JourneyId journey) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("SELECT 1 FROM journeys WHERE id = ?" + dialect.forUpdate())) {
      dialect.bindUuid(q, 1, journey.value());
      try (ResultSet row = q.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Seals the snapshot of {@code journey} at {@code head}, of the rows' {@code envelopes}. */
  static Stored seal(
      SecretKey dataKey, JourneyId journey, JourneyHead head, List<byte[]> envelopes) {
    if (envelopes.size() != head.version()) {
      throw new IllegalArgumentException(
          "a snapshot at version "
              + head.version()
              + " needs as many envelopes, not "
              + envelopes.size());
    }
    long size = 32 + 4;
    for (byte[] envelope : envelopes) {
      size += 4 + envelope.length;
    }
    long sealedSize = 4 + ID_BYTES + size + (size / SEGMENT + 1) * (4 + SEALING);
    if (sealedSize > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a snapshot of " + size + " bytes is more than one array holds");
    }
    // Made at its size: a 45 MB snapshot grown by doubling copied 90 MB more.
    ByteBuffer out = ByteBuffer.allocate((int) size).put(head.chain()).putInt(envelopes.size());
    for (byte[] envelope : envelopes) {
      out.putInt(envelope.length).put(envelope);
    }
    byte[] content = out.array();
    int segments = Math.max(1, (content.length + SEGMENT - 1) / SEGMENT);
    byte[] id = new byte[ID_BYTES];
    RANDOM.nextBytes(id);
    ByteBuffer sealed =
        ByteBuffer.allocate(4 + ID_BYTES + content.length + segments * (4 + SEALING));
    sealed.putInt(segments).put(id);
    String bound = bound(journey, head.version(), id);
    for (int i = 0; i < segments; i++) {
      int from = i * SEGMENT;
      byte[] segment =
          Aead.seal(
              dataKey,
              content,
              from,
              Math.min(content.length - from, SEGMENT),
              associatedData(bound, i, segments));
      sealed.putInt(segment.length).put(segment);
    }
    return new Stored(head.version(), FORMAT, sealed.array());
  }

  /**
   * Opens {@code stored}, the snapshot row of {@code journey}.
   *
   * @throws Unusable if its format is unknown, it does not open under {@code dataKey} for this
   *     journey and version, or its content is malformed
   */
  static Content open(SecretKey dataKey, JourneyId journey, Stored stored) throws Unusable {
    if (stored.format() != FORMAT) {
      throw new Unusable("its format " + stored.format() + " is not one this release reads");
    }
    byte[] plain = opened(dataKey, journey, stored);
    try {
      ByteBuffer in = ByteBuffer.wrap(plain);
      byte[] chain = new byte[32];
      in.get(chain);
      int count = in.getInt();
      if (count != stored.version()) {
        throw new Unusable("it holds " + count + " events for version " + stored.version());
      }
      List<byte[]> envelopes = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        byte[] envelope = new byte[in.getInt()];
        in.get(envelope);
        envelopes.add(envelope);
      }
      if (in.hasRemaining()) {
        throw new Unusable("it has bytes after its last event");
      }
      return new Content(new JourneyHead(stored.version(), chain), envelopes);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new Unusable("its content is malformed");
    }
  }

  /** The content of {@code stored}, its segments opened and joined. */
  private static byte[] opened(SecretKey dataKey, JourneyId journey, Stored stored)
      throws Unusable {
    ByteBuffer in = ByteBuffer.wrap(stored.sealed());
    try {
      int segments = in.getInt();
      byte[] id = new byte[ID_BYTES];
      in.get(id);
      // Every segment takes at least its length and its sealing: a count that cannot fit is
      // refused before anything is made for it.
      if (segments < 1 || segments > in.remaining() / (4 + SEALING)) {
        throw new Unusable("its count of segments does not fit its size");
      }
      byte[] content = new byte[in.remaining() - segments * (4 + SEALING)];
      int filled = 0;
      String bound = bound(journey, stored.version(), id);
      for (int i = 0; i < segments; i++) {
        int length = in.getInt();
        if (length < SEALING || length > in.remaining()) {
          throw new Unusable("its segment " + (i + 1) + " has a length that does not fit");
        }
        filled +=
            Aead.open(
                dataKey,
                stored.sealed(),
                in.position(),
                length,
                associatedData(bound, i, segments),
                content,
                filled);
        in.position(in.position() + length);
      }
      if (in.hasRemaining()) {
        throw new Unusable("it has bytes after its last segment");
      }
      return content;
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      // a segment longer than the content left for it, found before it is opened
      throw new Unusable("its segments are malformed");
    } catch (Aead.AuthenticationFailed e) {
      throw new Unusable(
          "it does not open under the journey's data key: altered, moved from another journey,"
              + " or made under another key");
    }
  }

  /** What every segment's associated data begins with: all but its place. */
  private static String bound(JourneyId journey, long version, byte[] id) {
    return "recovery:snapshot:v"
        + FORMAT
        + ":"
        + journey
        + ":"
        + version
        + ":"
        + HexFormat.of().formatHex(id)
        + ":";
  }

  private static byte[] associatedData(String bound, int index, int segments) {
    return (bound + index + "/" + segments).getBytes(StandardCharsets.US_ASCII);
  }
}
