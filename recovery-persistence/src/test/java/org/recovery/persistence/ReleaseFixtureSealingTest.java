package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.report.ReportView;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.report.ReportJson;

/**
 * A database of release 0.1.0 moves to sealed entries as each partner first unlocks: their private
 * entries are sealed in place, the journey stays whole (its head follows), and both partners'
 * reports are the same, to the last character, before and after.
 */
class ReleaseFixtureSealingTest {
  private static final String NAME = "release-0.1.0";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path directory;

  @Test
  void eachPartnersFirstUnlockSealsTheirEntriesAndLeavesBothReportsAsTheyWere() throws IOException {
    Path database = copy(NAME + ".sqlite", "old.sqlite");
    Path vault = copy(NAME + ".vault", "old.vault");
    KeyProvider keys = ReleaseFixtures.keyFrom(copy(NAME + ".master-key.txt", "old.key.txt"));
    Map<String, String> before = new HashMap<>();
    Map<JourneyId, List<PartnerId>> partners = new HashMap<>();
    try (SealingEventStore store = Stores.sqlite(database, vault, keys, SealedEntriesTest.CHEAP)) {
      for (JourneyId journey : store.list()) {
        JourneyStarted start = (JourneyStarted) store.read(journey).get(0).event();
        partners.put(journey, List.of(start.firstPartner(), start.secondPartner()));
        for (PartnerId partner : partners.get(journey)) {
          before.put(journey + "/" + partner, report(store, journey, partner));
        }
      }
    }
    assertThat(before).hasSize(4);

    int sealed = 0;
    for (JourneyId journey : partners.keySet()) {
      for (PartnerId partner : partners.get(journey)) {
        try (SealingEventStore store =
            Stores.sqlite(database, vault, keys, SealedEntriesTest.CHEAP)) {
          SealingEventStore.Unlocked unlocked =
              store.unlock(journey, partner, passphraseOf(partner));
          assertThat(unlocked.recoveryCode()).isPresent();
          sealed += unlocked.sealedNow();
        }
      }
    }
    assertThat(sealed).as("private entries sealed on first unlock").isPositive();

    for (JourneyId journey : partners.keySet()) {
      for (PartnerId partner : partners.get(journey)) {
        try (SealingEventStore store =
            Stores.sqlite(database, vault, keys, SealedEntriesTest.CHEAP)) {
          assertThat(store.unlock(journey, partner, passphraseOf(partner)).sealedNow()).isZero();
          assertThat(report(store, journey, partner).getBytes(StandardCharsets.UTF_8))
              .as("report of %s in %s, byte for byte", partner, journey)
              .isEqualTo(before.get(journey + "/" + partner).getBytes(StandardCharsets.UTF_8));
          PartnerId other =
              partners.get(journey).get(0).equals(partner)
                  ? partners.get(journey).get(1)
                  : partners.get(journey).get(0);
          List<JourneyEvent> events =
              store.read(journey).stream().map(RecordedEvent::event).toList();
          assertThat(events)
              .filteredOn(e -> e.by().equals(other) && e.visibility() == Visibility.PRIVATE)
              .allMatch(e -> e instanceof SealedEntry)
              .isNotEmpty();
          assertThat(events)
              .filteredOn(e -> e.by().equals(partner))
              .noneMatch(e -> e instanceof SealedEntry);
        }
      }
    }
  }

  /**
   * The partner's report as the core gives it and as the JSON report format renders it, to compare
   * byte for byte.
   */
  private static String report(SealingEventStore store, JourneyId journey, PartnerId partner) {
    Journeys journeys = Journeys.using(store, CLOCK);
    ProgressReport report = journeys.report(journey, partner).orElseThrow();
    return report
        + "\n"
        + ReportJson.write(
            ReportView.of(
                report,
                journeys.summary(journey).orElseThrow(),
                journeys.model(),
                journeys.instruments()));
  }

  private static char[] passphraseOf(PartnerId partner) {
    return ("passphrase of " + partner).toCharArray();
  }

  private Path copy(String resource, String as) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/fixtures/" + resource)) {
      Path target = directory.resolve(as);
      Files.copy(in, target);
      return target;
    }
  }
}
