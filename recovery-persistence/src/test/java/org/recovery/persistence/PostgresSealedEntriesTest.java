package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.persistence.AnaAndBen.ANA;
import static org.recovery.persistence.AnaAndBen.ANAS;
import static org.recovery.persistence.AnaAndBen.BEN;
import static org.recovery.persistence.AnaAndBen.BENS;
import static org.recovery.persistence.AnaAndBen.journal;
import static org.recovery.persistence.AnaAndBen.started;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;
import org.recovery.persistence.testing.TestPostgres;

/**
 * Sealed entries on PostgreSQL: partner B's process, with A's database (events and key vault in
 * it), the master key and B's own passphrase, opens none of A's private entries, and no row of the
 * database holds A's words.
 */
class PostgresSealedEntriesTest {
  private static final String MARKER = "ANA-WROTE-THIS-ON-POSTGRES-5c1e";

  private final String url = TestPostgres.newDatabaseUrl();
  private final byte[] material = MasterKey.randomMaterial();
  private final JourneyId journey = JourneyId.random();

  private SealingEventStore open() {
    PGSimpleDataSource pool = new PGSimpleDataSource();
    pool.setUrl(url);
    return new SealingStore(
        JdbcEventStore.postgres(
            pool,
            pool,
            MasterKey.of(material.clone()),
            Clock.systemUTC(),
            () -> {},
            Integer.MAX_VALUE,
            SealedEntriesTest.CHEAP));
  }

  @Test
  void theOtherPartnersProcessOpensNoneOfTheAuthorsEntries() throws Exception {
    try (SealingEventStore store = open()) {
      store.append(journey, 0, List.of(started(journey)), CommandId.random());
      store.unlock(journey, ANA, ANAS);
      store.unlock(journey, BEN, BENS);
      store.append(
          journey,
          1,
          List.of(journal(ANA, MARKER), journal(BEN, "ben's own words")),
          CommandId.random());
    }

    List<JourneyEvent> bens;
    try (SealingEventStore store = open()) {
      assertThat(store.unlock(journey, BEN, BENS).recoveryCode()).isEmpty();
      bens = store.read(journey).stream().map(RecordedEvent::event).toList();
    }

    assertThat(bens).hasSize(3);
    assertThat(bens.get(1))
        .isInstanceOf(SealedEntry.class)
        .extracting(JourneyEvent::by)
        .isEqualTo(ANA);
    assertThat(bens.get(2)).isEqualTo(journal(BEN, "ben's own words"));
    assertThat(bens)
        .filteredOn(e -> e.by().equals(ANA) && e.visibility() == Visibility.PRIVATE)
        .allMatch(e -> e instanceof SealedEntry);
    assertThat(bens.toString()).doesNotContain(MARKER);
    assertThat(everyRow()).doesNotContain(MARKER).contains("partner_keys");
  }

  /** Every row of every table of the database, as text (byte columns in Latin-1). */
  private String everyRow() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      List<String> tables = new java.util.ArrayList<>();
      try (ResultSet t =
          s.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = 'public'")) {
        while (t.next()) {
          tables.add(t.getString(1));
        }
      }
      for (String table : tables) {
        all.append(table).append('\n');
        try (ResultSet row = s.executeQuery("SELECT * FROM " + table)) {
          int columns = row.getMetaData().getColumnCount();
          while (row.next()) {
            for (int i = 1; i <= columns; i++) {
              int type = row.getMetaData().getColumnType(i);
              if (type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY) {
                byte[] bytes = row.getBytes(i);
                all.append(
                    bytes == null
                        ? ""
                        : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
              } else {
                all.append(row.getString(i));
              }
              all.append('|');
            }
          }
        }
      }
    }
    return all.toString();
  }
}
