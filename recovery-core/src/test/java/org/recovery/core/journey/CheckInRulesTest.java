package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.testing.TestJourney;

class CheckInRulesTest {
  private static final Ratings MIDDLING = new Ratings(5, 5, 5, 5);

  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private static RecordCheckIn checkIn(LocalDate day) {
    return RecordCheckIn.shared(day, MIDDLING, false, false, 0);
  }

  private static RecordCheckIn withNote(
      CheckInId id,
      LocalDate day,
      String note,
      Visibility noteVisibility,
      Visibility visibility,
      boolean crisis) {
    return new RecordCheckIn(
        id, day, MIDDLING, true, true, 2, note, noteVisibility, visibility, crisis);
  }

  @Test
  void aPartnerChecksInOncePerDayAndTheOtherPartnerToo() {
    LocalDate today = journey.today();
    journey.accepted(sam, checkIn(today));

    assertThat(journey.rejected(sam, checkIn(today)).code())
        .isEqualTo(RejectionCode.ALREADY_CHECKED_IN);
    journey.accepted(alex, checkIn(today));
    journey.days(1);
    assertThat(journey.rejected(sam, checkIn(today)).code())
        .isEqualTo(RejectionCode.ALREADY_CHECKED_IN);
    journey.accepted(sam, checkIn(journey.today()));
    assertThat(journey.state().checkIns()).hasSize(3);
  }

  @ParameterizedTest(name = "day {0} of a journey on day 5: accepted {1}")
  @CsvSource({"-1, false", "0, true", "1, true", "5, true", "6, false", "30, false"})
  void aCheckInIsAboutADayFromTheFirstDayToToday(int dayOfJourney, boolean accepted) {
    LocalDate firstDay = journey.today();
    journey.days(5);
    RecordCheckIn command = checkIn(firstDay.plusDays(dayOfJourney));

    if (accepted) {
      journey.accepted(sam, command);
    } else {
      assertThat(journey.rejected(sam, command).code()).isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
    }
  }

  @Test
  void theDayOfACheckInIsTheDayInTheCouplesZone() {
    journey.clock.set(Instant.parse("2026-03-02T23:30:00Z"));

    journey.accepted(sam, checkIn(LocalDate.of(2026, 3, 3)));
    assertThat(journey.rejected(sam, checkIn(LocalDate.of(2026, 3, 4))).code())
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @ParameterizedTest(name = "every rating at {0}")
  @ValueSource(ints = {Ratings.MIN, Ratings.MAX})
  void ratingsAtTheEndsOfTheScaleAreAccepted(int value) {
    RecordCheckIn command =
        RecordCheckIn.shared(
            journey.today(), new Ratings(value, value, value, value), false, false, 0);

    CheckInRecorded event = (CheckInRecorded) journey.accepted(sam, command).get(0);
    assertThat(event.ratings()).isEqualTo(new Ratings(value, value, value, value));
  }

  @ParameterizedTest(name = "{0} rating {1}")
  @CsvSource({
    "emotional safety, -1", "emotional safety, 11",
    "trust, -1", "trust, 11",
    "closeness, -1", "closeness, 11",
    "hope, -1", "hope, 11"
  })
  void aRatingOffTheScaleIsRefusedNamingIt(String field, int value) {
    int[] r = {5, 5, 5, 5};
    r[List.of("emotional safety", "trust", "closeness", "hope").indexOf(field)] = value;

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Ratings(r[0], r[1], r[2], r[3]))
        .withMessageStartingWith(field + " rating")
        .withMessageContaining("was " + value);
  }

  @ParameterizedTest(name = "{0} outbursts")
  @ValueSource(ints = {0, 50})
  void outburstsFromNoneToFiftyAreAccepted(int outbursts) {
    CheckInRecorded event =
        (CheckInRecorded)
            journey
                .accepted(
                    sam, RecordCheckIn.shared(journey.today(), MIDDLING, false, true, outbursts))
                .get(0);

    assertThat(event.reactiveOutbursts()).isEqualTo(outbursts);
  }

  @ParameterizedTest(name = "{0} outbursts")
  @ValueSource(ints = {-1, 51})
  void outburstsOutOfRangeAreRefusedNamingTheField(int outbursts) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RecordCheckIn.shared(journey.today(), MIDDLING, false, true, outbursts))
        .withMessageContaining("reactive outbursts")
        .withMessageContaining("was " + outbursts);
  }

  @Test
  void aPrivateNoteOnASharedCheckInBecomesAPrivateJournalEntry() {
    CheckInId id = CheckInId.random();
    LocalDate today = journey.today();
    String note = "I checked the phone bill again at 3am";

    List<JourneyEvent> events =
        journey.accepted(
            sam, withNote(id, today, note, Visibility.PRIVATE, Visibility.SHARED, false));

    assertThat(events)
        .containsExactly(
            new CheckInRecorded(
                id,
                today,
                5,
                5,
                5,
                5,
                true,
                true,
                2,
                "",
                Visibility.SHARED,
                sam,
                TestJourney.START),
            new JournalEntryWritten(today, note, sam, TestJourney.START));
    assertThat(events.get(1).visibility()).isEqualTo(Visibility.PRIVATE);
    JourneyView alexView = journey.viewOf(alex);
    assertThat(alexView.events()).contains(events.get(0)).doesNotContain(events.get(1));
    assertThat(alexView.events()).noneMatch(e -> e.toString().contains("phone bill"));
  }

  @Test
  void aSharedNoteStaysOnTheSharedCheckIn() {
    List<JourneyEvent> events =
        journey.accepted(
            sam,
            withNote(
                CheckInId.random(),
                journey.today(),
                "  A good walk  ",
                Visibility.SHARED,
                Visibility.SHARED,
                false));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            CheckInRecorded.class, e -> assertThat(e.note()).isEqualTo("A good walk"));
    assertThat(journey.viewOf(alex).events()).contains(events.get(0));
  }

  @ParameterizedTest(name = "note {0}")
  @ValueSource(strings = {"PRIVATE", "SHARED"})
  void aPrivateCheckInKeepsItsNoteInsideAndOutOfTheOtherView(Visibility noteVisibility) {
    CheckInId id = CheckInId.random();
    List<JourneyEvent> events =
        journey.accepted(
            sam,
            withNote(
                id,
                journey.today(),
                "Not ready to say this",
                noteVisibility,
                Visibility.PRIVATE,
                false));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            CheckInRecorded.class,
            e -> {
              assertThat(e.note()).isEqualTo("Not ready to say this");
              assertThat(e.visibility()).isEqualTo(Visibility.PRIVATE);
            });
    assertThat(journey.viewOf(alex).events()).doesNotContainAnyElementsOf(events);
    assertThat(journey.viewOf(alex).state().checkIns()).isEmpty();
    assertThat(journey.viewOf(sam).state().checkIns()).extracting(c -> c.id()).containsExactly(id);
  }

  @Test
  void aCheckInWithACrisisFlagIsWhollyPrivateToItsAuthorWhateverWasAskedFor() {
    LocalDate today = journey.today();
    List<JourneyEvent> events =
        journey.accepted(
            alex,
            withNote(
                CheckInId.random(),
                today,
                "I am scared tonight",
                Visibility.SHARED,
                Visibility.SHARED,
                true));

    CrisisFlagged flag = new CrisisFlagged(today, alex, TestJourney.START);
    assertThat(events).hasSize(2).element(1).isEqualTo(flag);
    CheckInRecorded checkIn = (CheckInRecorded) events.get(0);
    assertThat(checkIn.visibility()).as("the check-in itself").isEqualTo(Visibility.PRIVATE);
    assertThat(checkIn.note()).as("the note stays with it").isEqualTo("I am scared tonight");
    assertThat(flag.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(journey.state().crisisFlags()).containsExactly(flag);
    assertThat(journey.viewOf(alex).events()).containsAll(events);
    assertThat(journey.viewOf(sam).events()).doesNotContainAnyElementsOf(events);
    assertThat(journey.viewOf(sam).state().checkIns()).isEmpty();
    assertThat(journey.viewOf(sam).state().crisisFlags()).isEmpty();
  }

  @Test
  void aCrisisCanBeFlaggedAtAnyMomentOnItsOwnAsOftenAsNeeded() {
    LocalDate today = journey.today();
    journey.accepted(
        alex, withNote(CheckInId.random(), today, "", Visibility.SHARED, Visibility.SHARED, false));

    List<JourneyEvent> first = journey.accepted(alex, new PersonalCommand.FlagCrisis(today));
    List<JourneyEvent> again = journey.accepted(alex, new PersonalCommand.FlagCrisis(today));

    assertThat(first).containsExactly(new CrisisFlagged(today, alex, TestJourney.START));
    assertThat(again).hasSize(1);
    assertThat(journey.viewOf(sam).state().crisisFlags()).isEmpty();
    assertThat(journey.viewOf(alex).state().crisisFlags()).hasSize(2);
  }

  @Test
  void aCrisisIsNotFlaggedForATomorrow() {
    Rejection r =
        journey.rejected(alex, new PersonalCommand.FlagCrisis(journey.today().plusDays(1)));

    assertThat(r.code()).isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
    assertThat(journey.state().crisisFlags()).isEmpty();
  }

  @Test
  void aNoteHasAMaximumLength() {
    String tooLong = "x".repeat(CheckInCommand.MAX_NOTE_LENGTH + 1);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                withNote(
                    CheckInId.random(),
                    journey.today(),
                    tooLong,
                    Visibility.SHARED,
                    Visibility.SHARED,
                    false))
        .withMessageContaining("note");
  }
}
