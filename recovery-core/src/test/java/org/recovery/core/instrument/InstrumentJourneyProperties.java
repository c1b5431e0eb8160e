package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.testing.TestJourney;

class InstrumentJourneyProperties {

  @Provide
  Arbitrary<Instrument> shipped() {
    return Arbitraries.of(Instruments.all());
  }

  @Property(tries = 300)
  void anAnswerOffItsScaleIsRefusedAndRecordsNothing(
      @ForAll("shipped") Instrument instrument,
      @ForAll @IntRange(min = 0, max = 99) int index,
      @ForAll @IntRange(min = 1, max = 50) int distance,
      @ForAll boolean above,
      @ForAll Visibility visibility) {
    TestJourney journey = TestJourney.started();
    Item item = instrument.items().get(index % instrument.items().size());
    Map<String, Integer> answers = Answers.allMaximum(instrument);
    answers.put(item.id(), above ? item.scale().max() + distance : item.scale().min() - distance);

    // TestJourney.rejected checks that the state and the event list are unchanged
    var rejection =
        journey.rejected(
            journey.samId(), new CompleteInstrument(instrument.id(), answers, visibility));

    assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_ANSWERS);
    assertThat(rejection.reason()).startsWith("Item " + item.id() + " of " + instrument.name());
    assertThat(journey.reportOf(journey.samId()).instruments()).isEmpty();
  }
}
