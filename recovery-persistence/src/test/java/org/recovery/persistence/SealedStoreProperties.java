package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
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
import org.recovery.core.progress.Progress;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.jdbc.SealedFiles;
import org.recovery.persistence.testing.Folders;

/**
 * As partner B's process, with A's database, key vault and master key and B's own passphrase: over
 * random journeys in which A writes journal entries with markers, none of A's private entries opens
 * — the decoded events, the envelopes decrypted with the data key and the raw files hold no marker
 * — and B's report is the one B gets from the whole history.
 */
class SealedStoreProperties {
  private static final char[] FIRSTS = "first-passphrase".toCharArray();
  private static final char[] SECONDS = "second-passphrase".toCharArray();

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(40);
  }

  @Property(tries = 15)
  void theOtherPartnersProcessOpensNothingOfTheAuthors(
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 5) int markers,
      @ForAll boolean firstIsAuthor)
      throws Exception {
    PartnerId a = firstIsAuthor ? RandomJourneys.FIRST : RandomJourneys.SECOND;
    PartnerId b = firstIsAuthor ? RandomJourneys.SECOND : RandomJourneys.FIRST;
    List<JourneyEvent> history =
        new ArrayList<>(RandomJourneys.history(steps, ZoneId.of("Europe/Berlin")));
    List<String> written = new ArrayList<>();
    for (int i = 0; i < markers; i++) {
      String marker = "MARKER-" + i + "-" + Long.toHexString(System.nanoTime());
      written.add(marker);
      int at = 1 + (i * 7) % history.size();
      Instant when = history.get(at - 1).at();
      history.add(
          at,
          new JournalEntryWritten(
              when.atZone(ZoneId.of("Europe/Berlin")).toLocalDate(), marker, a, when));
    }
    Path directory = Files.createTempDirectory("sealed-store");
    byte[] material = MasterKey.randomMaterial();
    KeyProvider keys = () -> new SecretKeySpec(material, "AES");
    JourneyId journey = RandomJourneys.JOURNEY;
    try {
      try (SealingEventStore store = open(directory, keys)) {
        store.append(journey, 0, history.subList(0, 1), CommandId.random());
        store.unlock(journey, RandomJourneys.FIRST, FIRSTS);
        store.unlock(journey, RandomJourneys.SECOND, SECONDS);
        store.append(journey, 1, history.subList(1, history.size()), CommandId.random());
      }
      List<JourneyEvent> bs;
      try (SealingEventStore store = open(directory, keys)) {
        store.unlock(journey, b, b.equals(RandomJourneys.FIRST) ? FIRSTS : SECONDS);
        bs = store.read(journey).stream().map(RecordedEvent::event).toList();
      }

      assertThat(bs).hasSameSizeAs(history);
      assertThat(bs)
          .filteredOn(e -> e.by().equals(a) && e.visibility() == Visibility.PRIVATE)
          .allMatch(e -> e instanceof SealedEntry);
      assertThat(bs)
          .filteredOn(e -> !e.by().equals(a) || e.visibility() != Visibility.PRIVATE)
          .containsExactlyElementsOf(
              history.stream()
                  .filter(e -> !e.by().equals(a) || e.visibility() != Visibility.PRIVATE)
                  .toList());
      String decoded = bs.toString();
      List<String> envelopes =
          SealedFiles.decryptedEnvelopes(
              directory.resolve("r.db"),
              directory.resolve("r.db.keys"),
              MasterKey.of(material),
              journey);
      String raw = SealedFiles.rawBytes(directory);
      for (String marker : written) {
        assertThat(decoded).doesNotContain(marker);
        assertThat(envelopes).noneMatch(envelope -> envelope.contains(marker));
        assertThat(raw).doesNotContain(marker);
      }
      Instant asOf = history.get(history.size() - 1).at().plusSeconds(3600);
      assertThat(Progress.report(RandomJourneys.MODEL, bs, b, asOf))
          .isEqualTo(Progress.report(RandomJourneys.MODEL, history, b, asOf));
    } finally {
      Folders.delete(directory);
    }
  }

  private static SealingEventStore open(Path directory, KeyProvider keys) throws IOException {
    return Stores.sqlite(
        directory.resolve("r.db"), directory.resolve("r.db.keys"), keys, SealedEntriesTest.CHEAP);
  }
}
