package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.progress.Progress;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.persistence.testing.Folders;

/**
 * Snapshots hold what the rows hold and no more: a partner's sealed entries stay sealed in them, a
 * partner whose key is unlocked gets their entries opened from them, and sealing a partner's
 * earlier entries leaves no snapshot of the open ones behind.
 */
class SnapshotSealingTest {
  private static final PartnerId ANA = new PartnerId(new UUID(1, 1));
  private static final PartnerId BEN = new PartnerId(new UUID(2, 2));
  private static final Instant AT = Instant.parse("2026-03-02T07:00:00Z");
  private static final char[] FIRSTS = "first-passphrase".toCharArray();
  private static final char[] SECONDS = "second-passphrase".toCharArray();
  private static final int NEVER = Integer.MAX_VALUE;

  @TempDir Path directory;

  @Test
  void sealingAPartnersEntriesDeletesTheSnapshotAndAStaleOneIsNotUsed() throws Exception {
    SnapshotFiles files = new SnapshotFiles(directory);
    JourneyId journey = JourneyId.random();
    JourneyEvent started =
        new JourneyStarted(
            journey,
            ANA,
            "Ana",
            BEN,
            "Ben",
            ZoneId.of("Europe/Berlin"),
            7,
            36,
            "standard",
            3,
            ANA,
            AT);
    JourneyEvent entry = new JournalEntryWritten(LocalDate.of(2026, 3, 2), "MARKER-ana", ANA, AT);
    try (JdbcEventStore store = files.open(1)) {
      store.append(journey, 0, List.of(started, entry), CommandId.random());
      assertThat(store.read(journey)).extracting(RecordedEvent::event).contains(entry);
      Snapshots.Stored stale = files.snapshot(journey).orElseThrow();
      assertThat(files.snapshotEnvelopes(journey)).anyMatch(e -> e.contains("MARKER-ana"));

      store.partnerKeys().unlock(journey, ANA, FIRSTS);
      assertThat(files.snapshot(journey)).as("deleted with the rows' rewrite").isEmpty();
      files.put(journey, stale);
    }

    try (JdbcEventStore other = files.open(1)) {
      assertThat(other.read(journey).get(1).event()).isInstanceOf(SealedEntry.class);
    }
    assertThat(files.snapshotEnvelopes(journey))
        .isEqualTo(files.rowEnvelopes(journey))
        .noneMatch(e -> e.contains("MARKER-ana"));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(40);
  }

  /**
   * As in SealedStoreProperties: partner A writes journal entries with markers; the snapshots made
   * in A's process (A unlocked) and in B's (B unlocked), decrypted with the journey's data key as B
   * can, hold none of them; each process reads its own report from the snapshot.
   */
  @Property(tries = 10)
  void theOtherPartnersProcessReadsNoMarkerFromAnySnapshot(
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 5) int markers,
      @ForAll @IntRange(min = 0, max = 1000) int cut,
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
    int split = 2 + cut % (history.size() - 1);
    JourneyId journey = RandomJourneys.JOURNEY;
    Path folder = Files.createTempDirectory("snapshot-sealing");
    try {
      SnapshotFiles files = new SnapshotFiles(folder);
      try (JdbcEventStore both = files.open(NEVER)) {
        both.append(journey, 0, history.subList(0, 1), CommandId.random());
        both.partnerKeys().unlock(journey, RandomJourneys.FIRST, FIRSTS);
        both.partnerKeys().unlock(journey, RandomJourneys.SECOND, SECONDS);
        both.append(journey, 1, history.subList(1, split), CommandId.random());
      }
      List<JourneyEvent> as = readAs(files, journey, a, passphrase(a));
      assertThat(files.snapshot(journey).orElseThrow().version()).isEqualTo(split);
      try (JdbcEventStore both = files.open(NEVER)) {
        both.partnerKeys().unlock(journey, RandomJourneys.FIRST, FIRSTS);
        both.partnerKeys().unlock(journey, RandomJourneys.SECOND, SECONDS);
        if (split < history.size()) {
          both.append(journey, split, history.subList(split, history.size()), CommandId.random());
        }
      }
      List<JourneyEvent> bs = readAs(files, journey, b, passphrase(b));
      assertThat(files.snapshot(journey).orElseThrow().version()).isEqualTo(history.size());
      as = readAs(files, journey, a, passphrase(a));

      assertThat(as)
          .as("the author's entries open from the snapshot; the other's private ones do not")
          .filteredOn(e -> !(e.by().equals(b) && e.visibility() == Visibility.PRIVATE))
          .containsExactlyElementsOf(
              history.stream()
                  .filter(e -> !(e.by().equals(b) && e.visibility() == Visibility.PRIVATE))
                  .toList());
      assertThat(bs)
          .filteredOn(e -> e.by().equals(a) && e.visibility() == Visibility.PRIVATE)
          .hasSizeGreaterThanOrEqualTo(markers)
          .allMatch(e -> e instanceof SealedEntry);
      List<String> opened = files.openedSnapshots();
      assertThat(opened).hasSize(1);
      String raw = SealedFiles.rawBytes(folder);
      for (String marker : written) {
        assertThat(opened).noneMatch(s -> s.contains(marker));
        assertThat(bs.toString()).doesNotContain(marker);
        assertThat(raw).doesNotContain(marker);
      }
      Instant asOf = history.get(history.size() - 1).at().plusSeconds(3600);
      assertThat(Progress.report(RandomJourneys.MODEL, bs, b, asOf))
          .isEqualTo(Progress.report(RandomJourneys.MODEL, history, b, asOf));
    } finally {
      Folders.delete(folder);
    }
  }

  private static char[] passphrase(PartnerId partner) {
    return partner.equals(RandomJourneys.FIRST) ? FIRSTS : SECONDS;
  }

  /** Reads the journey in a process where only {@code partner} is unlocked, making a snapshot. */
  private static List<JourneyEvent> readAs(
      SnapshotFiles files, JourneyId journey, PartnerId partner, char[] passphrase) {
    try (JdbcEventStore store = files.open(1)) {
      store.partnerKeys().unlock(journey, partner, passphrase);
      return SnapshotProperties.events(store.read(journey));
    }
  }
}
