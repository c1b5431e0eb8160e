package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneySummary;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.MutableClock;
import org.recovery.core.testing.TestJourney;

class JourneysTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

  private final MutableClock clock = new MutableClock(TestJourney.START);
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final Journeys journeys = Journeys.using(store, clock);
  private final Partner sam = new Partner(new PartnerId(new UUID(1, 1)), "Sam");
  private final Partner alex = new Partner(new PartnerId(new UUID(2, 2)), "Alex");
  private final PartnerId stranger = new PartnerId(new UUID(3, 3));

  private JourneyId started() {
    return journeys.start(sam, alex, TestJourney.ZONE, Settings.DEFAULTS);
  }

  private static RecordCheckIn checkIn(LocalDate day) {
    return RecordCheckIn.shared(day, new Ratings(4, 3, 5, 6), false, false, 0);
  }

  @Test
  void startingStoresTheFirstEventAndBothPartnersSeeTheJourney() {
    JourneyId id = started();

    assertThat(journeys.list()).containsExactly(id);
    assertThat(store.read(id))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.version()).isEqualTo(1);
              assertThat(r.event())
                  .isInstanceOfSatisfying(
                      JourneyStarted.class, e -> assertThat(e.at()).isEqualTo(TestJourney.START));
            });
    JourneyView samView = journeys.view(id, sam.id()).orElseThrow();
    assertThat(samView.me()).isEqualTo(sam);
    assertThat(samView.partner()).isEqualTo(alex);
    assertThat(journeys.view(id, alex.id()).orElseThrow().me()).isEqualTo(alex);
  }

  @Test
  void aStrangerAndAnUnknownJourneyHaveNoView() {
    JourneyId id = started();

    assertThat(journeys.view(id, stranger)).isEmpty();
    assertThat(journeys.view(JourneyId.random(), sam.id())).isEmpty();
  }

  @Test
  void anAcceptedCommandIsStoredAtTheNextVersions() {
    JourneyId id = started();
    clock.advance(Duration.ofHours(3));
    RecordCheckIn command =
        new RecordCheckIn(
            CheckInId.random(),
            FIRST_DAY,
            new Ratings(2, 2, 2, 2),
            true,
            true,
            1,
            "only for me",
            Visibility.PRIVATE,
            Visibility.SHARED,
            true);

    Decision decision = journeys.execute(id, sam.id(), command);

    assertThat(decision.isAccepted()).isTrue();
    assertThat(decision.events())
        .as("the private check-in and its crisis flag")
        .hasSize(2)
        .allMatch(e -> e.at().equals(clock.instant()), "timed by the injected clock");
    List<RecordedEvent> stored = store.read(id, 1);
    assertThat(stored).extracting(RecordedEvent::version).containsExactly(2L, 3L);
    assertThat(stored).extracting(RecordedEvent::event).isEqualTo(decision.events());
  }

  @Test
  void aRefusedCommandStoresNothing() {
    JourneyId id = started();
    journeys.execute(id, alex.id(), checkIn(FIRST_DAY));
    List<RecordedEvent> before = store.read(id);

    Decision decision = journeys.execute(id, alex.id(), checkIn(FIRST_DAY));

    assertThat(decision.rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_CHECKED_IN));
    assertThat(decision.events()).isEmpty();
    assertThat(store.read(id)).isEqualTo(before).hasSize(2);
  }

  @Test
  void aCommandOnAnUnknownJourneyIsNotFoundAndCreatesNothing() {
    JourneyId unknown = JourneyId.random();

    Decision decision = journeys.execute(unknown, sam.id(), new DecideToTry());

    assertThat(decision.rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_NOT_FOUND));
    assertThat(journeys.list()).isEmpty();
    assertThat(store.read(unknown)).isEmpty();
  }

  /** A stranger learns no more from a command than from a view: no such journey for them. */
  @Test
  void aStrangerIsToldThereIsNoJourneyTheyBelongTo() {
    JourneyId id = started();

    Decision decision = journeys.execute(id, stranger, new DecideToTry());

    assertThat(decision.rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_NOT_FOUND));
    assertThat(store.read(id)).hasSize(1);
  }

  @Test
  void theSameCommandIdIsStoredOnce() {
    JourneyId id = started();
    CommandId command = CommandId.random();
    WriteJournalEntry entry = new WriteJournalEntry(FIRST_DAY, "Once only");

    journeys.execute(id, sam.id(), entry, command);
    clock.advance(Duration.ofMinutes(1));
    journeys.execute(id, sam.id(), entry, command);

    assertThat(store.read(id)).hasSize(2);
  }

  @Test
  void eachExecutionWithoutACommandIdIsANewCommand() {
    JourneyId id = started();
    WriteJournalEntry entry = new WriteJournalEntry(FIRST_DAY, "Twice, on purpose");

    journeys.execute(id, sam.id(), entry);
    journeys.execute(id, sam.id(), entry);

    assertThat(store.read(id)).hasSize(3);
  }

  @Test
  void deletingAJourneyForgetsIt() {
    JourneyId kept = started();
    JourneyId deleted = started();
    journeys.execute(deleted, sam.id(), checkIn(FIRST_DAY));

    assertThat(journeys.delete(deleted)).isTrue();
    assertThat(journeys.list()).containsExactly(kept);
    assertThat(journeys.view(deleted, sam.id())).isEmpty();
    assertThat(journeys.execute(deleted, sam.id(), new DecideToTry()).rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.JOURNEY_NOT_FOUND));
    assertThat(journeys.delete(deleted)).isFalse();
  }

  @ParameterizedTest(name = "{0} attempts")
  @ValueSource(ints = {0, -1})
  void atLeastOneAttemptIsNeeded(int attempts) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Journeys.using(store, clock, attempts))
        .withMessageContaining("attempts");
  }

  @Test
  void afterARestartTheSummaryFindsTheJourneysPartnersByName() {
    JourneyId id = started();
    journeys.execute(id, sam.id(), checkIn(FIRST_DAY));

    Journeys restarted = Journeys.using(store, clock);
    JourneySummary summary = restarted.summary(id).orElseThrow();

    assertThat(summary.first()).isEqualTo(sam);
    assertThat(summary.second()).isEqualTo(alex);
    assertThat(summary.partnerNamed("Alex")).contains(alex);
    assertThat(summary.partnerNamed("alex")).as("names match exactly").isEmpty();
    assertThat(summary.zone()).isEqualTo(TestJourney.ZONE);
    assertThat(summary.startedAt()).isEqualTo(TestJourney.START);
    assertThat(summary.version()).isEqualTo(2);
    assertThat(summary.outcome()).isEmpty();
    assertThat(restarted.summary(new JourneyId(new UUID(7, 7)))).isEmpty();
  }
}
