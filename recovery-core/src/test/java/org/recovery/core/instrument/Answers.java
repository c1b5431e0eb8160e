package org.recovery.core.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds response sets for tests: {@code answers("1", 3, "2", 4)}. */
final class Answers {
  private Answers() {}

  static Map<String, Integer> answers(Object... idsAndAnswers) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < idsAndAnswers.length; i += 2) {
      out.put((String) idsAndAnswers[i], (Integer) idsAndAnswers[i + 1]);
    }
    return out;
  }

  /** Every item of {@code instrument} answered with its scale's minimum. */
  static Map<String, Integer> allMinimum(Instrument instrument) {
    Map<String, Integer> out = new LinkedHashMap<>();
    instrument.items().forEach(i -> out.put(i.id(), i.scale().min()));
    return out;
  }

  /** Every item of {@code instrument} answered with its scale's maximum. */
  static Map<String, Integer> allMaximum(Instrument instrument) {
    Map<String, Integer> out = new LinkedHashMap<>();
    instrument.items().forEach(i -> out.put(i.id(), i.scale().max()));
    return out;
  }

  /** The score, failing the test if the answers were refused. */
  static Score scored(Instrument instrument, Map<String, Integer> answers) {
    ScoringResult result = Scoring.score(instrument, answers);
    if (result instanceof Score score) {
      return score;
    }
    throw new AssertionError("expected a score, was " + result);
  }

  /** The refusal, failing the test if the answers were scored. */
  static Refusal refused(Instrument instrument, Map<String, Integer> answers) {
    ScoringResult result = Scoring.score(instrument, answers);
    if (result instanceof Refusal refusal) {
      return refusal;
    }
    throw new AssertionError("expected a refusal, was " + result);
  }
}
