package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.MutableClock;
import org.recovery.core.testing.TestJourney;

/**
 * Both partners write at once through one {@link Journeys}: every accepted command is stored once,
 * nothing is lost, and a rule that spans both partners (one report per day) holds under the race.
 */
class JourneysConcurrencyTest {
  private static final int CHECK_INS = 100;
  private static final int REPORTS = 14;
  private static final int JOURNAL_ENTRIES = 86;

  /** Generous, so the test is about lost updates, not about how many retries a burst needs. */
  private static final int ATTEMPTS = 10_000;

  private final MutableClock clock = new MutableClock(TestJourney.START);
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final Journeys journeys = Journeys.using(store, clock, ATTEMPTS);
  private final PartnerId sam = new PartnerId(new UUID(1, 1));
  private final PartnerId alex = new PartnerId(new UUID(2, 2));
  private final LocalDate firstDay = LocalDate.of(2026, 3, 2);

  private record Outcome(JourneyCommand command, Decision decision) {}

  private List<JourneyCommand> commandsOf(
      PartnerId partner, CommitmentId commitment, LocalDate today) {
    List<JourneyCommand> commands = new ArrayList<>();
    int checkIns = 0;
    int reports = 0;
    int entries = 0;
    for (int i = 0; i < CHECK_INS + REPORTS + JOURNAL_ENTRIES; i++) {
      if (i % 14 == 0 && reports < REPORTS) {
        ReportKind kind = partner.equals(alex) ? ReportKind.KEPT : ReportKind.MISSED;
        commands.add(new ReportOccurrence(commitment, today.minusDays(reports++), kind));
      } else if (i % 2 == 0 && checkIns < CHECK_INS || entries == JOURNAL_ENTRIES) {
        commands.add(
            RecordCheckIn.shared(
                firstDay.plusDays(checkIns++), new Ratings(i % 11, 5, 5, 5), false, false, 0));
      } else {
        commands.add(new WriteJournalEntry(today, partner + " entry " + entries++));
      }
    }
    return commands;
  }

  private List<Outcome> runAll(
      JourneyId id, PartnerId partner, List<JourneyCommand> commands, CountDownLatch start)
      throws InterruptedException {
    start.await();
    List<Outcome> outcomes = new ArrayList<>();
    for (JourneyCommand command : commands) {
      outcomes.add(new Outcome(command, journeys.execute(id, partner, command)));
    }
    return outcomes;
  }

  @Test
  void twoPartnersWritingAtOnceLoseNothingAndStoreNothingTwice() throws Exception {
    JourneyId id =
        journeys.start(
            new Partner(sam, "Sam"),
            new Partner(alex, "Alex"),
            TestJourney.ZONE,
            new Settings(7, 336));
    CommitmentId commitment = CommitmentId.random();
    journeys.execute(
        id,
        sam,
        new CommitmentCommand.ProposeCommitment(
            commitment,
            alex,
            "Evening check-in",
            CommitmentCategory.COMMUNICATION,
            Cost.LOW,
            Cadence.daily(),
            Verification.SELF_REPORTED));
    journeys.execute(id, alex, new CommitmentCommand.AcceptCommitment(commitment));
    journeys.execute(id, alex, new CommitmentCommand.ActivateCommitment(commitment, firstDay));
    long setupVersion = store.read(id).size();
    clock.advance(Duration.ofDays(120));
    LocalDate today = firstDay.plusDays(120);

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<JourneyCommand> samCommands = commandsOf(sam, commitment, today);
      List<JourneyCommand> alexCommands = commandsOf(alex, commitment, today);
      Future<List<Outcome>> samDone = pool.submit(() -> runAll(id, sam, samCommands, start));
      Future<List<Outcome>> alexDone = pool.submit(() -> runAll(id, alex, alexCommands, start));
      start.countDown();
      outcomes.addAll(samDone.get(2, TimeUnit.MINUTES));
      outcomes.addAll(alexDone.get(2, TimeUnit.MINUTES));
    } finally {
      pool.shutdownNow();
    }

    List<RecordedEvent> history = store.read(id);
    assertThat(history)
        .extracting(RecordedEvent::version)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, history.size()).boxed().toList());
    List<JourneyEvent> accepted =
        outcomes.stream().flatMap(o -> o.decision().events().stream()).toList();
    assertThat(history.subList((int) setupVersion, history.size()))
        .extracting(RecordedEvent::event)
        .containsExactlyInAnyOrderElementsOf(accepted);

    assertThat(outcomes).hasSize(2 * (CHECK_INS + REPORTS + JOURNAL_ENTRIES));
    assertThat(outcomes)
        .filteredOn(o -> !(o.command() instanceof ReportOccurrence))
        .allMatch(o -> o.decision().isAccepted());
    Map<LocalDate, List<Outcome>> reportsByDay =
        outcomes.stream()
            .filter(o -> o.command() instanceof ReportOccurrence)
            .collect(Collectors.groupingBy(o -> ((ReportOccurrence) o.command()).day()));
    assertThat(reportsByDay)
        .hasSize(REPORTS)
        .allSatisfy(
            (day, both) -> {
              assertThat(both).hasSize(2).filteredOn(o -> o.decision().isAccepted()).hasSize(1);
              assertThat(both)
                  .filteredOn(o -> !o.decision().isAccepted())
                  .singleElement()
                  .satisfies(
                      o ->
                          assertThat(o.decision().rejection().orElseThrow().code())
                              .isEqualTo(RejectionCode.OCCURRENCE_CLOSED));
            });
    assertThat(accepted).filteredOn(OccurrenceReported.class::isInstance).hasSize(REPORTS);

    JourneyState replayed = Journey.replay(history.stream().map(RecordedEvent::event).toList());
    assertThat(replayed.version()).isEqualTo(history.size());
    assertThat(replayed.checkIns()).hasSize(2 * CHECK_INS);
    assertThat(replayed.commitment(commitment).orElseThrow().reports()).hasSize(REPORTS);
    assertThat(journeys.view(id, sam).orElseThrow().state().checkIns()).hasSize(2 * CHECK_INS);
  }
}
