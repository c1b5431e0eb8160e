package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.Instruments;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.Scoring;

/** One partner's figures on a questionnaire: the baseline and latest come from the history. */
class InstrumentFiguresTest {
  private static final Instant FIRST = Instant.parse("2026-03-02T07:00:00Z");
  private static final Instant LATER = FIRST.plus(Duration.ofDays(28));
  private static final PartnerId SAM = PartnerId.random();

  private static Score csi4(int each) {
    return (Score)
        Scoring.score(Instruments.csi4(), Map.of("1", each, "2", each, "3", each, "4", each));
  }

  private static List<InstrumentFigures.Completion> history() {
    return List.of(
        new InstrumentFigures.Completion(FIRST, csi4(2), Visibility.SHARED),
        new InstrumentFigures.Completion(LATER, csi4(4), Visibility.PRIVATE));
  }

  @Test
  void figuresWhoseBaselineAndLatestAreTheEndsOfTheHistoryAreAccepted() {
    InstrumentFigures f =
        new InstrumentFigures(
            "csi-4", 1, "CSI-4", SAM, history(), FIRST, csi4(2), LATER, csi4(4), Optional.empty());

    assertThat(f.completions()).isEqualTo(2);
  }

  @Test
  void aBaselineOrLatestThatIsNotAnEndOfTheHistoryIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new InstrumentFigures(
                    "csi-4",
                    1,
                    "CSI-4",
                    SAM,
                    history(),
                    FIRST,
                    csi4(3),
                    LATER,
                    csi4(4),
                    Optional.empty()))
        .withMessage(
            "the baseline must be the first completion of the history and the latest"
                + " its last");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new InstrumentFigures(
                    "csi-4",
                    1,
                    "CSI-4",
                    SAM,
                    history(),
                    FIRST,
                    csi4(2),
                    FIRST,
                    csi4(4),
                    Optional.empty()));
  }

  @Test
  void anEmptyHistoryIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new InstrumentFigures(
                    "csi-4",
                    1,
                    "CSI-4",
                    SAM,
                    List.of(),
                    FIRST,
                    csi4(2),
                    LATER,
                    csi4(4),
                    Optional.empty()))
        .withMessage("history must hold at least one completion");
  }
}
