package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.persistence.testing.Events.checkIn;
import static org.recovery.persistence.testing.Events.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.testing.EventArbitraries;

/**
 * What every event store does, whatever keeps the events. Each store's test extends this with a
 * fresh, empty store per test.
 */
abstract class EventStoreContract {
  protected CloseableEventStore store;

  /** A new, empty store. */
  protected abstract CloseableEventStore newStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = newStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aNewJourneyStartsAtVersionZeroAndReadsBackInOrder() {
    JourneyId journey = JourneyId.random();
    List<JourneyEvent> events = List.of(journal("one"), journal("two"), journal("three"));

    assertThat(store.append(journey, 0, events, CommandId.random())).isEqualTo(3);

    assertThat(store.read(journey)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(store.read(journey)).extracting(RecordedEvent::event).isEqualTo(events);
    assertThat(store.read(journey)).allMatch(e -> e.journey().equals(journey));
  }

  @Test
  void appendsContinueFromTheExpectedVersionAndReadAfterAVersionGivesTheLaterOnes() {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("one")), CommandId.random());

    assertThat(
            store.append(journey, 1, List.of(journal("two"), journal("three")), CommandId.random()))
        .isEqualTo(3);

    assertThat(store.read(journey, 1)).extracting(RecordedEvent::version).containsExactly(2L, 3L);
    assertThat(store.read(journey, 3)).isEmpty();
    assertThat(store.read(journey, -5)).hasSize(3);
  }

  @Test
  void anUnknownJourneyReadsAsNothing() {
    assertThat(store.read(JourneyId.random())).isEmpty();
    assertThat(store.first(JourneyId.random())).isEmpty();
  }

  @Test
  void theFirstEventIsTheOneAtVersionOneWhateverFollowed() {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("one"), journal("two")), CommandId.random());
    store.append(journey, 2, List.of(journal("three")), CommandId.random());

    assertThat(store.first(journey)).contains(store.read(journey).get(0));
  }

  @Test
  void aStaleExpectedVersionIsAConflictAndStoresNothing() {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("one"), journal("two")), CommandId.random());

    assertThatThrownBy(() -> store.append(journey, 1, List.of(journal("late")), CommandId.random()))
        .isInstanceOfSatisfying(
            ConcurrencyConflict.class,
            conflict -> {
              assertThat(conflict.expectedVersion()).isEqualTo(1);
              assertThat(conflict.actualVersion()).isEqualTo(2);
              assertThat(conflict.journey()).isEqualTo(journey);
            });
    assertThat(store.read(journey)).hasSize(2);
  }

  @Test
  void anExpectedVersionAheadOfTheJourneyIsAConflict() {
    JourneyId journey = JourneyId.random();
    assertThatThrownBy(() -> store.append(journey, 2, List.of(journal("x")), CommandId.random()))
        .isInstanceOf(ConcurrencyConflict.class);
    store.append(journey, 0, List.of(journal("one")), CommandId.random());

    assertThatThrownBy(() -> store.append(journey, 3, List.of(journal("x")), CommandId.random()))
        .isInstanceOf(ConcurrencyConflict.class);
    assertThat(store.read(journey)).hasSize(1);
  }

  @Test
  void aRetriedCommandIsStoredOnceAndAnswersTheVersionItReached() {
    JourneyId journey = JourneyId.random();
    CommandId first = CommandId.random();
    store.append(journey, 0, List.of(journal("one"), journal("two")), first);
    store.append(journey, 2, List.of(journal("three")), CommandId.random());

    assertThat(store.append(journey, 0, List.of(journal("one"), journal("two")), first))
        .isEqualTo(2);
    assertThat(store.read(journey)).hasSize(3);
  }

  @Test
  void theEventsOfAStoredCommandCanBeReadBack() {
    JourneyId journey = JourneyId.random();
    CommandId first = CommandId.random();
    CommandId second = CommandId.random();
    store.append(journey, 0, List.of(journal("one")), CommandId.random());
    store.append(journey, 1, List.of(journal("two"), journal("three")), first);
    store.append(journey, 3, List.of(journal("four")), second);

    assertThat(store.readCommand(journey, first))
        .extracting(RecordedEvent::version)
        .containsExactly(2L, 3L);
    assertThat(store.readCommand(journey, second))
        .singleElement()
        .extracting(RecordedEvent::version)
        .isEqualTo(4L);
    assertThat(store.readCommand(journey, CommandId.random())).isEmpty();
    assertThat(store.readCommand(JourneyId.random(), first)).isEmpty();
  }

  @Test
  void appendAndReadGivesBackWhatAReadGivesOfTheEventsItAppended() {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("one")), CommandId.random());
    List<JourneyEvent> oneOfEach =
        EventArbitraries.byType().values().stream().map(arbitrary -> arbitrary.sample()).toList();

    List<RecordedEvent> given = store.appendAndRead(journey, 1, oneOfEach, CommandId.random());

    assertThat(given).isEqualTo(store.read(journey, 1));
    assertThat(given).extracting(RecordedEvent::event).isEqualTo(oneOfEach);
    assertThat(given.get(0).version()).isEqualTo(2);
  }

  @Test
  void appendAndReadOfACommandStoredBeforeGivesBackWhatItStoredThenAndAppendsNothing() {
    JourneyId journey = JourneyId.random();
    CommandId first = CommandId.random();
    List<RecordedEvent> then =
        store.appendAndRead(journey, 0, List.of(journal("one"), journal("two")), first);
    store.append(journey, 2, List.of(journal("three")), CommandId.random());

    List<RecordedEvent> again =
        store.appendAndRead(journey, 0, List.of(journal("other"), journal("words")), first);

    assertThat(again).isEqualTo(then).isEqualTo(store.read(journey).subList(0, 2));
    assertThat(store.read(journey)).hasSize(3);
  }

  @Test
  void appendAndReadAtAStaleVersionIsAConflictAndStoresNothing() {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("one")), CommandId.random());

    assertThatThrownBy(
            () -> store.appendAndRead(journey, 0, List.of(journal("late")), CommandId.random()))
        .isInstanceOf(ConcurrencyConflict.class);
    assertThat(store.read(journey)).hasSize(1);
  }

  @Test
  void theSameCommandIdInAnotherJourneyIsAnotherCommand() {
    CommandId command = CommandId.random();
    JourneyId one = JourneyId.random();
    JourneyId other = JourneyId.random();
    store.append(one, 0, List.of(journal("one")), command);

    assertThat(store.append(other, 0, List.of(journal("other")), command)).isEqualTo(1);
    assertThat(store.read(other)).hasSize(1);
  }

  @Test
  void anEmptyAppendOrANegativeVersionIsRefused() {
    JourneyId journey = JourneyId.random();
    assertThatThrownBy(() -> store.append(journey, 0, List.of(), CommandId.random()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(journey, -1, List.of(journal("x")), CommandId.random()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.read(journey)).isEmpty();
    assertThat(store.list()).doesNotContain(journey);
  }

  @Test
  void journeysAreListedInTheOrderTheyWereCreatedEachOnce() {
    List<JourneyId> created = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      JourneyId journey = JourneyId.random();
      created.add(journey);
      store.append(journey, 0, List.of(journal("entry " + i)), CommandId.random());
      store.append(journey, 1, List.of(journal("more " + i)), CommandId.random());
    }

    assertThat(store.list()).containsExactlyElementsOf(created);
  }

  @Test
  void deletingAJourneyRemovesEverythingAndSaysWhetherItExisted() {
    JourneyId gone = JourneyId.random();
    JourneyId kept = JourneyId.random();
    store.append(gone, 0, List.of(journal("one"), journal("two")), CommandId.random());
    store.append(kept, 0, List.of(journal("kept")), CommandId.random());

    assertThat(store.delete(gone)).isTrue();

    assertThat(store.read(gone)).isEmpty();
    assertThat(store.list()).containsExactly(kept);
    assertThat(store.read(kept)).hasSize(1);
    assertThat(store.delete(gone)).isFalse();
    assertThat(store.delete(JourneyId.random())).isFalse();
  }

  @Test
  void aDeletedJourneysIdCanStartAgainFromNothing() {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("before")), CommandId.random());
    store.delete(journey);

    assertThat(store.append(journey, 0, List.of(journal("after")), CommandId.random()))
        .isEqualTo(1);
    assertThat(store.read(journey))
        .extracting(RecordedEvent::event)
        .containsExactly(journal("after"));
  }

  @Test
  void largePayloadsAndLargeAppendsAreStoredWhole() {
    JourneyId journey = JourneyId.random();
    String longEntry = "Ich erinnere mich. ".repeat(1100).substring(0, 20_000);
    List<JourneyEvent> many = IntStream.range(0, 500).mapToObj(i -> journal("entry " + i)).toList();

    store.append(journey, 0, List.of(journal(longEntry)), CommandId.random());
    assertThat(store.append(journey, 1, many, CommandId.random())).isEqualTo(501);

    List<RecordedEvent> read = store.read(journey);
    assertThat(read.get(0).event()).isEqualTo(journal(longEntry));
    assertThat(read.subList(1, 501)).extracting(RecordedEvent::event).isEqualTo(many);
  }

  @Test
  void unicodeNotesReadBackExactly() {
    JourneyId journey = JourneyId.random();
    List<JourneyEvent> notes =
        List.of(
            checkIn("Bugün kendimi güvende hissettim. İyiyim."),
            checkIn("💛🫶 we talked until 2am 👩‍❤️‍👨"),
            checkIn("שלום — مرحبا — 你好"),
            checkIn("quote \" backslash \\ tab \t newline \n nul \u0000 end"),
            checkIn(""));

    store.append(journey, 0, notes, CommandId.random());

    assertThat(store.read(journey)).extracting(RecordedEvent::event).isEqualTo(notes);
  }

  @Test
  void everyTypeOfEventReadsBackEqual() {
    JourneyId journey = JourneyId.random();
    List<JourneyEvent> oneOfEach =
        EventArbitraries.byType().values().stream().map(arbitrary -> arbitrary.sample()).toList();

    store.append(journey, 0, oneOfEach, CommandId.random());

    assertThat(store.read(journey)).extracting(RecordedEvent::event).isEqualTo(oneOfEach);
  }

  @Test
  void manyJourneysWrittenInTurnKeepTheirOwnEvents() {
    List<JourneyId> journeys = IntStream.range(0, 100).mapToObj(i -> JourneyId.random()).toList();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < journeys.size(); i++) {
        store.append(journeys.get(i), round, List.of(journal(i + "/" + round)), CommandId.random());
      }
    }

    for (int i = 0; i < journeys.size(); i++) {
      int index = i;
      assertThat(store.read(journeys.get(i)))
          .extracting(RecordedEvent::event)
          .containsExactlyElementsOf(
              IntStream.range(0, 4).mapToObj(round -> journal(index + "/" + round)).toList());
    }
  }

  @Test
  void ofWritersRacingAtOneVersionExactlyOneWinsAndTheOthersConflict() throws Exception {
    JourneyId journey = JourneyId.random();
    store.append(journey, 0, List.of(journal("start")), CommandId.random());
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch ready = new CountDownLatch(writers);
    List<Future<Long>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String text = "writer " + i;
      results.add(
          pool.submit(
              () -> {
                ready.countDown();
                ready.await();
                return store.append(journey, 1, List.of(journal(text)), CommandId.random());
              }));
    }
    int won = 0;
    int conflicted = 0;
    for (Future<Long> result : results) {
      try {
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        won++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(ConcurrencyConflict.class);
        conflicted++;
      }
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(conflicted).isEqualTo(writers - 1);
    assertThat(store.read(journey)).hasSize(2);
  }

  @Test
  void oneCommandSentTwiceAtOnceIsStoredOnceAndBothSendersHearTheSameVersion() throws Exception {
    JourneyId journey = JourneyId.random();
    CommandId command = CommandId.random();
    int senders = 6;
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    CountDownLatch ready = new CountDownLatch(senders);
    List<Future<Long>> results = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      results.add(
          pool.submit(
              () -> {
                ready.countDown();
                ready.await();
                return store.append(journey, 0, List.of(journal("once")), command);
              }));
    }
    for (Future<Long> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }
    pool.shutdown();

    assertThat(store.read(journey)).hasSize(1);
  }
}
