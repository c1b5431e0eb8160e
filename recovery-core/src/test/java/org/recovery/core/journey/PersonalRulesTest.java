package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.TestJourney;

class PersonalRulesTest {
  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private ConsentLevel effective() {
    ConsentLevel forSam = journey.viewOf(sam).effectiveConsent();
    assertThat(journey.viewOf(alex).effectiveConsent()).isEqualTo(forSam);
    return forSam;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ConsentLevel.class)
  void aPartnerDeclaresTheLevelTheyAreReadyForPrivately(ConsentLevel level) {
    assertThat(journey.accepted(sam, new DeclareConsent(level)))
        .containsExactly(new ConsentDeclared(level, sam, TestJourney.START));

    assertThat(journey.state().consent().of(sam)).contains(level);
    assertThat(journey.viewOf(sam).myConsent()).contains(level);
    assertThat(new ConsentDeclared(level, sam, TestJourney.START).visibility())
        .isEqualTo(Visibility.PRIVATE);
  }

  @ParameterizedTest(name = "{0} twice")
  @EnumSource(ConsentLevel.class)
  void declaringTheSameLevelAgainIsNoChange(ConsentLevel level) {
    journey.accepted(alex, new DeclareConsent(level));
    journey.days(3);

    assertThat(journey.rejected(alex, new DeclareConsent(level)).code())
        .isEqualTo(RejectionCode.NO_CHANGE);
  }

  @ParameterizedTest(name = "Sam {0}, Alex {1} -> {2}")
  @CsvSource({
    "PHYSICAL_INTIMACY, PHYSICAL_INTIMACY, PHYSICAL_INTIMACY",
    "PHYSICAL_INTIMACY, AFFECTIONATE_GESTURES, AFFECTIONATE_GESTURES",
    "NON_PHYSICAL_CONNECTION, PHYSICAL_INTIMACY, NON_PHYSICAL_CONNECTION",
    "AFFECTIONATE_GESTURES, NONE, NONE",
    "NONE, NON_PHYSICAL_CONNECTION, NONE"
  })
  void theEffectiveLevelIsTheLowerOfTheTwo(
      ConsentLevel samLevel, ConsentLevel alexLevel, ConsentLevel expected) {
    journey.accepted(sam, new DeclareConsent(samLevel));
    journey.accepted(alex, new DeclareConsent(alexLevel));

    assertThat(effective()).isEqualTo(expected);
  }

  @Test
  void aPartnerWhoDeclaredNothingCountsAsNotReady() {
    journey.accepted(sam, new DeclareConsent(ConsentLevel.PHYSICAL_INTIMACY));

    assertThat(effective()).isEqualTo(ConsentLevel.NONE);
  }

  @Test
  void loweringTakesEffectAtOnceAndNeedsNoReason() {
    journey.accepted(sam, new DeclareConsent(ConsentLevel.PHYSICAL_INTIMACY));
    journey.accepted(alex, new DeclareConsent(ConsentLevel.PHYSICAL_INTIMACY));
    assertThat(effective()).isEqualTo(ConsentLevel.PHYSICAL_INTIMACY);

    journey.accepted(alex, new DeclareConsent(ConsentLevel.NON_PHYSICAL_CONNECTION));
    assertThat(effective()).isEqualTo(ConsentLevel.NON_PHYSICAL_CONNECTION);
    journey.accepted(sam, new DeclareConsent(ConsentLevel.NONE));
    assertThat(effective()).isEqualTo(ConsentLevel.NONE);
    assertThat(journey.events()).filteredOn(SetbackEvent.class::isInstance).isEmpty();
  }

  @Test
  void raisingAgainAfterAWithdrawalIsAllowed() {
    journey.accepted(sam, new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    journey.accepted(alex, new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    journey.accepted(sam, new DeclareConsent(ConsentLevel.NONE));
    journey.days(14);

    journey.accepted(sam, new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    assertThat(effective()).isEqualTo(ConsentLevel.AFFECTIONATE_GESTURES);
  }

  @Test
  void aFlaggedScreeningRaisesAConcernOnlyForItsAuthorsView() {
    journey.accepted(
        sam,
        new CompleteSafetyScreening(
            ScreeningAnswers.recoveryFive(true, false, false, false, false)));

    assertThat(journey.state().safety().concernStands()).isTrue();
    assertThat(journey.viewOf(sam).mySafetyConcern()).isTrue();
    assertThat(journey.viewOf(alex).mySafetyConcern()).isFalse();
    assertThat(journey.viewOf(alex).state().safety().concernStands()).isFalse();
  }

  @Test
  void aLaterScreeningWithoutAYesLiftsTheConcern() {
    journey.accepted(
        sam,
        new CompleteSafetyScreening(
            ScreeningAnswers.recoveryFive(false, false, true, false, false)));
    journey.days(7);
    journey.accepted(sam, new CompleteSafetyScreening(ScreeningAnswers.allNo()));

    assertThat(journey.state().safety().concernStands()).isFalse();
    assertThat(journey.viewOf(sam).mySafetyConcern()).isFalse();
  }

  @Test
  void aJournalEntryIsPrivateAndAboutTodayOrEarlier() {
    journey.days(3);
    LocalDate today = journey.today();

    assertThat(journey.accepted(alex, new WriteJournalEntry(today.minusDays(2), " Heavy day ")))
        .containsExactly(
            new JournalEntryWritten(
                today.minusDays(2), "Heavy day", alex, journey.clock.instant()));
    assertThat(journey.rejected(alex, new WriteJournalEntry(today.plusDays(1), "Tomorrow")).code())
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "   ", "\n\t"})
  void aBlankJournalEntryIsRefusedNamingTheField(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WriteJournalEntry(journey.today(), text))
        .withMessageContaining("journal text");
  }

  @Test
  void aTherapySessionCannotBeInTheFuture() {
    assertThat(
            journey
                .rejected(
                    sam,
                    new RecordTherapySession(
                        TherapyKind.COUPLES, journey.today().plusDays(1), Visibility.SHARED))
                .code())
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
    journey.accepted(
        sam, new RecordTherapySession(TherapyKind.COUPLES, journey.today(), Visibility.SHARED));
    assertThat(journey.state().therapySessions()).hasSize(1);
  }
}
