package org.recovery.core.words;

import org.recovery.core.common.RejectionCode;
import org.recovery.core.instrument.Aggregation;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Polarity;
import org.recovery.core.instrument.Refusal;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.instrument.WordingLicence;
import org.recovery.core.progress.Audience;

/**
 * The words of the rules' own values: refusals, practices' audiences and questionnaires. A
 * refusal's sentence says more; these words name the rule (for a heading or a log a person reads).
 */
final class RuleWords {
  private RuleWords() {}

  static void into(Table t) {
    rejections(t);
    t.put(Audience.COUPLE, "both of you together")
        .put(Audience.EACH_PARTNER, "each of you on your own")
        .put(Audience.HURT_PARTNER, "the partner who was hurt")
        .put(Audience.INVOLVED_PARTNER, "the partner who was involved");
    t.put(Aggregation.SUM, "sum of the answers").put(Aggregation.MEAN, "average of the answers");
    t.put(Polarity.HIGHER_IS_BETTER, "higher is better")
        .put(Polarity.LOWER_IS_BETTER, "lower is better");
    t.put(WordingLicence.SHIPPED, "wording included")
        .put(WordingLicence.SCORING_ONLY, "scoring only; the wording comes from your own copy");
    t.put(CutOff.Side.BELOW, "below")
        .put(CutOff.Side.AT_OR_BELOW, "at or below")
        .put(CutOff.Side.AT_OR_ABOVE, "at or above")
        .put(CutOff.Side.ABOVE, "above");
    t.put(ReliableChange.Direction.IMPROVED, "improved")
        .put(ReliableChange.Direction.WORSENED, "worsened")
        .put(ReliableChange.Direction.UNCHANGED, "unchanged");
    t.put(ReliableChange.Verdict.RELIABLE, "a real change")
        .put(ReliableChange.Verdict.WITHIN_MEASUREMENT_ERROR, "within measurement error")
        .put(ReliableChange.Verdict.NO_PUBLISHED_INDEX, "not judged: no published measure");
    t.put(Refusal.Problem.MISSING_ANSWER, "an item has no answer")
        .put(Refusal.Problem.OUTSIDE_SCALE, "an answer is off the scale")
        .put(Refusal.Problem.UNKNOWN_ITEM, "an answer names no item of the questionnaire");
  }

  private static void rejections(Table t) {
    t.put(RejectionCode.JOURNEY_NOT_FOUND, "no such journey");
    t.put(RejectionCode.NOT_A_PARTNER, "not one of the two partners");
    t.put(RejectionCode.JOURNEY_ALREADY_STARTED, "journey already started");
    t.put(RejectionCode.JOURNEY_ENDED, "journey has ended");
    t.put(RejectionCode.JOURNEY_PAUSE_STATE, "journey already paused, or not paused");
    t.put(RejectionCode.DATE_OUT_OF_RANGE, "date out of range");
    t.put(RejectionCode.UNKNOWN_BETRAYAL, "no such betrayal");
    t.put(RejectionCode.NOT_THE_INVOLVED_PARTNER, "only the involved partner may");
    t.put(RejectionCode.NOT_THE_HURT_PARTNER, "only the hurt partner may");
    t.put(RejectionCode.ALREADY_RECORDED, "already recorded");
    t.put(RejectionCode.UNKNOWN_COMMITMENT, "no such commitment");
    t.put(RejectionCode.NEEDS_THE_OTHER_PARTNER, "the other partner's to do");
    t.put(RejectionCode.NOT_THE_OWNER, "only the commitment's owner may");
    t.put(RejectionCode.COMMITMENT_STATUS, "not possible for the commitment as it stands");
    t.put(RejectionCode.NOT_DUE, "not due that day");
    t.put(RejectionCode.OCCURRENCE_CLOSED, "that day is already settled");
    t.put(RejectionCode.REPORT_TOO_LATE, "too late to report that day");
    t.put(RejectionCode.NOTHING_TO_CONFIRM, "nothing to confirm");
    t.put(RejectionCode.NO_CHANGE, "nothing would change");
    t.put(RejectionCode.COOLING_OFF, "waiting for the cooling-off");
    t.put(RejectionCode.MONITORING_UNAVAILABLE, "monitoring not available now");
    t.put(RejectionCode.ALREADY_CHECKED_IN, "already checked in that day");
    t.put(RejectionCode.UNKNOWN_SETBACK, "no such setback");
    t.put(RejectionCode.SEVERITY_TOO_LOW, "this kind of setback is always severe");
    t.put(RejectionCode.UNKNOWN_BOUNDARY, "no such boundary");
    t.put(RejectionCode.BOUNDARY_PROPOSAL_STATE, "no change waiting, or one already waiting");
    t.put(RejectionCode.SAME_PARTNER, "the same person on both sides");
    t.put(RejectionCode.GATES_NOT_MET, "not everything is in place yet");
    t.put(RejectionCode.LAST_STAGE, "already in the last stage");
    t.put(RejectionCode.JOURNEY_HELD, "the journey is on hold");
    t.put(RejectionCode.MODEL_UNAVAILABLE, "that recovery model is not available here");
    t.put(RejectionCode.INVALID_ANSWERS, "answers that cannot be scored");
    t.put(RejectionCode.UNKNOWN_INSTRUMENT, "no such questionnaire");
  }
}
