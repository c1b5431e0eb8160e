package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.testing.Folders;

/**
 * What {@link SealingEventStore#appendAndRead} gives back, which a cache keeps instead of reading
 * the rows again, is what a read gives: over random journeys appended in random pieces to an
 * encrypted SQLite store, with one partner's key unlocked (their private entries sealed under it)
 * or none, the events given back equal the same store's read and a read by a fresh store on the
 * same files with the same key unlocked.
 */
class AppendAndReadProperties {
  private static final char[] PASSPHRASE = "first-passphrase".toCharArray();

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(30);
  }

  @Property(tries = 12)
  void whatAnAppendGivesBackIsWhatAReadGives(
      @ForAll("steps") List<Step> steps,
      @ForAll @Size(min = 20, max = 20) List<@IntRange(min = 1, max = 9) Integer> pieces,
      @ForAll boolean sealing)
      throws Exception {
    List<JourneyEvent> history = RandomJourneys.history(steps, ZoneId.of("Europe/Berlin"));
    Path directory = Files.createTempDirectory("append-and-read");
    byte[] material = MasterKey.randomMaterial();
    KeyProvider keys = () -> new SecretKeySpec(material, "AES");
    JourneyId journey = RandomJourneys.JOURNEY;
    try {
      List<RecordedEvent> given = new ArrayList<>();
      try (SealingEventStore store = open(directory, keys)) {
        given.addAll(store.appendAndRead(journey, 0, history.subList(0, 1), CommandId.random()));
        if (sealing) {
          store.unlock(journey, RandomJourneys.FIRST, PASSPHRASE);
        }
        for (int at = 1, piece = 0; at < history.size(); piece++) {
          int to = Math.min(history.size(), at + pieces.get(piece % pieces.size()));
          List<RecordedEvent> back =
              store.appendAndRead(journey, at, history.subList(at, to), CommandId.random());
          assertThat(back).isEqualTo(store.read(journey, at));
          given.addAll(back);
          at = to;
        }
        assertThat(given).extracting(RecordedEvent::event).isEqualTo(history);
      }
      try (SealingEventStore fresh = open(directory, keys)) {
        if (sealing) {
          fresh.unlock(journey, RandomJourneys.FIRST, PASSPHRASE);
        }
        assertThat(given).isEqualTo(fresh.read(journey));
      }
    } finally {
      Folders.delete(directory);
    }
  }

  private static SealingEventStore open(Path directory, KeyProvider keys) throws IOException {
    return Stores.sqlite(
        directory.resolve("r.db"), directory.resolve("r.db.keys"), keys, SealedEntriesTest.CHEAP);
  }
}
