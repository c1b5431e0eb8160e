package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRepaired;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.Setback;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.core.testing.TestJourney;

class SetbackRulesTest {
  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private static Stream<Arguments> kindsAndSeverities(boolean alwaysSevere) {
    return Arrays.stream(SetbackKind.values())
        .filter(k -> k.isAlwaysSevere() == alwaysSevere)
        .flatMap(k -> Arrays.stream(Severity.values()).map(s -> Arguments.of(k, s)));
  }

  static Stream<Arguments> alwaysSevereKindsBelowSevere() {
    return kindsAndSeverities(true).filter(a -> a.get()[1] != Severity.SEVERE);
  }

  static Stream<Arguments> everyOtherKindAtEverySeverity() {
    return kindsAndSeverities(false);
  }

  private SetbackId recorded(SetbackKind kind, Severity severity) {
    SetbackId id = SetbackId.random();
    journey.accepted(sam, new RecordSetback(id, kind, severity, journey.today(), ""));
    return id;
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("alwaysSevereKindsBelowSevere")
  void newDeceptionAndRenewedContactBelowSevereAreRefused(SetbackKind kind, Severity severity) {
    Rejection refusal =
        journey.rejected(
            sam, new RecordSetback(SetbackId.random(), kind, severity, journey.today(), ""));

    assertThat(refusal.code()).isEqualTo(RejectionCode.SEVERITY_TOO_LOW);
    assertThat(refusal.reason())
        .contains(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .contains("always severe");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SetbackKind.class,
      names = {"NEW_DECEPTION", "RENEWED_CONTACT"})
  void newDeceptionAndRenewedContactAreRecordedAsSevere(SetbackKind kind) {
    SetbackId id = recorded(kind, Severity.SEVERE);

    assertThat(journey.state().setback(id).orElseThrow().isSevere()).isTrue();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyOtherKindAtEverySeverity")
  void otherSetbacksTakeTheSeverityTheRecorderGives(SetbackKind kind, Severity severity) {
    SetbackId id = SetbackId.random();
    LocalDate yesterday = journey.days(1).today().minusDays(1);

    assertThat(
            journey.accepted(
                alex, new RecordSetback(id, kind, severity, yesterday, " We shouted ")))
        .containsExactly(
            new SetbackRecorded(
                id, kind, severity, yesterday, "We shouted", alex, journey.clock.instant()));
    assertThat(journey.state().setback(id).orElseThrow().severity()).isEqualTo(severity);
  }

  @ParameterizedTest(name = "{0} day(s) ahead")
  @ValueSource(ints = {1, 7})
  void aSetbackCannotHappenInTheFuture(int daysAhead) {
    assertThat(
            journey
                .rejected(
                    sam,
                    new RecordSetback(
                        SetbackId.random(),
                        SetbackKind.CONFLICT,
                        Severity.MINOR,
                        journey.today().plusDays(daysAhead),
                        ""))
                .code())
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void theSameSetbackIsRecordedOnce() {
    SetbackId id = recorded(SetbackKind.TRIGGER, Severity.MODERATE);

    assertThat(
            journey
                .rejected(
                    alex,
                    new RecordSetback(
                        id, SetbackKind.TRIGGER, Severity.MODERATE, journey.today(), ""))
                .code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @Test
  void aSetbackIsRepairedByAcknowledgingItAndTalkingItThrough() {
    SetbackId id = recorded(SetbackKind.CONFLICT, Severity.MODERATE);

    assertThat(journey.accepted(alex, new RecordRepair(id, RepairStep.ACKNOWLEDGED)))
        .containsExactly(new SetbackRepaired(id, RepairStep.ACKNOWLEDGED, alex, TestJourney.START));
    assertThat(journey.state().setback(id).orElseThrow().isRepaired()).isFalse();
    journey.accepted(sam, new RecordRepair(id, RepairStep.TALKED_THROUGH));
    Setback setback = journey.state().setback(id).orElseThrow();
    assertThat(setback.repairs()).containsExactlyInAnyOrder(RepairStep.values());
    assertThat(setback.isRepaired()).isTrue();
  }

  @ParameterizedTest(name = "{0} twice")
  @EnumSource(RepairStep.class)
  void eachRepairStepIsRecordedOnce(RepairStep step) {
    SetbackId id = recorded(SetbackKind.RENEWED_CONTACT, Severity.SEVERE);
    journey.accepted(alex, new RecordRepair(id, step));

    assertThat(journey.rejected(sam, new RecordRepair(id, step)).code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @Test
  void repairingAnUnknownSetbackIsRefused() {
    recorded(SetbackKind.TRIGGER, Severity.MINOR);

    assertThat(
            journey
                .rejected(sam, new RecordRepair(SetbackId.random(), RepairStep.ACKNOWLEDGED))
                .code())
        .isEqualTo(RejectionCode.UNKNOWN_SETBACK);
  }
}
