package org.recovery.persistence.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;
import org.recovery.persistence.codec.EventCodec;
import org.recovery.persistence.crypto.EventSeal;

/**
 * Seals, in place, a partner's private entries that were stored before they had a key: written by a
 * release before sealing, or by an app that never unlocked them. Their rows are rewritten in one
 * transaction; the journey's head, which chains the stored rows, is announced in the vault before
 * and recorded after, so a crash in between leaves the journey readable.
 */
final class EntrySealing {
  private final Database events;
  private final EventRows rows;
  private final KeyVault vault;
  private final EventCodec codec;
  private final PartnerKeyRows partnerRows;

  EntrySealing(
      Database events,
      EventRows rows,
      KeyVault vault,
      EventCodec codec,
      PartnerKeyRows partnerRows) {
    this.events = events;
    this.rows = rows;
    this.vault = vault;
    this.codec = codec;
    this.partnerRows = partnerRows;
  }

  /**
   * Seals {@code partner}'s private entries still stored open. Only the events after those already
   * looked at are read ({@link PartnerKeyRows#sealedThrough}), so an unlock does not decrypt the
   * whole journey each time; that mark is trusted only up to the journey's recorded head, whose
   * rows a full read checks link by link.
   *
   * @return how many were sealed
   */
  int sealOpenEntries(JourneyId journey, PartnerId partner, String keyId, SecretKey partnerKey) {
    Optional<SecretKey> dataKey = vault.reachable(journey);
    if (dataKey.isEmpty()) {
      return 0;
    }
    long marked = partnerRows.sealedThrough(journey, partner);
    long head = vault.head(journey).map(JourneyHead::version).orElse(0L);
    long from = marked <= head ? marked : 0;
    try {
      long[] last = {from};
      if (events
          .reading(c -> resealed(c, journey, partner, keyId, partnerKey, dataKey.get(), from, last))
          .isEmpty()) {
        if (last[0] > marked) {
          partnerRows.sealedThrough(journey, partner, last[0]);
        }
        return 0;
      }
      Optional<JourneyHead> recorded = vault.head(journey);
      List<byte[]> after = new ArrayList<>();
      int sealed =
          events.inTransaction(
              c -> {
                List<EventRows.Row> stored = rows.after(c, journey, 0);
                List<EventRows.Row> changed =
                    resealed(c, journey, partner, keyId, partnerKey, dataKey.get(), from, null);
                List<byte[]> all = new ArrayList<>();
                int next = 0;
                for (EventRows.Row row : stored) {
                  boolean replaced =
                      next < changed.size() && changed.get(next).version() == row.version();
                  all.add(replaced ? changed.get(next++).sealed() : row.sealed());
                }
                if (recorded.isPresent() && recorded.get().version() <= all.size()) {
                  vault
                      .heads()
                      .expect(
                          journey,
                          JourneyHead.empty()
                              .then(
                                  dataKey.get(),
                                  journey,
                                  all.subList(0, (int) recorded.get().version())));
                }
                for (EventRows.Row row : changed) {
                  rows.replace(c, journey, row.version(), row.sealed());
                }
                after.addAll(all);
                return changed.size();
              });
      vault.heads().settle(journey, JourneyHead.empty().then(dataKey.get(), journey, after));
      partnerRows.sealedThrough(journey, partner, after.size());
      if (events instanceof SqliteDatabase sqlite) {
        sqlite.checkpoint();
      }
      return sealed;
    } catch (SQLException e) {
      throw new StorageException(
          "cannot seal the private entries of a partner of journey "
              + journey
              + ": "
              + InWords.describe(e),
          e);
    }
  }

  /**
   * The rows after version {@code from} of {@code partner}'s open private entries, each as it is to
   * be stored sealed; the last version looked at goes into {@code last[0]}, if given.
   */
  private List<EventRows.Row> resealed(
      java.sql.Connection c,
      JourneyId journey,
      PartnerId partner,
      String keyId,
      SecretKey partnerKey,
      SecretKey dataKey,
      long from,
      long[] last)
      throws SQLException {
    List<EventRows.Row> out = new ArrayList<>();
    for (EventRows.Row row : rows.after(c, journey, from)) {
      if (last != null) {
        last[0] = row.version();
      }
      byte[] envelope = EventSeal.open(dataKey, journey, row.version(), row.sealed());
      JourneyEvent event = codec.decode(journey, row.version(), envelope);
      if (!(event instanceof SealedEntry)
          && event.visibility() == Visibility.PRIVATE
          && event.by().equals(partner)) {
        byte[] sealed = codec.encodeSealed(journey, row.version(), event, keyId, partnerKey);
        out.add(
            new EventRows.Row(
                row.version(), EventSeal.seal(dataKey, journey, row.version(), sealed)));
      }
    }
    return out;
  }
}
