package org.recovery.core.words;

import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/** The words of what partners record: betrayals, commitments, check-ins, setbacks, boundaries. */
final class EntryWords {
  private EntryWords() {}

  static void into(Table t) {
    t.put(BetrayalKind.SEXUAL_AFFAIR, "sexual affair")
        .put(BetrayalKind.EMOTIONAL_AFFAIR, "emotional affair")
        .put(BetrayalKind.COMPULSIVE_SEXUAL_BEHAVIOUR, "hidden pornography use or sexual behaviour")
        .put(BetrayalKind.FINANCIAL_DECEPTION, "financial deception")
        .put(BetrayalKind.BROKEN_PROMISE, "broken promise")
        .put(BetrayalKind.OTHER_DECEPTION, "other deception");
    t.put(Discovery.DISCOVERED, "found out by the hurt partner")
        .put(Discovery.DISCLOSED, "told by the involved partner");
    t.put(HeardLevel.NOT_YET, "not heard yet")
        .put(HeardLevel.PARTLY, "partly heard")
        .put(HeardLevel.HEARD, "heard");
    t.put(ForgivenessStep.NOT_NOW, "not something to think about now")
        .put(ForgivenessStep.OPEN_TO_IT, "open to it, some day")
        .put(ForgivenessStep.WORKING_THROUGH_IT, "working through the hurt and anger")
        .put(ForgivenessStep.LETTING_RESENTMENT_GO, "letting resentment go, bit by bit")
        .put(ForgivenessStep.CHOOSING_TO_FORGIVE, "choosing to forgive");
    t.put(TherapyKind.COUPLES, "couples therapy").put(TherapyKind.INDIVIDUAL, "individual therapy");
    t.put(JourneyOutcome.RECONCILED, "reconciled")
        .put(JourneyOutcome.SEPARATED, "separated")
        .put(JourneyOutcome.STOPPED, "stopped for another reason");
    t.put(MoveBackCause.SEVERE_SETBACK, "a severe setback")
        .put(MoveBackCause.CONSENT_BELOW_STAGE, "a lower consent level (earlier versions only)");
    t.put(Visibility.SHARED, "both of you").put(Visibility.PRIVATE, "only you");
    t.put(PrivacyDefault.CHECK_IN, "check-in")
        .put(PrivacyDefault.CHECK_IN_NOTE, "check-in note")
        .put(PrivacyDefault.COUPLES_THERAPY, "couples therapy session")
        .put(PrivacyDefault.INDIVIDUAL_THERAPY, "individual therapy session")
        .put(PrivacyDefault.QUESTIONNAIRE, "questionnaire answers")
        .put(PrivacyDefault.FORGIVENESS, "step in forgiving")
        .put(PrivacyDefault.JOURNAL, "journal entry")
        .put(PrivacyDefault.CONSENT, "consent level")
        .put(PrivacyDefault.SAFETY_SCREENING, "safety screening")
        .put(PrivacyDefault.CRISIS, "saying you are not safe");
    commitments(t);
    t.put(RatingKind.EMOTIONAL_SAFETY, "emotional safety")
        .put(RatingKind.TRUST, "trust")
        .put(RatingKind.CLOSENESS, "closeness")
        .put(RatingKind.HOPE, "hope");
    t.put(SetbackKind.TRIGGER, "trigger or flashback")
        .put(SetbackKind.CONFLICT, "conflict")
        .put(SetbackKind.COMMITMENT_LAPSE, "lapse in a commitment")
        .put(SetbackKind.NEW_DECEPTION, "new deception")
        .put(SetbackKind.RENEWED_CONTACT, "renewed contact");
    t.put(Severity.MINOR, "minor")
        .put(Severity.MODERATE, "moderate")
        .put(Severity.SEVERE, "severe");
    t.put(RepairStep.ACKNOWLEDGED, "acknowledged").put(RepairStep.TALKED_THROUGH, "talked through");
    t.put(BoundaryArea.PRIVACY_AND_DEVICES, "privacy and devices")
        .put(BoundaryArea.COMMUNICATION, "communication")
        .put(BoundaryArea.SOCIAL_CONTACT, "social contact")
        .put(BoundaryArea.PERSONAL_SPACE, "personal space")
        .put(BoundaryArea.MONEY, "money")
        .put(BoundaryArea.OTHER, "something else");
    t.put(BoundaryChange.Kind.INTRODUCE, "a new boundary")
        .put(BoundaryChange.Kind.REVISE, "new wording")
        .put(BoundaryChange.Kind.WITHDRAW, "ending the boundary");
    t.put(ConsentLevel.NONE, "not ready for intimacy yet")
        .put(ConsentLevel.NON_PHYSICAL_CONNECTION, "closeness without touch")
        .put(ConsentLevel.AFFECTIONATE_GESTURES, "affectionate gestures")
        .put(ConsentLevel.PHYSICAL_INTIMACY, "physical intimacy");
  }

  private static void commitments(Table t) {
    t.put(CommitmentCategory.TRANSPARENCY, "transparency")
        .put(CommitmentCategory.NO_CONTACT, "no contact")
        .put(CommitmentCategory.COMMUNICATION, "communication")
        .put(CommitmentCategory.CONNECTION, "connection")
        .put(CommitmentCategory.THERAPY, "therapy")
        .put(CommitmentCategory.SELF_CARE, "self-care")
        .put(CommitmentCategory.MONITORING, "monitoring")
        .put(CommitmentCategory.OTHER, "something else");
    t.put(Cost.LOW, "low cost").put(Cost.HIGH, "high cost");
    t.put(CommitmentStatus.PROPOSED, "proposed")
        .put(CommitmentStatus.DECLINED, "declined")
        .put(CommitmentStatus.ACCEPTED, "accepted, not started yet")
        .put(CommitmentStatus.ACTIVE, "active")
        .put(CommitmentStatus.PAUSED, "paused")
        .put(CommitmentStatus.RETIRED, "retired");
    t.put(Verification.SELF_REPORTED, "self-reported")
        .put(Verification.PARTNER_CONFIRMED, "confirmed by the partner");
    t.put(OccurrenceOutcome.KEPT, "kept")
        .put(OccurrenceOutcome.MISSED, "missed")
        .put(OccurrenceOutcome.EXCUSED, "excused")
        .put(OccurrenceOutcome.UNREPORTED, "not reported")
        .put(OccurrenceOutcome.DISPUTED, "disputed")
        .put(OccurrenceOutcome.AWAITING_CONFIRMATION, "waiting for confirmation")
        .put(OccurrenceOutcome.OPEN, "still open");
    t.put(ReportKind.KEPT, "kept").put(ReportKind.MISSED, "missed");
    t.put(Report.Answer.NONE, "not answered yet")
        .put(Report.Answer.CONFIRMED, "confirmed")
        .put(Report.Answer.DISPUTED, "disputed");
  }
}
