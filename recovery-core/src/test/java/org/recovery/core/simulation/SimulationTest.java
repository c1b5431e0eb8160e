package org.recovery.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;

/** The simulation is reproducible from its seed, and the couple it simulates plays by the rules. */
class SimulationTest {
  private static final Instant START = Instant.parse("2025-03-03T18:30:00Z");

  @Test
  void theSameSeedGivesTheSameEventsAndTheSameReports() {
    Simulation.Options options = Simulation.Options.of(7, 2, START);
    InMemoryEventStore first = new InMemoryEventStore();
    InMemoryEventStore second = new InMemoryEventStore();
    Simulation.Result a = Simulation.run(first, options);
    Simulation.Result b = Simulation.run(second, options);

    assertThat(b).isEqualTo(a);
    List<RecordedEvent> events = first.read(a.journey());
    assertThat(second.read(b.journey())).hasSameSizeAs(events);
    for (int i = 0; i < events.size(); i++) {
      assertThat(second.read(b.journey()).get(i)).as("event %d", i).isEqualTo(events.get(i));
    }
    for (var partner : List.of(a.hurt(), a.involved())) {
      assertThat(report(second, b, partner.id())).isEqualTo(report(first, a, partner.id()));
    }
  }

  @Test
  void anotherSeedGivesAnotherCouple() {
    InMemoryEventStore first = new InMemoryEventStore();
    InMemoryEventStore second = new InMemoryEventStore();
    Simulation.Result a = Simulation.run(first, Simulation.Options.of(7, 1, START));
    Simulation.Result b = Simulation.run(second, Simulation.Options.of(8, 1, START));

    assertThat(b.journey()).isNotEqualTo(a.journey());
    assertThat(b.hurt().id()).isNotEqualTo(a.hurt().id());
    assertThat(ratings(second, b)).isNotEqualTo(ratings(first, a));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void everyCommandOfTheCoupleIsAccepted(long seed) {
    Run run =
        new Run(
            new InMemoryEventStore(), Simulation.Options.of(seed, 3, START), (day, total) -> {});
    Simulation.Result result = run.simulate();

    assertThat(result.commands()).isGreaterThan(400);
    assertThat(run.refusals()).isEmpty();
    assertThat(result.refused()).isZero();
  }

  @Test
  void theListenerHearsOfEveryDayOnceAndInOrder() {
    List<Integer> days = new ArrayList<>();
    List<Integer> totals = new ArrayList<>();
    Simulation.run(
        new InMemoryEventStore(),
        Simulation.Options.of(3, 1, START),
        (day, total) -> {
          days.add(day);
          totals.add(total);
        });

    assertThat(days).hasSize(30);
    for (int i = 0; i < days.size(); i++) {
      assertThat(days.get(i)).isEqualTo(i);
    }
    assertThat(totals).containsOnly(30);
  }

  @Test
  void theJourneyStartsAtTheGivenInstantAndTimeOnlyMovesForward() {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Result result = Simulation.run(store, Simulation.Options.of(5, 1, START));
    List<JourneyEvent> events =
        store.read(result.journey()).stream().map(RecordedEvent::event).toList();

    assertThat(events.get(0)).isInstanceOf(JourneyStarted.class);
    assertThat(events.get(0).at()).isEqualTo(START);
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
    }
    assertThat(result.end()).isAfterOrEqualTo(events.get(events.size() - 1).at());
    LocalDate lastDay = LocalDate.ofInstant(result.end(), ZoneId.of("Europe/London"));
    assertThat(lastDay).isEqualTo(LocalDate.of(2025, 3, 3).plusDays(29));
  }

  @Test
  void idsAreVersionFourUuidsFromTheSeed() {
    Simulation.Result result =
        Simulation.run(new InMemoryEventStore(), Simulation.Options.of(11, 1, START));

    assertThat(result.journey().value().version()).isEqualTo(4);
    assertThat(result.journey().value().variant()).isEqualTo(2);
    assertThat(result.hurt().id().value().version()).isEqualTo(4);
    assertThat(result.involved().id().value().version()).isEqualTo(4);
    assertThat(new SeededIds(11).journey()).isEqualTo(result.journey());
  }

  @Test
  void theCoupleLivesInTheirOwnZoneWithTheirOwnNames() {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Options options =
        Simulation.Options.of(9, 2, START)
            .withZone(ZoneId.of("Pacific/Auckland"))
            .withNames("Aroha", "Tane");
    Run run = new Run(store, options, (day, total) -> {});
    Simulation.Result result = run.simulate();

    assertThat(result.hurt().name()).isEqualTo("Aroha");
    assertThat(result.involved().name()).isEqualTo("Tane");
    JourneyStarted started = (JourneyStarted) store.read(result.journey()).get(0).event();
    assertThat(started.zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
    assertThat(run.refusals()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-03T23:50:00Z", "2025-03-30T00:30:00Z", "2025-10-26T00:30:00Z"})
  void aJourneyMayStartAtAnyHourEvenOnTheNightTheClocksChange(String start) {
    Run run =
        new Run(
            new InMemoryEventStore(),
            Simulation.Options.of(13, 1, Instant.parse(start)),
            (day, total) -> {});
    Simulation.Result result = run.simulate();

    assertThat(run.refusals()).isEmpty();
    assertThat(LocalDate.ofInstant(result.end(), ZoneId.of("Europe/London")))
        .isEqualTo(
            LocalDate.ofInstant(Instant.parse(start), ZoneId.of("Europe/London")).plusDays(29));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 37, 120})
  void monthsOutsideOneToThirtySixAreRefused(int months) {
    assertThatThrownBy(() -> Simulation.Options.of(1, months, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months")
        .hasMessageContaining(String.valueOf(months));
  }

  @ParameterizedTest
  @ValueSource(ints = {-3, 0, 61})
  void aDeceptionDayOutsideTheRunIsRefused(int day) {
    Simulation.Options twoMonths = Simulation.Options.of(1, 2, START);

    assertThatThrownBy(() -> twoMonths.withDeceptionOnDay(day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newDeceptionOnDay");
  }

  @Test
  void blankOrEqualNamesAreRefused() {
    Simulation.Options options = Simulation.Options.of(1, 2, START);

    assertThatThrownBy(() -> options.withNames(" ", "Daniel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hurtName");
    assertThatThrownBy(() -> options.withNames("Maya", "Maya"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("involvedName");
  }

  @Test
  void aRunLastsItsMonthsOfAverageLength() {
    assertThat(Simulation.Options.of(1, 1, START).totalDays()).isEqualTo(30);
    assertThat(Simulation.Options.of(1, 6, START).totalDays()).isEqualTo(183);
    assertThat(Simulation.Options.of(1, 14, START).totalDays()).isEqualTo(426);
    assertThat(Simulation.Options.of(1, 36, START).totalDays()).isEqualTo(1096);
  }

  @Test
  void bothPartnersCompleteTheScheduledCsi4EveryFourWeeksAndTheHurtPartnersScoreRises() {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Result result = Simulation.run(store, Simulation.Options.of(3, 12, START));

    ProgressReport maya = report(store, result, result.hurt().id());

    assertThat(maya.instruments())
        .extracting(f -> f.partner())
        .containsExactly(result.hurt().id(), result.involved().id());
    var hers = maya.instruments().get(0);
    LocalDate first = LocalDate.ofInstant(START, ZoneId.of("Europe/London"));
    assertThat(hers.history()).hasSize((365 - Questionnaires.FIRST_DAY) / 28 + 1);
    assertThat(LocalDate.ofInstant(hers.baselineAt(), ZoneId.of("Europe/London")))
        .isEqualTo(first.plusDays(Questionnaires.FIRST_DAY));
    assertThat(hers.baseline().flaggedBy("dissatisfied"))
        .as("a hurt partner starts below the cut-off")
        .isTrue();
    List<Double> totals =
        hers.history().stream().map(c -> c.score().total().orElseThrow()).toList();
    assertThat(
            totals.subList(totals.size() - 4, totals.size()).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow())
        .as("and after a good year, the last four average above it")
        .isGreaterThan(13.5);
    assertThat(maya.questionnaires())
        .as(
            "the simulated couple answer from their own copy;"
                + " the shipped CSI-4 has no wording, so the report schedules nothing")
        .isEmpty();
  }

  @Test
  void theQuestionnairesLeaveTheRestOfTheRunAsItWas() {
    InMemoryEventStore store = new InMemoryEventStore();
    Simulation.Result result = Simulation.run(store, Simulation.Options.of(7, 2, START));

    List<JourneyEvent> events =
        store.read(result.journey()).stream().map(RecordedEvent::event).toList();
    long completions =
        events.stream()
            .filter(e -> e instanceof org.recovery.core.journey.PersonalEvent.InstrumentCompleted)
            .count();

    assertThat(completions).isEqualTo(2L * 3);
    assertThat(result.commands() - completions)
        .as("the run's other commands, unchanged by adding the questionnaires")
        .isEqualTo(commandsWithoutQuestionnaires(7, 2));
  }

  /** The same run under a model that schedules no questionnaire. */
  private static long commandsWithoutQuestionnaires(long seed, int months) {
    var quiet = StandardModel.create();
    return new Run(
            new InMemoryEventStore(),
            Simulation.Options.of(seed, months, START),
            (day, total) -> {},
            new org.recovery.core.progress.RecoveryModel(
                "quiet",
                1,
                "Quiet",
                quiet.stages(),
                quiet.fallbackOnSevereSetback(),
                quiet.parameters()))
        .simulate()
        .commands();
  }

  private static ProgressReport report(
      InMemoryEventStore store,
      Simulation.Result result,
      org.recovery.core.common.PartnerId viewer) {
    return Progress.report(
        StandardModel.create(),
        store.read(result.journey()).stream().map(RecordedEvent::event).toList(),
        viewer,
        result.end());
  }

  private static List<String> ratings(InMemoryEventStore store, Simulation.Result result) {
    return store.read(result.journey()).stream()
        .map(RecordedEvent::event)
        .filter(e -> e instanceof org.recovery.core.journey.CheckInEvent.CheckInRecorded)
        .map(e -> ((org.recovery.core.journey.CheckInEvent.CheckInRecorded) e).ratings().toString())
        .toList();
  }
}
