package org.recovery.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.progress.GateResult;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;

/**
 * Maya and Daniel are rebuilding trust when, in the fifth month, a new deception comes to light.
 * The model sends them back to Atone, both reports say where they stand and what the setback costs
 * them, Maya's ratings dip for a few weeks, and recovery resumes.
 */
class DeceptionInMonthFiveScenarioTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant START = Instant.parse("2025-03-03T18:30:00Z");
  private static final int DECEPTION_DAY = 130;
  private static final RecoveryModel MODEL = StandardModel.create();

  private static Simulation.Result result;
  private static List<JourneyEvent> events;
  private static SetbackRecorded deception;

  @BeforeAll
  static void liveSevenMonths() {
    InMemoryEventStore store = new InMemoryEventStore();
    result =
        Simulation.run(
            store, Simulation.Options.of(2025, 7, START).withDeceptionOnDay(DECEPTION_DAY));
    events = store.read(result.journey()).stream().map(RecordedEvent::event).toList();
    deception =
        events.stream()
            .filter(e -> e instanceof SetbackRecorded s && s.kind() == SetbackKind.NEW_DECEPTION)
            .map(SetbackRecorded.class::cast)
            .findFirst()
            .orElseThrow();
  }

  @Test
  void theDeceptionIsRecordedAsSevereInTheFifthMonth() {
    assertThat(deception.severity()).isEqualTo(Severity.SEVERE);
    assertThat(deception.by()).isEqualTo(result.hurt().id());
    assertThat(deception.day()).isEqualTo(firstDay().plusDays(DECEPTION_DAY));
    assertThat(deception.day())
        .isAfter(firstDay().plusMonths(4))
        .isBefore(firstDay().plusMonths(5));
    assertThat(result.refused()).isZero();
  }

  @Test
  void itSendsThemBackToAtoneNamingTheSetback() {
    StageMovedBack back = movedBack();

    assertThat(back.cause()).isEqualTo(MoveBackCause.SEVERE_SETBACK);
    assertThat(back.reference()).isEqualTo(deception.setback().toString());
    assertThat(back.to()).isEqualTo(StandardModel.ATONE);
    assertThat(MODEL.indexOf(back.from())).isGreaterThan(MODEL.indexOf(StandardModel.ATONE));
    assertThat(back.at())
        .as("recorded with the setback, by the same command")
        .isEqualTo(deception.at());
  }

  @Test
  void thatEveningBothReportsSayTheyAreBackInAtoneFromDayNought() {
    Instant evening = endOf(deception.day());
    for (PartnerId partner : List.of(result.hurt().id(), result.involved().id())) {
      ProgressReport report = report(partner, evening);
      assertThat(report.stage().id()).isEqualTo(StandardModel.ATONE);
      assertThat(report.stage().since()).isEqualTo(deception.day());
      assertThat(gate(report, "minimum-days-in-stage").met()).isFalse();
    }
    ProgressReport daniel = report(result.involved().id(), evening);
    assertThat(daniel.stage().daysInStage()).as("Daniel chose day counters").hasValue(0);
    assertThat(gate(daniel, "minimum-days-in-stage").sentence()).contains("0 days", "42");
    ProgressReport maya = report(result.hurt().id(), evening);
    assertThat(maya.stage().daysInStage()).as("Maya did not choose day counters").isEmpty();
    assertThat(gate(maya, "minimum-days-in-stage").sentence())
        .doesNotContainPattern("[0-9]")
        .contains("more time");
    assertThat(report(result.involved().id(), evening).indicators().daysSinceLastSevereSetback())
        .hasValue(0);
  }

  @Test
  void theNextDayMayaNoLongerFeelsHeardAndHerReportSaysSo() {
    ProgressReport maya = report(result.hurt().id(), endOf(deception.day().plusDays(1)));

    GateResult heard = gate(maya, "hurt-partners-feel-heard");
    assertThat(heard.met()).isFalse();
    assertThat(heard.sentence()).contains("0 of 1");
  }

  @Test
  void backInRebuildTrustTheGateSaysHowLongSinceTheDeception() {
    StageAdvanced again =
        events.stream()
            .filter(
                e ->
                    e instanceof StageAdvanced a
                        && a.to().equals(StandardModel.REBUILD_TRUST)
                        && a.at().isAfter(deception.at()))
            .map(StageAdvanced.class::cast)
            .findFirst()
            .orElseThrow();

    for (PartnerId partner : List.of(result.hurt().id(), result.involved().id())) {
      ProgressReport report = report(partner, again.at());
      assertThat(report.stage().id()).isEqualTo(StandardModel.REBUILD_TRUST);
      assertThat(gate(report, "no-severe-setback-for").met()).isFalse();
    }
    GateResult clean = gate(report(result.involved().id(), again.at()), "no-severe-setback-for");
    assertThat(clean.required()).as("Daniel chose day counters").isEqualTo("at least 56 days");
    assertThat(clean.sentence()).contains("days since the last severe setback", "56");
    assertThat(clean.evidence()).contains("setback:" + deception.setback());
    GateResult inWords = gate(report(result.hurt().id(), again.at()), "no-severe-setback-for");
    assertThat(inWords.required()).as("Maya did not").isEmpty();
    assertThat(inWords.sentence()).doesNotContainPattern("[0-9]");
  }

  @Test
  void mayasEmotionalSafetyDipsForSomeWeeksAndRecovers() {
    double before = mayasSafety(-14, -1);
    double after = mayasSafety(1, 14);
    double later = mayasSafety(50, 70);

    assertThat(before - after).isGreaterThan(1.5);
    assertThat(later).isGreaterThan(before - 0.3);
  }

  private static double mayasSafety(int fromDay, int toDay) {
    LocalDate from = deception.day().plusDays(fromDay);
    LocalDate to = deception.day().plusDays(toDay);
    OptionalDouble mean =
        events.stream()
            .filter(
                e ->
                    e instanceof CheckInRecorded c
                        && c.by().equals(result.hurt().id())
                        && c.visibility() == Visibility.SHARED
                        && !c.day().isBefore(from)
                        && !c.day().isAfter(to))
            .mapToInt(e -> ((CheckInRecorded) e).emotionalSafety())
            .average();
    return mean.orElseThrow();
  }

  private static StageMovedBack movedBack() {
    return events.stream()
        .filter(e -> e instanceof StageMovedBack)
        .map(StageMovedBack.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static GateResult gate(ProgressReport report, String id) {
    return report.gates().stream()
        .filter(g -> g.gate().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no gate " + id + " in " + report.gates()));
  }

  private static ProgressReport report(PartnerId viewer, Instant asOf) {
    return Progress.report(MODEL, events, viewer, asOf);
  }

  private static LocalDate firstDay() {
    return LocalDate.ofInstant(START, LONDON);
  }

  private static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59)).atZone(LONDON).toInstant();
  }
}
