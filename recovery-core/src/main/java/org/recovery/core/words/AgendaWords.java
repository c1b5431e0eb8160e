package org.recovery.core.words;

import org.recovery.core.progress.Agenda.ActionKind;
import org.recovery.core.progress.Agenda.DueKind;

/** The words of what a partner may do now and what is due for them. */
final class AgendaWords {
  private AgendaWords() {}

  static void into(Table t) {
    t.put(ActionKind.CHECK_IN, "check in")
        .put(ActionKind.FLAG_CRISIS, "say you are not safe")
        .put(ActionKind.ACCEPT_COMMITMENT, "accept a commitment")
        .put(ActionKind.DECLINE_COMMITMENT, "decline a commitment")
        .put(ActionKind.WITHDRAW_COMMITMENT_PROPOSAL, "withdraw your proposed commitment")
        .put(ActionKind.ACTIVATE_COMMITMENT, "start a commitment")
        .put(ActionKind.REPORT_KEPT, "report a day kept")
        .put(ActionKind.REPORT_MISSED, "report a day missed")
        .put(ActionKind.CONFIRM_REPORT, "confirm a report")
        .put(ActionKind.DISPUTE_REPORT, "dispute a report")
        .put(ActionKind.RETIRE_COMMITMENT, "end a commitment")
        .put(ActionKind.AGREE_TO_BOUNDARY, "agree to a boundary")
        .put(ActionKind.DECLINE_BOUNDARY, "decline a boundary")
        .put(ActionKind.WITHDRAW_BOUNDARY_PROPOSAL, "withdraw your proposed boundary change")
        .put(ActionKind.PROPOSE_ENDING_BOUNDARY, "propose ending a boundary")
        .put(ActionKind.TAKE_RESPONSIBILITY, "take responsibility")
        .put(ActionKind.SAY_HOW_HEARD, "say how heard you feel")
        .put(ActionKind.AGREE_TO_ADVANCE, "agree to move on to the next stage");
    t.put(DueKind.CHECK_IN, "today's check-in")
        .put(DueKind.REPORT, "a day of your commitment to report")
        .put(DueKind.CONFIRM, "your partner's report to confirm")
        .put(DueKind.COMMITMENT_ANSWER, "a proposed commitment to answer")
        .put(DueKind.BOUNDARY_ANSWER, "a proposed boundary to answer")
        .put(DueKind.QUESTIONNAIRE, "a questionnaire")
        .put(DueKind.HEARD, "saying how heard you feel");
  }
}
