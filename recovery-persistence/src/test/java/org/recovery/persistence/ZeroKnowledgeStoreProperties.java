package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.persistence.jdbc.SealedFiles;
import org.recovery.persistence.testing.Folders;

/**
 * Zero-knowledge mode over random journeys in which partner A writes journal entries with markers:
 * with every file of the stopped store and no passphrase, nothing reads; as partner B's process,
 * with every file and B's own passphrase, the shared history opens and none of A's private entries
 * does — neither the decoded events nor the raw files hold a marker.
 */
class ZeroKnowledgeStoreProperties {
  private static final char[] FIRSTS = "first-passphrase".toCharArray();
  private static final char[] SECONDS = "second-passphrase".toCharArray();

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(40);
  }

  @Property(tries = 10)
  void withEveryFileNothingReadsAndBsPassphraseOpensNoneOfAsPrivateEntries(
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 5) int markers,
      @ForAll boolean firstIsAuthor)
      throws Exception {
    PartnerId a = firstIsAuthor ? RandomJourneys.FIRST : RandomJourneys.SECOND;
    PartnerId b = firstIsAuthor ? RandomJourneys.SECOND : RandomJourneys.FIRST;
    ZoneId zone = ZoneId.of("Europe/Berlin");
    List<JourneyEvent> history = new ArrayList<>(RandomJourneys.history(steps, zone));
    List<String> written = new ArrayList<>();
    for (int i = 0; i < markers; i++) {
      String marker = "ZK-MARKER-" + i + "-" + Long.toHexString(System.nanoTime());
      written.add(marker);
      int at = 1 + (i * 7) % history.size();
      Instant when = history.get(at - 1).at();
      history.add(at, new JournalEntryWritten(when.atZone(zone).toLocalDate(), marker, a, when));
    }
    Path directory = Files.createTempDirectory("zero-knowledge-store");
    JourneyId journey = RandomJourneys.JOURNEY;
    try {
      try (SealingEventStore store = open(directory)) {
        store.unlock(journey, RandomJourneys.FIRST, FIRSTS);
        store.unlock(journey, RandomJourneys.SECOND, SECONDS);
        store.append(journey, 0, history, CommandId.random());
      }
      String raw = SealedFiles.rawBytes(directory);
      try (SealingEventStore store = open(directory)) {
        assertThatThrownBy(() -> store.read(journey))
            .isInstanceOf(StorageException.class)
            .hasMessageContaining("is locked");
      }
      List<JourneyEvent> bs;
      try (SealingEventStore store = open(directory)) {
        store.unlock(journey, b, b.equals(RandomJourneys.FIRST) ? FIRSTS : SECONDS);
        bs = store.read(journey).stream().map(RecordedEvent::event).toList();
      }

      assertThat(bs)
          .filteredOn(e -> e.by().equals(a) && e.visibility() == Visibility.PRIVATE)
          .isNotEmpty()
          .allMatch(e -> e instanceof SealedEntry);
      assertThat(bs)
          .filteredOn(e -> !e.by().equals(a) || e.visibility() != Visibility.PRIVATE)
          .containsExactlyElementsOf(
              history.stream()
                  .filter(e -> !e.by().equals(a) || e.visibility() != Visibility.PRIVATE)
                  .toList());
      String decoded = bs.toString();
      for (String marker : written) {
        assertThat(decoded).doesNotContain(marker);
        assertThat(raw).doesNotContain(marker);
      }
    } finally {
      Folders.delete(directory);
    }
  }

  private static SealingEventStore open(Path directory) {
    return ZeroKnowledge.sqlite(
        directory.resolve("r.db"), directory.resolve("r.db.keys"), SealedEntriesTest.CHEAP);
  }
}
