package org.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the events a database holds of a journey against the journey's head recorded in the key
 * vault (see {@link JourneyHead}), so that a journey cut short — its newest events deleted, or the
 * database rolled back to an older copy — is refused instead of read as if nothing were missing.
 *
 * <p>The vault's head is advanced after the events are committed, so after a crash between the two
 * the database may be ahead of the head: that is accepted (the chain up to the head must match) and
 * the head caught up. A journey written before heads were kept has none until its next write or
 * full read.
 */
final class JourneyHeads {
  private static final Logger LOG = LoggerFactory.getLogger(JourneyHeads.class);

  private final KeyVault vault;
  private final EventRows rows;

  JourneyHeads(KeyVault vault, EventRows rows) {
    this.vault = vault;
    this.rows = rows;
  }

  /** The head recorded for {@code journey}, if any. */
  Optional<JourneyHead> recorded(JourneyId journey) {
    return vault.head(journey);
  }

  /**
   * Checks {@code stored}, the journey's rows after version {@code after}, read after {@code
   * recorded} was (the head only ever follows the rows). Rows from the start are checked link by
   * link; later ones by their count.
   *
   * @param key the journey's data key, or null when {@code stored} is empty
   * @return the head after the last of {@code stored}, if they were read from the start and checked
   *     link by link
   * @throws StorageException if the journey holds fewer events than recorded, or others
   */
  Optional<JourneyHead> check(
      JourneyId journey,
      Optional<JourneyHead> recorded,
      SecretKey key,
      long after,
      List<EventRows.Row> stored) {
    long last = stored.isEmpty() ? after : stored.get(stored.size() - 1).version();
    if (recorded.isPresent() && last < recorded.get().version()) {
      if (recorded(journey).isEmpty()) {
        return Optional.empty(); // deleted meanwhile: its head went first, then its rows
      }
      throw cutShort(journey, recorded.get().version(), last);
    }
    if (after != 0 || stored.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> sealed = stored.stream().map(EventRows.Row::sealed).toList();
    JourneyHead head = verified(journey, key, sealed, recorded);
    if (recorded.isEmpty() || recorded.get().version() < head.version()) {
      advance(journey, head);
    }
    return Optional.of(head);
  }

  /**
   * The head at {@code version}, which the transaction on {@code c} found to be the journey's last:
   * the recorded one if it is there, else computed from the stored rows.
   */
  JourneyHead at(
      Connection c, JourneyId journey, SecretKey key, long version, Optional<JourneyHead> recorded)
      throws SQLException {
    if (recorded.isPresent() && recorded.get().version() > version) {
      throw cutShort(journey, recorded.get().version(), version);
    }
    if (version == 0) {
      return JourneyHead.empty();
    }
    if (recorded.isPresent() && recorded.get().version() == version) {
      return recorded.get();
    }
    List<byte[]> sealed = rows.after(c, journey, 0).stream().map(EventRows.Row::sealed).toList();
    return verified(journey, key, sealed, recorded);
  }

  /** Records {@code head}; a failure is logged, since the events it follows are stored. */
  void advance(JourneyId journey, JourneyHead head) {
    try {
      vault.heads().advance(journey, head);
    } catch (StorageException e) {
      LOG.warn(
          "could not record the head of journey {} at version {}; it is recorded at the"
              + " journey's next write or read: {}",
          journey,
          head.version(),
          e.getMessage());
    }
  }

  private JourneyHead verified(
      JourneyId journey, SecretKey key, List<byte[]> sealed, Optional<JourneyHead> recorded) {
    if (recorded.isEmpty()) {
      return JourneyHead.empty().then(key, journey, sealed);
    }
    int upTo = (int) recorded.get().version();
    if (sealed.size() < upTo) {
      throw cutShort(journey, upTo, sealed.size());
    }
    JourneyHead prefix = JourneyHead.empty().then(key, journey, sealed.subList(0, upTo));
    if (!prefix.sameAs(recorded.get()) && !rewritten(journey, prefix)) {
      throw new StorageException(
          "journey "
              + journey
              + " is not the one its key vault"
              + " recorded: its first "
              + upTo
              + " events differ from those last written. The"
              + " database was replaced by another copy or altered; restore its newest copy");
    }
    return prefix.then(key, journey, sealed.subList(upTo, sealed.size()));
  }

  /**
   * Whether {@code prefix} is the head a rewrite of the journey's rows in place (sealing a
   * partner's entries) announced before it changed them; if so, it becomes the recorded head.
   */
  private boolean rewritten(JourneyId journey, JourneyHead prefix) {
    Optional<byte[]> expected = vault.heads().expected(journey);
    if (expected.isPresent() && prefix.sameAs(new JourneyHead(prefix.version(), expected.get()))) {
      vault.heads().settle(journey, prefix);
      LOG.info(
          "journey {}: the rewrite of its rows at version {} is complete",
          journey,
          prefix.version());
      return true;
    }
    return false;
  }

  private static StorageException cutShort(JourneyId journey, long recorded, long found) {
    return new StorageException(
        "journey "
            + journey
            + " has been cut short: its key vault"
            + " recorded "
            + recorded
            + " events, but the database holds "
            + found
            + ". Its newest"
            + " events were deleted, or the database was restored from an older copy; restore its"
            + " newest copy");
  }
}
