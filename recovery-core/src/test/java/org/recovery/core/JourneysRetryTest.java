package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.spi.StorageException;
import org.recovery.core.testing.MutableClock;
import org.recovery.core.testing.TestJourney;

class JourneysRetryTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

  private final MutableClock clock = new MutableClock(TestJourney.START);
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final InterleavingStore store = new InterleavingStore(memory);

  /** The other writer: another device or the other partner, straight to the shared store. */
  private final Journeys elsewhere = Journeys.using(memory, clock);

  private final PartnerId sam = new PartnerId(new UUID(1, 1));
  private final PartnerId alex = new PartnerId(new UUID(2, 2));
  private final JourneyId id =
      elsewhere.start(
          new Partner(sam, "Sam"), new Partner(alex, "Alex"), TestJourney.ZONE, Settings.DEFAULTS);

  private static RecordCheckIn checkIn() {
    return RecordCheckIn.shared(FIRST_DAY, new Ratings(6, 5, 4, 3), true, false, 0);
  }

  private List<JourneyEvent> stored() {
    return memory.read(id).stream().map(RecordedEvent::event).toList();
  }

  private Runnable alexWrites(String text) {
    return () -> elsewhere.execute(id, alex, new WriteJournalEntry(FIRST_DAY, text));
  }

  @Test
  void aConflictIsRetriedAndTheCommandStoredOnce() {
    store.conflictOnNextAppend();

    Decision decision = Journeys.using(store, clock).execute(id, sam, checkIn());

    assertThat(decision.isAccepted()).isTrue();
    assertThat(store.appends()).isEqualTo(2);
    assertThat(stored()).hasSize(2).last().isEqualTo(decision.events().get(0));
  }

  @Test
  void afterTheOtherPartnerWroteTheCommandIsDecidedAgainAndStoredAfterTheirs() {
    store.beforeNextAppend(alexWrites("Alex, first"));

    Decision decision = Journeys.using(store, clock).execute(id, sam, checkIn());

    assertThat(decision.isAccepted()).isTrue();
    assertThat(store.appends()).isEqualTo(2);
    assertThat(memory.read(id)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(stored().get(1)).isInstanceOf(JournalEntryWritten.class);
    assertThat(stored().get(2)).isEqualTo(decision.events().get(0));
  }

  @Test
  void aRetriedCommandIsRefusedWhenTheFreshStateNoLongerAllowsIt() {
    store.beforeNextAppend(() -> elsewhere.execute(id, sam, checkIn()));

    Decision decision = Journeys.using(store, clock).execute(id, sam, checkIn());

    assertThat(decision.rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_CHECKED_IN));
    assertThat(store.appends()).as("a refusal is not appended").isEqualTo(1);
    assertThat(stored()).filteredOn(CheckInRecorded.class::isInstance).hasSize(1);
  }

  @ParameterizedTest(name = "{0} attempt(s)")
  @ValueSource(ints = {1, 2, 8})
  void oneConflictFewerThanTheAttemptsStillSucceeds(int attempts) {
    for (int i = 1; i < attempts; i++) {
      store.beforeNextAppend(alexWrites("Alex " + i));
    }

    Decision decision = Journeys.using(store, clock, attempts).execute(id, sam, checkIn());

    assertThat(decision.isAccepted()).isTrue();
    assertThat(store.appends()).isEqualTo(attempts);
    assertThat(stored()).hasSize(attempts + 1).last().isEqualTo(decision.events().get(0));
  }

  @ParameterizedTest(name = "{0} attempt(s)")
  @ValueSource(ints = {1, 2, 8})
  void whenEveryAttemptConflictsTheConflictIsThrownAndNothingOfTheCommandStored(int attempts) {
    store.beforeEveryAppend(alexWrites("Alex again"));
    Journeys journeys = Journeys.using(store, clock, attempts);

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .isThrownBy(() -> journeys.execute(id, sam, checkIn()))
        .satisfies(
            c -> {
              assertThat(c.journey()).isEqualTo(id);
              assertThat(c.expectedVersion()).isEqualTo(attempts);
              assertThat(c.actualVersion()).isEqualTo(attempts + 1);
            });
    assertThat(store.appends()).isEqualTo(attempts);
    assertThat(stored()).hasSize(attempts + 1).noneMatch(CheckInRecorded.class::isInstance);
  }

  @Test
  void theDefaultIsEightAttempts() {
    store.beforeEveryAppend(alexWrites("Alex again"));

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .isThrownBy(() -> Journeys.using(store, clock).execute(id, sam, checkIn()));
    assertThat(store.appends()).isEqualTo(Journeys.DEFAULT_ATTEMPTS).isEqualTo(8);
  }

  @Test
  void aCallerRetryingWithTheSameCommandIdAfterALostAnswerStoresOnce() {
    Journeys journeys = Journeys.using(store, clock);
    CommandId command = CommandId.random();
    WriteJournalEntry entry = new WriteJournalEntry(FIRST_DAY, "Did this save?");
    store.loseNextAcknowledgement();

    assertThatExceptionOfType(StorageException.class)
        .isThrownBy(() -> journeys.execute(id, sam, entry, command));
    journeys.execute(id, sam, entry, command);

    assertThat(stored()).filteredOn(JournalEntryWritten.class::isInstance).hasSize(1);
  }

  @Test
  void aCheckInRetriedWithTheSameCommandIdAfterALostAnswerIsStoredOnce() {
    Journeys journeys = Journeys.using(store, clock);
    CommandId command = CommandId.random();
    RecordCheckIn checkIn = checkIn();
    store.loseNextAcknowledgement();

    assertThatExceptionOfType(StorageException.class)
        .isThrownBy(() -> journeys.execute(id, sam, checkIn, command));
    clock.advance(java.time.Duration.ofMinutes(5));
    Decision retried = journeys.execute(id, sam, checkIn, command);

    assertThat(stored()).filteredOn(CheckInRecorded.class::isInstance).hasSize(1);
    assertThat(retried.isAccepted())
        .as("the retry learns the first answer, not a refusal")
        .isTrue();
    assertThat(retried.events())
        .containsExactlyElementsOf(
            stored().subList(stored().size() - retried.events().size(), stored().size()));
  }
}
