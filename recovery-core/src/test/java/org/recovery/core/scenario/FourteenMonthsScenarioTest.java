package org.recovery.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.common.StageId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.progress.Gate;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.ProgressReport.Milestone;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.Stage;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;

/**
 * Maya and Daniel, fourteen months after Maya discovered Daniel's affair: generated daily data
 * through the standard model. They pass through every stage, one at a time, never faster than a
 * stage's minimum, and reach a new chapter after more than nine months.
 */
class FourteenMonthsScenarioTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant START = Instant.parse("2025-03-03T18:30:00Z");
  private static final RecoveryModel MODEL = StandardModel.create();

  private static Simulation.Result result;
  private static List<JourneyEvent> events;

  @BeforeAll
  static void liveFourteenMonths() {
    InMemoryEventStore store = new InMemoryEventStore();
    result = Simulation.run(store, Simulation.Options.of(2025, 14, START));
    events = store.read(result.journey()).stream().map(RecordedEvent::event).toList();
  }

  @Test
  void everythingTheCoupleDidWasAccepted() {
    assertThat(result.commands()).isGreaterThan(2000);
    assertThat(result.refused()).isZero();
  }

  @Test
  void theyMoveThroughEveryStageInOrderAndNeverBack() {
    List<StageAdvanced> advances = advances();
    List<StageId> order = MODEL.stages().stream().map(Stage::id).toList();

    assertThat(events).noneMatch(e -> e instanceof StageMovedBack);
    assertThat(advances).hasSize(order.size() - 1);
    for (int i = 0; i < advances.size(); i++) {
      assertThat(advances.get(i).from()).isEqualTo(order.get(i));
      assertThat(advances.get(i).to()).isEqualTo(order.get(i + 1));
      assertThat(advances.get(i).by()).isEqualTo(result.hurt().id());
    }
  }

  @Test
  void noStageIsPassedFasterThanItsMinimum() {
    LocalDate entered = day(START);
    for (StageAdvanced a : advances()) {
      LocalDate left = day(a.at());
      long dwelt = ChronoUnit.DAYS.between(entered, left);
      assertThat(dwelt).as("days in %s", a.from()).isGreaterThanOrEqualTo(minimumDays(a.from()));
      entered = left;
    }
  }

  @Test
  void aNewChapterComesAfterNineMonthsAtTheEarliest() {
    LocalDate newChapter = day(advances().get(advances().size() - 1).at());

    assertThat(newChapter).isAfterOrEqualTo(day(START).plusMonths(9));
    assertThat(newChapter).isBefore(day(result.end()));
  }

  @Test
  void atTheEndMayasReportShowsTheWayTheyCame() {
    ProgressReport maya = report(result.hurt().id());

    assertThat(maya.stage().id()).isEqualTo(StandardModel.NEW_CHAPTER);
    assertThat(maya.gates()).isEmpty();
    assertThat(maya.indicators().overallReliability().getAsDouble()).isGreaterThan(0.85);
    var safety =
        maya.indicators().ratings().stream()
            .filter(
                r ->
                    r.partner().equals(result.hurt().id())
                        && r.kind() == RatingKind.EMOTIONAL_SAFETY)
            .findFirst()
            .orElseThrow()
            .trend();
    assertThat(safety.baseline().getAsDouble()).isLessThan(4.5);
    assertThat(safety.level().getAsDouble()).isGreaterThan(7.0);
    assertThat(maya.milestones())
        .extracting(Milestone::id)
        .contains(
            "first-fully-kept-week",
            "first-vulnerable-conversation",
            "entered-atone",
            "entered-rebuild-trust",
            "entered-attune",
            "entered-reconnect",
            "entered-new-chapter");
    assertThat(maya.milestones())
        .as("Maya never chose day counters")
        .noneMatch(Milestone::dayCounter);
  }

  @Test
  void danielWhoChoseDayCountersSeesThemAndNeverMayasJournal() {
    ProgressReport daniel = report(result.involved().id());

    assertThat(daniel.stage().id()).isEqualTo(StandardModel.NEW_CHAPTER);
    assertThat(daniel.milestones())
        .filteredOn(Milestone::dayCounter)
        .extracting(Milestone::id)
        .contains("ninety-days-without-deception", "thirty-days-of-transparency");
    assertThat(events)
        .anyMatch(e -> e instanceof JournalEntryWritten j && j.by().equals(result.hurt().id()));
    assertThat(org.recovery.core.journey.JourneyView.of(events, result.involved().id()).events())
        .noneMatch(e -> e instanceof JournalEntryWritten j && j.by().equals(result.hurt().id()));
  }

  private static List<StageAdvanced> advances() {
    return events.stream()
        .filter(e -> e instanceof StageAdvanced)
        .map(StageAdvanced.class::cast)
        .toList();
  }

  private static int minimumDays(StageId stage) {
    return MODEL.stage(stage).orElseThrow().gates().stream()
        .filter(g -> g instanceof Gate.MinimumDaysInStage)
        .mapToInt(g -> ((Gate.MinimumDaysInStage) g).days())
        .max()
        .orElse(0);
  }

  private static ProgressReport report(org.recovery.core.common.PartnerId viewer) {
    return Progress.report(MODEL, events, viewer, result.end());
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, LONDON);
  }
}
