package org.recovery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.testing.JourneyRun.Turn;
import org.recovery.core.testing.RandomJourneys.Step;

/**
 * The random journeys are worth running properties on: every kind of command occurs, is accepted in
 * some journeys and refused in others, for every kind of reason; about half of all commands are
 * accepted; and the journeys reach the states the properties are about. The sample is fixed by a
 * seed, so these checks do not flicker.
 */
class RandomJourneysTest {
  private static final List<JourneyRun> SAMPLE = sample(400, 20_260_325L);

  @Example
  void everyKindOfCommandIsSometimesAcceptedAndSometimesRefused() {
    Set<Class<?>> accepted = new HashSet<>();
    Set<Class<?>> refused = new HashSet<>();
    for (Turn turn : turns()) {
      (turn.decision().isAccepted() ? accepted : refused).add(turn.step().command().getClass());
    }

    assertThat(accepted).containsExactlyInAnyOrderElementsOf(recordTypes(JourneyCommand.class));
    assertThat(refused).containsExactlyInAnyOrderElementsOf(recordTypes(JourneyCommand.class));
  }

  @Example
  void aboutHalfOfTheCommandsAreAccepted() {
    long accepted = turns().stream().filter(t -> t.decision().isAccepted()).count();

    assertThat((double) accepted / turns().size()).isBetween(0.4, 0.7);
  }

  @Example
  void refusalsComeForEveryKindOfReason() {
    Set<RejectionCode> codes =
        turns().stream()
            .flatMap(t -> t.decision().rejection().stream())
            .map(Rejection::code)
            .collect(Collectors.toSet());

    assertThat(codes)
        .contains(
            RejectionCode.NOT_A_PARTNER,
            RejectionCode.JOURNEY_ENDED,
            RejectionCode.ALREADY_RECORDED,
            RejectionCode.UNKNOWN_COMMITMENT,
            RejectionCode.UNKNOWN_BOUNDARY,
            RejectionCode.UNKNOWN_BETRAYAL,
            RejectionCode.UNKNOWN_SETBACK,
            RejectionCode.NEEDS_THE_OTHER_PARTNER,
            RejectionCode.NOT_THE_OWNER,
            RejectionCode.NOT_THE_HURT_PARTNER,
            RejectionCode.NOT_THE_INVOLVED_PARTNER,
            RejectionCode.COMMITMENT_STATUS,
            RejectionCode.BOUNDARY_PROPOSAL_STATE,
            RejectionCode.MONITORING_UNAVAILABLE,
            RejectionCode.DATE_OUT_OF_RANGE,
            RejectionCode.REPORT_TOO_LATE,
            RejectionCode.NOTHING_TO_CONFIRM,
            RejectionCode.NOT_DUE,
            RejectionCode.COOLING_OFF,
            RejectionCode.SEVERITY_TOO_LOW,
            RejectionCode.NO_CHANGE,
            RejectionCode.SAME_PARTNER,
            RejectionCode.JOURNEY_PAUSE_STATE,
            RejectionCode.ALREADY_CHECKED_IN,
            RejectionCode.OCCURRENCE_CLOSED,
            RejectionCode.GATES_NOT_MET,
            RejectionCode.JOURNEY_HELD,
            RejectionCode.UNKNOWN_INSTRUMENT,
            RejectionCode.INVALID_ANSWERS);
  }

  @Example
  void theJourneysReachTheStatesThePropertiesAreAbout() {
    assertThat(
            journeysWhere(
                run ->
                    run.state().boundaries().values().stream()
                        .anyMatch(b -> b.isActive() && b.revision() > 1)))
        .as("a later wording in force")
        .isGreaterThanOrEqualTo(5);
    assertThat(
            journeysWhere(
                run ->
                    run.history().stream()
                        .anyMatch(
                            e ->
                                e instanceof OccurrenceConfirmed
                                    || e instanceof OccurrenceDisputed)))
        .as("a report answered")
        .isGreaterThanOrEqualTo(20);
    assertThat(
            journeysWhere(
                run ->
                    run.history().stream()
                        .anyMatch(
                            e ->
                                e instanceof CommitmentProposed p
                                    && p.category() == CommitmentCategory.MONITORING)))
        .as("a monitoring commitment proposed")
        .isGreaterThanOrEqualTo(5);
    assertThat(journeysWhere(run -> run.state().safety().concernStands()))
        .as("a safety concern standing")
        .isGreaterThanOrEqualTo(20);
    assertThat(journeysWhere(run -> run.state().consent().effective() != ConsentLevel.NONE))
        .as("effective consent above none")
        .isGreaterThanOrEqualTo(5);
    assertThat(
            journeysWhere(run -> run.history().stream().anyMatch(e -> e instanceof StageAdvanced)))
        .as("a stage advanced")
        .isGreaterThanOrEqualTo(2);
    assertThat(
            journeysWhere(
                run ->
                    privateEntriesOf(run, RandomJourneys.FIRST)
                        && privateEntriesOf(run, RandomJourneys.SECOND)))
        .as("private entries of both")
        .isGreaterThanOrEqualTo(SAMPLE.size() / 4);
    assertThat(journeysWhere(run -> run.state().hasEnded())).as("ended").isGreaterThanOrEqualTo(5);
  }

  @Example
  void partnersActMostlyAndAStrangerNowAndThen() {
    long strangers =
        turns().stream().filter(t -> t.step().actor().equals(RandomJourneys.STRANGER)).count();

    assertThat((double) strangers / turns().size()).isBetween(0.01, 0.1);
  }

  @Example
  void everyZoneIsDrawn() {
    Random random = new Random(7);
    RandomGenerator<java.time.ZoneId> zones = RandomJourneys.zones().generator(1000);
    Set<java.time.ZoneId> drawn = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      drawn.add(zones.next(random).value());
    }

    assertThat(drawn).containsExactlyInAnyOrderElementsOf(RandomJourneys.ZONES);
  }

  private static long journeysWhere(Predicate<JourneyRun> condition) {
    return SAMPLE.stream().filter(condition).count();
  }

  private static boolean privateEntriesOf(JourneyRun run, PartnerId partner) {
    return run.history().stream()
        .anyMatch(e -> e.visibility() == Visibility.PRIVATE && e.by().equals(partner));
  }

  private static List<Turn> turns() {
    return SAMPLE.stream().flatMap(run -> run.turns().stream()).toList();
  }

  private static List<JourneyRun> sample(int journeys, long seed) {
    Random random = new Random(seed);
    RandomGenerator<List<Step>> steps = RandomJourneys.steps().generator(1000);
    List<JourneyRun> runs = new ArrayList<>();
    for (int i = 0; i < journeys; i++) {
      runs.add(
          RandomJourneys.run(
              steps.next(random).value(),
              RandomJourneys.ZONES.get(i % RandomJourneys.ZONES.size())));
    }
    return runs;
  }

  private static Set<Class<?>> recordTypes(Class<?> type) {
    if (type.isRecord()) {
      return Set.of(type);
    }
    return Arrays.stream(type.getPermittedSubclasses())
        .flatMap(sub -> recordTypes(sub).stream())
        .collect(Collectors.toSet());
  }
}
