package org.recovery.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.ModelRef;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.Settings;

class InMemoryEventStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-02T07:00:00Z");
  private static final Partner SAM = new Partner(new PartnerId(new UUID(1, 1)), "Sam");
  private static final Partner ALEX = new Partner(new PartnerId(new UUID(2, 2)), "Alex");

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final JourneyId journey = new JourneyId(new UUID(9, 9));

  private static JourneyEvent started(JourneyId id) {
    return Journey.start(
        id,
        SAM,
        ALEX,
        ZoneId.of("Europe/Berlin"),
        Settings.DEFAULTS,
        new ModelRef("standard", 1),
        NOW);
  }

  private static JourneyEvent entry(int n) {
    return new JournalEntryWritten(LocalDate.of(2026, 3, 2), "entry " + n, SAM.id(), NOW);
  }

  private long append(long expected, JourneyEvent... events) {
    return store.append(journey, expected, List.of(events), CommandId.random());
  }

  private List<JourneyEvent> events(long after) {
    return store.read(journey, after).stream().map(RecordedEvent::event).toList();
  }

  @Test
  void appendedEventsAreReadBackInOrderWithVersionsFromOne() {
    assertThat(append(0, started(journey))).isEqualTo(1);
    assertThat(append(1, entry(1), entry(2))).isEqualTo(3);

    assertThat(store.read(journey))
        .containsExactly(
            new RecordedEvent(journey, 1, started(journey)),
            new RecordedEvent(journey, 2, entry(1)),
            new RecordedEvent(journey, 3, entry(2)));
  }

  @ParameterizedTest(name = "after version {0}")
  @ValueSource(longs = {-1, 0, 1, 2, 3, 4, 100})
  void readingAfterAVersionReturnsOnlyLaterEvents(long after) {
    append(0, started(journey), entry(1), entry(2));

    List<RecordedEvent> read = store.read(journey, after);
    assertThat(read).hasSize((int) Math.max(0, 3 - Math.max(0, after)));
    assertThat(read).allMatch(r -> r.version() > after);
  }

  @Test
  void anUnknownJourneyReadsEmpty() {
    assertThat(store.read(JourneyId.random())).isEmpty();
    assertThat(store.read(JourneyId.random(), 5)).isEmpty();
  }

  @Test
  void journeysAreListedInTheOrderTheyWereCreated() {
    JourneyId second = new JourneyId(new UUID(0, 1));
    JourneyId third = new JourneyId(new UUID(7, 7));
    append(0, started(journey));
    store.append(second, 0, List.of(started(second)), CommandId.random());
    store.append(third, 0, List.of(started(third)), CommandId.random());
    append(1, entry(1));

    assertThat(store.list()).containsExactly(journey, second, third);
  }

  @Test
  void deletingAJourneyRemovesEverythingOfIt() {
    JourneyId other = JourneyId.random();
    append(0, started(journey), entry(1));
    store.append(other, 0, List.of(started(other)), CommandId.random());

    assertThat(store.delete(journey)).isTrue();
    assertThat(store.read(journey)).isEmpty();
    assertThat(store.list()).containsExactly(other);
    assertThat(store.delete(journey)).isFalse();
    assertThat(store.read(other)).hasSize(1);
  }

  @Test
  void aDeletedJourneyStartsAgainFromVersionZero() {
    append(0, started(journey), entry(1));
    store.delete(journey);

    assertThat(append(0, started(journey))).isEqualTo(1);
    assertThat(events(0)).containsExactly(started(journey));
  }

  @ParameterizedTest(name = "expected {0} at version 2")
  @ValueSource(longs = {0, 1, 3, 10})
  void anAppendAtTheWrongVersionConflictsAndStoresNothing(long expected) {
    append(0, started(journey), entry(1));

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .isThrownBy(() -> append(expected, entry(2)))
        .satisfies(
            c -> {
              assertThat(c.journey()).isEqualTo(journey);
              assertThat(c.expectedVersion()).isEqualTo(expected);
              assertThat(c.actualVersion()).isEqualTo(2);
              assertThat(c.getMessage())
                  .contains("version 2")
                  .contains("expected version " + expected);
            });
    assertThat(events(0)).containsExactly(started(journey), entry(1));
  }

  @Test
  void aNewJourneyMustBeExpectedAtVersionZero() {
    assertThatExceptionOfType(ConcurrencyConflict.class)
        .isThrownBy(() -> append(1, started(journey)))
        .satisfies(c -> assertThat(c.actualVersion()).isZero());
    assertThat(store.list()).isEmpty();
  }

  @Test
  void theSameCommandIsStoredOnce() {
    CommandId command = CommandId.random();
    append(0, started(journey));
    assertThat(store.append(journey, 1, List.of(entry(1), entry(2)), command)).isEqualTo(3);
    append(3, entry(3));

    assertThat(store.append(journey, 1, List.of(entry(1), entry(2)), command))
        .as("a retry reports the version the first append reached")
        .isEqualTo(3);
    assertThat(events(0)).containsExactly(started(journey), entry(1), entry(2), entry(3));
  }

  @Test
  void theSameCommandIdInAnotherJourneyIsAnotherCommand() {
    JourneyId other = JourneyId.random();
    CommandId command = CommandId.random();
    store.append(journey, 0, List.of(started(journey)), command);

    assertThat(store.append(other, 0, List.of(started(other)), command)).isEqualTo(1);
    assertThat(store.read(other)).hasSize(1);
  }

  @Test
  void anEmptyAppendIsRefused() {
    append(0, started(journey));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> store.append(journey, 1, List.of(), CommandId.random()))
        .withMessageContaining("events");
    assertThat(store.read(journey)).hasSize(1);
  }

  @Test
  void aNegativeExpectedVersionIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> append(-1, started(journey)))
        .withMessageContaining("expected version");
  }

  @Test
  void anAppendWithANullEventStoresNothing() {
    append(0, started(journey));
    List<JourneyEvent> withNull = Arrays.asList(new DecidedToTry(SAM.id(), NOW), null);

    assertThatNullPointerException()
        .isThrownBy(() -> store.append(journey, 1, withNull, CommandId.random()));
    assertThat(events(0)).as("all or nothing").containsExactly(started(journey));
  }
}
