package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.recovery.core.instrument.Answers.answers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.testing.TestJourney;

/** Questionnaires as journey events: completed, refused, and read back in the report. */
class InstrumentJourneyTest {
  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private static CompleteInstrument csi4(Visibility visibility, int... a) {
    return new CompleteInstrument(
        "csi-4", answers("1", a[0], "2", a[1], "3", a[2], "4", a[3]), visibility);
  }

  @Test
  void aCompletionRecordsTheRawAnswersAndTheDefinitionVersion() {
    assertThat(journey.accepted(sam, csi4(Visibility.SHARED, 3, 2, 2, 3)))
        .containsExactly(
            new InstrumentCompleted(
                "csi-4",
                1,
                Map.of("1", 3, "2", 2, "3", 2, "4", 3),
                Visibility.SHARED,
                sam,
                TestJourney.START));

    assertThat(Journey.replay(journey.events())).isEqualTo(journey.state());
  }

  @Test
  void anUnknownInstrumentIsRefusedAndChangesNothing() {
    var rejection =
        journey.rejected(sam, new CompleteInstrument("das-32", Map.of("1", 3), Visibility.SHARED));

    assertThat(rejection.code()).isEqualTo(RejectionCode.UNKNOWN_INSTRUMENT);
    assertThat(rejection.reason())
        .isEqualTo("There is no questionnaire \"das-32\"; known are csi-4, rdas, trim-18.");
  }

  @Test
  void invalidAnswersAreRefusedNamingTheItemAndChangeNothing() {
    var offScale = journey.rejected(alex, csi4(Visibility.PRIVATE, 3, 6, 2, 3));
    var missing =
        journey.rejected(
            alex,
            new CompleteInstrument("csi-4", answers("1", 3, "2", 2, "4", 1), Visibility.PRIVATE));

    assertThat(offScale.code()).isEqualTo(RejectionCode.INVALID_ANSWERS);
    assertThat(offScale.reason())
        .isEqualTo(
            "Item 2 of Couples Satisfaction Index (CSI-4) takes"
                + " an answer from 0 to 5; 6 is outside the scale.");
    assertThat(missing.reason())
        .isEqualTo(
            "Item 3 of Couples Satisfaction Index (CSI-4) has no answer; every item needs one.");
  }

  @Test
  void aCommandWithANullAnswerOrTooManyAnswersIsMalformed() {
    Map<String, Integer> withNull = new HashMap<>(answers("1", 3));
    withNull.put("2", null);
    Map<String, Integer> tooMany = new HashMap<>();
    for (int n = 0; n <= CompleteInstrument.MAX_ANSWERS; n++) {
      tooMany.put("i" + n, 1);
    }

    assertThatNullPointerException()
        .isThrownBy(() -> new CompleteInstrument("csi-4", withNull, Visibility.SHARED))
        .withMessage("the answer to item 2 must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CompleteInstrument("csi-4", tooMany, Visibility.SHARED))
        .withMessage("answers must be at most 500, were 501");
  }

  @Test
  void completingTheCsi4TwiceGivesBaselineLatestAndChangeInTheReport() {
    journey.accepted(sam, csi4(Visibility.SHARED, 2, 2, 2, 2));
    journey.days(30);
    journey.accepted(sam, csi4(Visibility.SHARED, 4, 4, 3, 3));
    journey.advance(Duration.ofHours(1));

    for (PartnerId viewer : new PartnerId[] {sam, alex}) {
      assertThat(journey.reportOf(viewer).instruments())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.instrument()).isEqualTo("csi-4");
                assertThat(f.partner()).isEqualTo(sam);
                assertThat(f.completions()).isEqualTo(2);
                assertThat(f.baselineAt()).isEqualTo(TestJourney.START);
                assertThat(f.baseline().total()).hasValue(8);
                assertThat(f.baseline().flaggedBy("dissatisfied")).isTrue();
                assertThat(f.latest().total()).hasValue(14);
                assertThat(f.latest().classification()).isEmpty();
                assertThat(f.change())
                    .hasValueSatisfying(
                        c -> {
                          assertThat(c.change()).isEqualTo(6);
                          assertThat(c.direction()).isEqualTo(ReliableChange.Direction.IMPROVED);
                          assertThat(c.verdict())
                              .isEqualTo(ReliableChange.Verdict.NO_PUBLISHED_INDEX);
                        });
              });
    }
  }

  @Test
  void aPrivateCompletionIsAbsentFromTheOtherPartnersReport() {
    journey.accepted(alex, csi4(Visibility.PRIVATE, 1, 1, 1, 1));
    journey.accepted(sam, csi4(Visibility.SHARED, 5, 5, 5, 5));

    assertThat(journey.reportOf(sam).instruments())
        .extracting(InstrumentFigures::partner)
        .containsExactly(sam);
    assertThat(journey.reportOf(alex).instruments())
        .extracting(InstrumentFigures::partner)
        .containsExactly(alex, sam);
  }

  @Test
  void aReliableRiseAcrossTheRdasCutOffIsClinicallySignificantInTheReport() {
    Map<String, Integer> before = new HashMap<>();
    Map<String, Integer> after = new HashMap<>();
    for (int n = 1; n <= 14; n++) {
      before.put(Integer.toString(n), 3); // 14 x 3 = 42: distressed
      after.put(Integer.toString(n), n <= 13 ? 4 : 3); // 13 x 4 + 3 = 55
    }
    journey.accepted(alex, new CompleteInstrument("rdas", before, Visibility.SHARED));
    journey.days(60);
    journey.accepted(alex, new CompleteInstrument("rdas", after, Visibility.SHARED));

    InstrumentFigures rdas = journey.reportOf(sam).instruments().get(0);

    assertThat(rdas.baseline().total()).hasValue(42);
    assertThat(rdas.latest().total()).hasValue(55);
    assertThat(rdas.latest().subscale("consensus")).hasValue(24);
    assertThat(rdas.change())
        .hasValueSatisfying(
            c -> {
              assertThat(c.reliable()).isTrue();
              assertThat(c.clinicallySignificant()).isTrue();
            });
  }

  @Test
  void aQuestionnaireWithoutATotalReportsItsSubscalesAndNoChange() {
    Map<String, Integer> given = Answers.allMinimum(Instruments.trim18());
    journey.accepted(sam, new CompleteInstrument("trim-18", given, Visibility.PRIVATE));

    assertThat(journey.reportOf(sam).instruments())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.change()).isEmpty();
              assertThat(f.latest().subscale("avoidance")).hasValue(7);
              assertThat(f.latestAt()).isEqualTo(f.baselineAt());
            });
    assertThat(journey.reportOf(alex).instruments()).isEmpty();
  }
}
