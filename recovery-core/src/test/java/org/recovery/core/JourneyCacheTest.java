package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.MutableClock;
import org.recovery.core.testing.TestJourney;

class JourneyCacheTest {
  private final MutableClock clock = new MutableClock(TestJourney.START);
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final CountingStore store = new CountingStore(memory);
  private final Partner sam = Partner.named("Sam");
  private final Partner alex = Partner.named("Alex");

  @Test
  void aCommandReadsOnlyTheEventsWrittenSinceTheLastOne() {
    Journeys journeys = Journeys.using(store, clock);
    JourneyId id = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    for (int i = 0; i < 50; i++) {
      journeys.execute(id, sam.id(), entry("note " + i));
    }
    store.eventsRead.clear();
    journeys.execute(id, sam.id(), entry("one more"));
    assertThat(store.eventsRead).as("events read for one more command").hasSizeLessThan(5);
    assertThat(journeys.view(id, sam.id()).orElseThrow().events()).hasSize(52);
  }

  @Test
  void aCommandKeepsWhatTheStoreGaveBackForItsAppendSoTheNextReadsNoEvent() {
    Journeys journeys = Journeys.using(store, clock);
    JourneyId id = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    journeys.execute(id, sam.id(), entry("first"));
    store.eventsRead.clear();
    store.commandsLookedUp = 0;

    for (int i = 0; i < 5; i++) {
      journeys.execute(id, sam.id(), entry("note " + i));
    }

    assertThat(store.eventsRead).as("events read back after the first command").isEmpty();
    assertThat(store.commandsLookedUp)
        .as("a command id Journeys made itself cannot have been stored: not looked up")
        .isZero();
    assertThat(journeys.view(id, sam.id()).orElseThrow().events())
        .isEqualTo(Journeys.using(memory, clock).view(id, sam.id()).orElseThrow().events())
        .hasSize(7);
  }

  @Test
  void aCommandGivenItsOwnIdLooksForAnEarlierAppendOfItFirst() {
    Journeys journeys = Journeys.using(store, clock);
    JourneyId id = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    CommandId retried = CommandId.random();
    journeys.execute(id, sam.id(), entry("once"), retried);
    store.commandsLookedUp = 0;

    journeys.execute(id, sam.id(), entry("once"), retried);

    assertThat(store.commandsLookedUp).isEqualTo(1);
    assertThat(memory.read(id)).hasSize(2);
  }

  @Test
  void aCurrentCachedJourneyIsCheckedByItsVersionAloneWithoutReadingAnEvent() {
    Journeys journeys = Journeys.using(store, clock);
    JourneyId id = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    journeys.execute(id, sam.id(), entry("note"));
    journeys.view(id, sam.id());
    store.eventsRead.clear();
    store.versionsAsked = 0;

    assertThat(journeys.view(id, sam.id()).orElseThrow().events()).hasSize(2);
    assertThat(journeys.summary(id)).isPresent();

    assertThat(store.eventsRead).isEmpty();
    assertThat(store.versionsAsked).isEqualTo(2);
  }

  @Test
  void whatAnotherWriterAppendedIsSeenAndAJourneyDeletedElsewhereIsGone() {
    Journeys one = Journeys.using(store, clock);
    Journeys other = Journeys.using(store, clock);
    JourneyId id = one.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    one.execute(id, sam.id(), entry("first"));
    other.execute(id, alex.id(), entry("from the other process"));
    assertThat(one.view(id, alex.id()).orElseThrow().events().toString())
        .contains("from the other process");
    assertThat(one.view(id, sam.id()).orElseThrow().events().toString())
        .contains("first")
        .doesNotContain("from the other process");
    other.delete(id);
    assertThat(one.view(id, sam.id())).isEmpty();
    assertThat(one.execute(id, sam.id(), entry("after")).rejection().orElseThrow().code())
        .isEqualTo(RejectionCode.JOURNEY_NOT_FOUND);
  }

  @Test
  void aJourneyDroppedFromMemoryIsReadWholeFromTheStoreAgainAndNothingIsLost() {
    Journeys journeys = Journeys.using(store, clock);
    JourneyId id = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    JourneyId other = journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
    for (int i = 0; i < 10; i++) {
      journeys.execute(id, sam.id(), entry("note " + i));
    }
    journeys.view(other, sam.id());
    journeys.dropFromMemory(id);
    store.eventsRead.clear();
    assertThat(journeys.view(id, sam.id()).orElseThrow().events()).hasSize(11);
    assertThat(store.eventsRead).as("the whole history read again").hasSize(11);
    store.eventsRead.clear();
    journeys.view(other, sam.id());
    assertThat(store.eventsRead)
        .as("the other journey stays in memory: checked by its version, no event read")
        .isEmpty();
  }

  @Test
  void droppingNeedsAJourney() {
    Journeys journeys = Journeys.using(store, clock);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> journeys.dropFromMemory(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("journey must not be null");
  }

  private WriteJournalEntry entry(String text) {
    return new WriteJournalEntry(LocalDate.of(2026, 3, 2), text);
  }

  /** Counts the events each read returns, the version lookups and the command lookups. */
  private static final class CountingStore implements EventStore {
    final List<JourneyEvent> eventsRead = new ArrayList<>();
    int versionsAsked;
    int commandsLookedUp;
    private final EventStore delegate;

    CountingStore(EventStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public long append(
        JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
      return delegate.append(journey, expectedVersion, events, command);
    }

    @Override
    public List<RecordedEvent> read(JourneyId journey, long afterVersion) {
      List<RecordedEvent> out = delegate.read(journey, afterVersion);
      out.forEach(e -> eventsRead.add(e.event()));
      return out;
    }

    @Override
    public long version(JourneyId journey) {
      versionsAsked++;
      return delegate.version(journey);
    }

    @Override
    public List<RecordedEvent> appendAndRead(
        JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
      return delegate.appendAndRead(journey, expectedVersion, events, command);
    }

    @Override
    public List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
      commandsLookedUp++;
      return delegate.readCommand(journey, command);
    }

    @Override
    public List<JourneyId> list() {
      return delegate.list();
    }

    @Override
    public boolean delete(JourneyId journey) {
      return delegate.delete(journey);
    }
  }
}
