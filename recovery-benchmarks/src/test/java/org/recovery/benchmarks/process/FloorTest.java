package org.recovery.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.JdbcEventStore;

class FloorTest {
  private static final Instant AT = Instant.parse("2025-03-03T18:30:00Z");

  @TempDir Path folder;

  @Test
  void theScanFloorReadsEveryStoredRowOfEveryJourney() throws Exception {
    Path database = folder.resolve("floor.db");
    PartnerId sam = PartnerId.random();
    try (JdbcEventStore store =
        JdbcEventStore.sqlite(
            database,
            folder.resolve("floor.db.keys"),
            MasterKey.of(MasterKey.randomMaterial()),
            Clock.fixed(AT, ZoneOffset.UTC))) {
      for (int journey = 0; journey < 2; journey++) {
        List<JourneyEvent> entries =
            List.of(entry(sam, "first"), entry(sam, "second"), entry(sam, "third"));
        store.append(JourneyId.random(), 0, entries, CommandId.random());
      }
    }

    long[] scanned = Floor.scan(database.toString());

    assertThat(scanned[0]).isEqualTo(6);
    assertThat(scanned[1]).as("sealed rows are longer than their words").isGreaterThan(6 * 20);
  }

  private static JournalEntryWritten entry(PartnerId by, String text) {
    return new JournalEntryWritten(LocalDate.of(2025, 3, 3), text, by, AT);
  }
}
