package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.instrument.Answers.answers;
import static org.recovery.core.instrument.InstrumentCatalogueTest.weekly;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.testing.TestJourney;

/** A practice's own questionnaire, completed and reported through a journey's catalogue. */
class CustomInstrumentJourneyTest {
  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private static CompleteInstrument weeklyAnswers(int safe, int distant) {
    return new CompleteInstrument(
        "harbour-weekly", answers("safe", safe, "distant", distant), Visibility.SHARED);
  }

  @Test
  void aCustomQuestionnaireIsCompletedAndScoredWithTheJourneysCatalogue() {
    journey.withInstruments(InstrumentCatalogue.standard().with(weekly(1, "Weekly")));

    journey.accepted(sam, weeklyAnswers(1, 3)); // 1 + (4 - 3) = 2: struggling

    assertThat(journey.reportOf(alex).instruments())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("Weekly");
              assertThat(f.latest().total()).hasValue(2);
              assertThat(f.latest().flaggedBy("struggling")).isTrue();
            });
  }

  @Test
  void withoutItInTheCatalogueItIsRefusedNamingWhatIsKnown() {
    var rejection = journey.rejected(sam, weeklyAnswers(1, 3));

    assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_INSTRUMENT);
    assertThat(rejection.reason())
        .isEqualTo("There is no questionnaire \"harbour-weekly\"; known are csi-4, rdas, trim-18.");
  }

  @Test
  void anEmptyCatalogueRefusesEveryQuestionnaire() {
    journey.withInstruments(InstrumentCatalogue.empty());

    assertThat(journey.rejected(sam, weeklyAnswers(1, 3)).reason())
        .isEqualTo("There is no questionnaire \"harbour-weekly\"; none is available.");
  }

  @Test
  void aCompletionIsRecordedWithTheLatestVersionAndEarlierOnesStayScorable() {
    journey.withInstruments(InstrumentCatalogue.of(List.of(weekly(1, "Weekly"))));
    journey.accepted(sam, weeklyAnswers(4, 0));
    journey.withInstruments(
        InstrumentCatalogue.of(List.of(weekly(1, "Weekly"), weekly(2, "Weekly, revised"))));
    journey.days(7);

    List<?> events = journey.accepted(sam, weeklyAnswers(0, 4));

    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            InstrumentCompleted.class, e -> assertThat(e.instrumentVersion()).isEqualTo(2));
    assertThat(journey.reportOf(sam).instruments())
        .as("each version is reported on its own: scores of two definitions are not compared")
        .extracting(InstrumentFigures::instrumentVersion, f -> f.latest().total().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 8.0),
            org.assertj.core.groups.Tuple.tuple(2, 0.0));
  }

  @Test
  void aCompletionWhoseDefinitionIsNoLongerInTheCatalogueIsLeftOutOfTheReport() {
    journey.withInstruments(InstrumentCatalogue.standard().with(weekly(1, "Weekly")));
    journey.accepted(sam, weeklyAnswers(2, 2));

    journey.withInstruments(InstrumentCatalogue.standard());

    assertThat(journey.reportOf(sam).instruments()).isEmpty();
  }

  @Test
  void theHistoryListsEveryCompletionOldestFirstWithItsVisibility() {
    journey.withInstruments(InstrumentCatalogue.standard().with(weekly(1, "Weekly")));
    journey.accepted(sam, weeklyAnswers(1, 3));
    journey.days(7);
    journey.accepted(
        sam,
        new CompleteInstrument(
            "harbour-weekly", answers("safe", 3, "distant", 1), Visibility.PRIVATE));
    journey.days(7);
    journey.accepted(sam, weeklyAnswers(4, 0));

    InstrumentFigures mine = journey.reportOf(sam).instruments().get(0);
    InstrumentFigures seenByAlex = journey.reportOf(alex).instruments().get(0);

    assertThat(mine.history())
        .extracting(c -> c.score().total().orElseThrow(), InstrumentFigures.Completion::visibility)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2.0, Visibility.SHARED),
            org.assertj.core.groups.Tuple.tuple(6.0, Visibility.PRIVATE),
            org.assertj.core.groups.Tuple.tuple(8.0, Visibility.SHARED));
    assertThat(mine.history().get(0).at()).isEqualTo(mine.baselineAt());
    assertThat(mine.history().get(2).at()).isEqualTo(mine.latestAt());
    assertThat(seenByAlex.history())
        .extracting(c -> c.score().total().orElseThrow())
        .as("the private completion is not Alex's to see")
        .containsExactly(2.0, 8.0);
  }
}
