package org.recovery.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped safety screens, and answers checked against them. */
class SafetyScreensTest {

  @Test
  void theDefaultScreenIsHarkWithItsFourPublishedQuestionsAndItsSource() {
    SafetyScreen hark = SafetyScreens.standard();

    assertThat(hark.key()).isEqualTo("hark@1");
    assertThat(hark.questionIds()).containsExactly("humiliated", "afraid", "forced", "hurt");
    assertThat(hark.questions())
        .allSatisfy(
            q ->
                assertThat(q.text())
                    .startsWith("Within the last year, have you been")
                    .endsWith("?"));
    assertThat(hark.source())
        .contains("Sohal", "2007", "10.1186/1471-2296-8-49", "one yes or more");
    assertThat(hark.terms()).contains("Creative Commons Attribution");
  }

  @ParameterizedTest(name = "yes to question {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void oneYesToHarkIsAPositiveScreenAsPublished(int question) {
    ScreeningAnswers answers =
        ScreeningAnswers.hark(question == 0, question == 1, question == 2, question == 3);

    assertThat(answers.flags()).isTrue();
    assertThat(ScreeningAnswers.allNo().flags()).isFalse();
  }

  @Test
  void answersComeInTheScreensOrderWhateverOrderTheyWereGivenIn() {
    ScreeningAnswers answers =
        new ScreeningAnswers(
            "hark@1", Map.of("hurt", false, "forced", false, "afraid", true, "humiliated", false));

    assertThat(answers.answers().keySet())
        .containsExactly("humiliated", "afraid", "forced", "hurt");
  }

  @Test
  void everyQuestionNeedsAnAnswerAndNoOtherIsTaken() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ScreeningAnswers(
                    "hark@1", Map.of("humiliated", false, "afraid", false, "forced", false)))
        .withMessage("question hurt of HARK needs a yes or a no");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ScreeningAnswers(
                    "hark@1",
                    Map.of(
                        "humiliated",
                        false,
                        "afraid",
                        false,
                        "forced",
                        false,
                        "hurt",
                        false,
                        "kicked",
                        true)))
        .withMessage("HARK has no question kicked");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ScreeningAnswers("wast@1", Map.of()))
        .withMessageStartingWith("there is no safety screen wast@1");
  }

  @Test
  void theFiveQuestionsOfEarlierReleasesStillReadAndFlagOnAnyYes() {
    assertThat(ScreeningAnswers.recoveryFive(false, false, false, false, true).flags()).isTrue();
    assertThat(ScreeningAnswers.recoveryFive(false, false, false, false, false).flags()).isFalse();
    assertThat(SafetyScreens.find("recovery-five@1")).contains(SafetyScreens.RECOVERY_FIVE);
  }
}
