package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.journey.CommitmentSteps.activeOfAlex;
import static org.recovery.core.journey.CommitmentSteps.commitment;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Terms;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.CommitmentEvent.CommitmentRevised;
import org.recovery.core.testing.TestJourney;

/**
 * Revising a commitment of Alex's (asked for by Sam): easing by the owner waits for the
 * cooling-off, easing granted by Sam and strengthening by Alex take effect at once, only Alex asks
 * more of themself.
 */
class CommitmentChangeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final TestJourney t = TestJourney.started();

  private Optional<Cadence> cadenceOn(CommitmentId id, LocalDate day) {
    return commitment(t, id).termsOn(day).map(Terms::cadence);
  }

  @ParameterizedTest(name = "{4}: {0} {1} -> {2} {3} = {5}")
  @CsvSource({
    // the owner eases: waits for the cooling-off
    "daily,         PARTNER_CONFIRMED, 3/week,        PARTNER_CONFIRMED, owner,   +7",
    "daily,         PARTNER_CONFIRMED, daily,         SELF_REPORTED,     owner,   +7",
    "continuous,    SELF_REPORTED,     daily,         SELF_REPORTED,     owner,   +7",
    "daily,         SELF_REPORTED,     'mon,wed,fri', SELF_REPORTED,     owner,   +7",
    "daily,         PARTNER_CONFIRMED, continuous,    SELF_REPORTED,     owner,   +7",
    // the owner strengthens: at once
    "3/week,        SELF_REPORTED,     daily,         SELF_REPORTED,     owner,   +0",
    "daily,         SELF_REPORTED,     daily,         PARTNER_CONFIRMED, owner,   +0",
    "daily,         SELF_REPORTED,     continuous,    SELF_REPORTED,     owner,   +0",
    // the partner it is owed to grants an easing: at once
    "daily,         SELF_REPORTED,     3/week,        SELF_REPORTED,     partner, +0",
    "daily,         PARTNER_CONFIRMED, daily,         SELF_REPORTED,     partner, +0",
    "'mon,wed,fri', PARTNER_CONFIRMED, 1/week,        SELF_REPORTED,     partner, +0",
    // only the owner asks more of themself
    "3/week,        SELF_REPORTED,     daily,         SELF_REPORTED,     partner, NOT_THE_OWNER",
    "daily,         SELF_REPORTED,     daily,         PARTNER_CONFIRMED, partner, NOT_THE_OWNER",
    "daily,         PARTNER_CONFIRMED, continuous,    SELF_REPORTED,     partner, NOT_THE_OWNER",
    "3/week,        PARTNER_CONFIRMED, daily,         SELF_REPORTED,     partner, NOT_THE_OWNER",
    "'mon,wed,fri', SELF_REPORTED,     'tue,thu,sat', SELF_REPORTED,     partner, NOT_THE_OWNER",
    // asking what already applies
    "daily,         SELF_REPORTED,     daily,         SELF_REPORTED,     owner,   NO_CHANGE",
    "daily,         SELF_REPORTED,     daily,         SELF_REPORTED,     partner, NO_CHANGE",
    "'mon,wed,fri', SELF_REPORTED,     'fri,mon,wed', SELF_REPORTED,     owner,   NO_CHANGE",
  })
  void aRevisionTakesEffectAtOnceOrAfterTheCoolingOffOrIsRefused(
      String fromCadence,
      Verification fromVerification,
      String toCadence,
      Verification toVerification,
      String who,
      String expected) {
    CommitmentId id = activeOfAlex(t, Cadence.parse(fromCadence), fromVerification);
    PartnerId actor = who.equals("owner") ? t.alexId() : t.samId();
    ReviseCommitment revise = new ReviseCommitment(id, Cadence.parse(toCadence), toVerification);

    if (!expected.startsWith("+")) {
      Rejection r = t.rejected(actor, revise);
      assertThat(r.code()).isEqualTo(RejectionCode.valueOf(expected));
      return;
    }
    LocalDate effective = TODAY.plusDays(Integer.parseInt(expected.substring(1)));
    assertThat(t.accepted(actor, revise))
        .containsExactly(
            new CommitmentRevised(
                id, Cadence.parse(toCadence), toVerification, effective, actor, TestJourney.START));
    assertThat(commitment(t, id).termsOn(effective))
        .contains(new Terms(effective, Cadence.parse(toCadence), toVerification));
    if (effective.isAfter(TODAY)) {
      assertThat(commitment(t, id).termsOn(effective.minusDays(1)))
          .contains(new Terms(TODAY, Cadence.parse(fromCadence), fromVerification));
    }
  }

  @Test
  void theOldTermsApplyEveryDayOfTheCoolingOff() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.PARTNER_CONFIRMED);

    t.accepted(
        t.alexId(), new ReviseCommitment(id, Cadence.timesPerWeek(3), Verification.SELF_REPORTED));

    for (int day = 0; day < 7; day++) {
      assertThat(commitment(t, id).termsOn(TODAY.plusDays(day)))
          .as("day %d", day)
          .contains(new Terms(TODAY, Cadence.daily(), Verification.PARTNER_CONFIRMED));
    }
    assertThat(commitment(t, id).termsOn(TODAY.plusDays(7)))
        .contains(
            new Terms(TODAY.plusDays(7), Cadence.timesPerWeek(3), Verification.SELF_REPORTED));
  }

  @ParameterizedTest(name = "{0} cooling-off days")
  @ValueSource(ints = {0, 3, 14})
  void theCoolingOffLastsAsLongAsTheJourneysSettingsSay(int coolingOffDays) {
    TestJourney custom = TestJourney.started(new Settings(coolingOffDays, 24));
    CommitmentId id = activeOfAlex(custom, Cadence.daily(), Verification.SELF_REPORTED);

    var events =
        custom.accepted(
            custom.alexId(),
            new ReviseCommitment(id, Cadence.timesPerWeek(3), Verification.SELF_REPORTED));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            CommitmentRevised.class,
            e -> assertThat(e.effectiveFrom()).isEqualTo(TODAY.plusDays(coolingOffDays)));
  }

  @Test
  void anEasingStillInItsCoolingOffCountsAsTheTermsAlreadyAsked() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(
        t.alexId(), new ReviseCommitment(id, Cadence.timesPerWeek(3), Verification.SELF_REPORTED));

    Rejection r =
        t.rejected(
            t.alexId(),
            new ReviseCommitment(id, Cadence.timesPerWeek(3), Verification.SELF_REPORTED));

    assertThat(r.code()).isEqualTo(RejectionCode.NO_CHANGE);
  }

  @Test
  void theOwnerTakesBackAnEasingInItsCoolingOffAtOnce() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(
        t.alexId(), new ReviseCommitment(id, Cadence.timesPerWeek(1), Verification.SELF_REPORTED));
    t.days(2);

    t.accepted(t.alexId(), new ReviseCommitment(id, Cadence.daily(), Verification.SELF_REPORTED));

    assertThat(cadenceOn(id, TODAY.plusDays(7))).contains(Cadence.daily());
    assertThat(cadenceOn(id, TODAY.plusDays(30))).contains(Cadence.daily());
  }

  /**
   * Daily, eased by its owner to once a week (waiting for the cooling-off), then "strengthened" to
   * six times a week: six times a week is still easier than the daily terms in effect today, so it
   * must wait for the cooling-off as well.
   */
  @Test
  void raisingAPendingEasingDoesNotSkipTheCoolingOff() {
    CommitmentId id = activeOfAlex(t, Cadence.daily(), Verification.SELF_REPORTED);
    t.accepted(
        t.alexId(), new ReviseCommitment(id, Cadence.timesPerWeek(1), Verification.SELF_REPORTED));

    t.accepted(
        t.alexId(), new ReviseCommitment(id, Cadence.timesPerWeek(6), Verification.SELF_REPORTED));

    assertThat(cadenceOn(id, TODAY)).contains(Cadence.daily());
    assertThat(cadenceOn(id, TODAY.plusDays(6))).contains(Cadence.daily());
    assertThat(cadenceOn(id, TODAY.plusDays(7))).contains(Cadence.timesPerWeek(6));
  }
}
