package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every shipped instrument, and the practice's own, with any response set. */
class ScoringProperties {
  private static final List<Instrument> INSTRUMENTS =
      List.of(Instruments.csi4(), Instruments.trim18(), Instruments.rdas(), ScoringTest.PRACTICE);

  /** An instrument and a valid response set for it. */
  record Answered(Instrument instrument, Map<String, Integer> answers) {}

  @Provide
  Arbitrary<Answered> validResponseSets() {
    return Arbitraries.of(INSTRUMENTS)
        .flatMap(
            instrument -> {
              List<Arbitrary<Integer>> perItem =
                  instrument.items().stream()
                      .<Arbitrary<Integer>>map(
                          i -> Arbitraries.integers().between(i.scale().min(), i.scale().max()))
                      .toList();
              return Combinators.combine(perItem)
                  .as(
                      values -> {
                        Map<String, Integer> answers = new LinkedHashMap<>();
                        for (int n = 0; n < values.size(); n++) {
                          answers.put(instrument.items().get(n).id(), values.get(n));
                        }
                        return new Answered(instrument, answers);
                      });
            });
  }

  @Property
  void anyValidResponseSetScoresWithinThePublishedRanges(
      @ForAll("validResponseSets") Answered answered) {
    Instrument instrument = answered.instrument();
    Score score = Answers.scored(instrument, answered.answers());

    instrument
        .total()
        .ifPresent(t -> assertThat(score.total().getAsDouble()).isBetween(t.min(), t.max()));
    for (Subscale s : instrument.subscales()) {
      ScoreRange range = instrument.rangeOf(s);
      assertThat(score.subscale(s.id()).getAsDouble()).isBetween(range.min(), range.max());
    }
    assertThat(score.classification())
        .allSatisfy(c -> assertThat(c.flags(score.total().getAsDouble())).isTrue());
  }

  @Property
  void anAnswerOffItsScaleIsRefusedNamingThatItem(
      @ForAll("validResponseSets") Answered answered,
      @ForAll("offsets") int offset,
      @ForAll("indexes") int index) {
    Instrument instrument = answered.instrument();
    Item item = instrument.items().get(index % instrument.items().size());
    int answer = offset > 0 ? item.scale().max() + offset : item.scale().min() + offset;
    Map<String, Integer> given = new LinkedHashMap<>(answered.answers());
    given.put(item.id(), answer);

    Refusal refusal = Answers.refused(instrument, given);

    assertThat(refusal.problem()).isEqualTo(Refusal.Problem.OUTSIDE_SCALE);
    assertThat(refusal.item()).isEqualTo(item.id());
    assertThat(refusal.message()).contains("Item " + item.id() + " ");
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 1000), Arbitraries.integers().between(-1000, -1));
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 100);
  }
}
