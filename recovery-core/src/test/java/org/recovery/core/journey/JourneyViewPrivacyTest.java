package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.TestJourney;

class JourneyViewPrivacyTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  static Stream<JourneyCommand> privateEntries() {
    return Stream.of(
        new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES),
        new DeclareConsent(ConsentLevel.NONE),
        new CompleteSafetyScreening(ScreeningAnswers.recoveryFive(true, true, true, true, true)),
        new CompleteSafetyScreening(ScreeningAnswers.allNo()),
        new WriteJournalEntry(FIRST_DAY, "What I cannot say yet"),
        new RecordTherapySession(TherapyKind.INDIVIDUAL, FIRST_DAY, Visibility.PRIVATE),
        new RecordTherapySession(TherapyKind.COUPLES, FIRST_DAY, Visibility.PRIVATE),
        new RecordCheckIn(
            CheckInId.random(),
            FIRST_DAY,
            new Ratings(1, 0, 2, 3),
            false,
            true,
            4,
            "I am scared",
            Visibility.PRIVATE,
            Visibility.PRIVATE,
            true));
  }

  @ParameterizedTest
  @MethodSource("privateEntries")
  void aPrivateEntryLeavesTheOtherPartnersViewExactlyAsItWas(JourneyCommand command) {
    journey.affair();
    JourneyView alexBefore = journey.viewOf(alex);

    List<JourneyEvent> written = journey.accepted(sam, command);

    assertThat(written).allMatch(e -> e.visibility() == Visibility.PRIVATE);
    assertThat(journey.viewOf(alex)).isEqualTo(alexBefore);
    assertThat(journey.viewOf(sam).events()).containsAll(written);
  }

  @Test
  void theOtherPartnersViewHoldsNoConsentOrScreeningOfTheirs() {
    journey.accepted(sam, new DeclareConsent(ConsentLevel.PHYSICAL_INTIMACY));
    journey.accepted(
        sam,
        new CompleteSafetyScreening(
            ScreeningAnswers.recoveryFive(false, false, false, true, false)));

    JourneyView alexView = journey.viewOf(alex);
    assertThat(alexView.myConsent()).isEmpty();
    assertThat(alexView.mySafetyConcern()).isFalse();
    assertThat(alexView.state().consent().of(sam)).isEmpty();
    assertThat(alexView.state().safety().hasScreened(sam)).isFalse();
    assertThat(alexView.state().safety().concernStands()).isFalse();
    JourneyView samView = journey.viewOf(sam);
    assertThat(samView.myConsent()).contains(ConsentLevel.PHYSICAL_INTIMACY);
    assertThat(samView.mySafetyConcern()).isTrue();
  }

  @Test
  void eachPartnerSeesOnlyTheirOwnPrivateEntries() {
    journey.accepted(sam, new WriteJournalEntry(journey.today(), "Sam's page"));
    journey.accepted(alex, new WriteJournalEntry(journey.today(), "Alex's page"));
    journey.accepted(alex, new DeclareConsent(ConsentLevel.NON_PHYSICAL_CONNECTION));
    journey.accepted(sam, new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));

    assertThat(journey.viewOf(sam).events())
        .noneMatch(e -> e.by().equals(alex) && e.visibility() == Visibility.PRIVATE);
    assertThat(journey.viewOf(alex).events())
        .noneMatch(e -> e.by().equals(sam) && e.visibility() == Visibility.PRIVATE);
    assertThat(journey.viewOf(sam).myConsent()).contains(ConsentLevel.AFFECTIONATE_GESTURES);
    assertThat(journey.viewOf(alex).myConsent()).contains(ConsentLevel.NON_PHYSICAL_CONNECTION);
    assertThat(journey.viewOf(alex).state().consent().of(sam)).isEmpty();
  }

  @Test
  void aSharedTherapySessionIsSeenByBoth() {
    List<JourneyEvent> written =
        journey.accepted(
            sam, new RecordTherapySession(TherapyKind.COUPLES, journey.today(), Visibility.SHARED));

    assertThat(journey.viewOf(alex).events()).containsAll(written);
    assertThat(journey.viewOf(alex).state().therapySessions()).hasSize(1);
  }

  @Test
  void aForgivenessStepTellsItsAuthorWhoSeesItAndTheOtherPartnerOnlyWhatIsShared() {
    journey.affair();
    journey.accepted(sam, new RecordForgiveness(ForgivenessStep.OPEN_TO_IT, Visibility.PRIVATE));

    assertThat(journey.viewOf(sam).state().preferences().forgivenessSeenBy(sam))
        .contains(Visibility.PRIVATE);
    assertThat(journey.viewOf(alex).state().preferences().forgivenessOf(sam)).isEmpty();
    assertThat(journey.viewOf(alex).state().preferences().forgivenessSeenBy(sam)).isEmpty();

    journey.accepted(
        sam, new RecordForgiveness(ForgivenessStep.WORKING_THROUGH_IT, Visibility.SHARED));

    for (PartnerId viewer : List.of(sam, alex)) {
      PartnerPreferences seen = journey.viewOf(viewer).state().preferences();
      assertThat(seen.forgivenessOf(sam)).contains(ForgivenessStep.WORKING_THROUGH_IT);
      assertThat(seen.forgivenessSeenBy(sam)).contains(Visibility.SHARED);
    }
  }
}
