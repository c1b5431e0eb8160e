package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.persistence.crypto.MasterKey;
import org.recovery.persistence.testing.Folders;

/**
 * The journey a {@link Journeys} keeps in memory is checked against the store's version only; over
 * random journeys written in turns by two store instances on the same SQLite files (as two
 * processes would), with an occasional delete by the other one, what the cached journeys show is
 * always what a fresh read of the whole history shows.
 */
class CachedJourneyProperties {
  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(30);
  }

  @Property(tries = 12)
  void theCachedJourneyAlwaysEqualsAFreshReplay(
      @ForAll("steps") List<Step> steps,
      @ForAll @Size(min = 60, max = 60) List<Boolean> byTheOther,
      @ForAll boolean deleteOnce)
      throws Exception {
    List<JourneyEvent> history = RandomJourneys.history(steps, ZoneId.of("Europe/Berlin"));
    Path directory = Files.createTempDirectory("cached-journey");
    byte[] material = MasterKey.randomMaterial();
    KeyProvider keys = () -> new SecretKeySpec(material, "AES");
    Clock clock = Clock.fixed(RandomJourneys.START.plusSeconds(86_400L * 400), ZoneOffset.UTC);
    JourneyId journey = RandomJourneys.JOURNEY;
    Path database = directory.resolve("r.db");
    try (CloseableEventStore mine = Stores.sqlite(database, keys);
        CloseableEventStore other = Stores.sqlite(database, keys)) {
      Journeys cached = Journeys.using(mine, clock);
      int deleteAt = deleteOnce ? history.size() / 2 : -1;
      long version = 0;
      for (int i = 0; i < history.size(); i++) {
        if (i == deleteAt) {
          other.delete(journey);
          version = 0;
          assertSame(cached, mine, clock, journey);
          for (int j = 0; j < i; j++) {
            other.append(journey, version++, history.subList(j, j + 1), CommandId.random());
          }
        }
        CloseableEventStore writer = byTheOther.get(i % byTheOther.size()) ? other : mine;
        writer.append(journey, version++, history.subList(i, i + 1), CommandId.random());
        assertSame(cached, mine, clock, journey);
      }
    } finally {
      Folders.delete(directory);
    }
  }

  private static void assertSame(
      Journeys cached, CloseableEventStore store, Clock clock, JourneyId journey) {
    Journeys fresh = Journeys.using(store, clock);
    assertThat(cached.summary(journey)).isEqualTo(fresh.summary(journey));
    assertThat(cached.view(journey, RandomJourneys.FIRST))
        .isEqualTo(fresh.view(journey, RandomJourneys.FIRST));
    assertThat(cached.view(journey, RandomJourneys.SECOND))
        .isEqualTo(fresh.view(journey, RandomJourneys.SECOND));
  }
}
