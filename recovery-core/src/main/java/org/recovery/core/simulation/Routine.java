package org.recovery.core.simulation;

import java.util.ArrayList;
import java.util.List;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/**
 * What the couple does every day: reports and confirmations of their commitments, therapy on its
 * weekday, check-ins, a trigger now and then, and — when her report says she may — Maya's agreement
 * to move on.
 */
final class Routine {
  private final Couple c;
  private final PartnerId maya;
  private final PartnerId daniel;

  Routine(Couple couple) {
    this.c = couple;
    this.maya = couple.maya.id();
    this.daniel = couple.daniel.id();
  }

  /** The morning: reports forgotten last night are made, and confirmed. */
  void morning(int day) {
    List<Couple.Loose> late = new ArrayList<>(c.lateReports);
    c.lateReports.clear();
    for (Couple.Loose l : late) {
      report(l.commitment(), l.day());
    }
  }

  /** The evening: reports, confirmations, therapy, check-ins, triggers, and moving on. */
  void evening(int day) {
    List<Couple.Loose> disputed = new ArrayList<>(c.disputed);
    c.disputed.clear();
    for (Couple.Loose l : disputed) {
      c.driver.act(
          c.other(l.commitment().owner()),
          new ConfirmOccurrence(l.commitment().id(), c.date(l.day())));
    }
    for (Tracked t : c.commitments) {
      if (t.isReportedOn(day, c.date(day))) {
        if (c.random.nextDouble() < 0.04) {
          c.lateReports.add(new Couple.Loose(t, day));
        } else {
          report(t, day);
        }
      }
    }
    c.mayaMood.nextDay();
    c.danielMood.nextDay();
    boolean mayaTriggered = checkIn(maya, day, 0.9);
    checkIn(daniel, day, 0.87);
    if (mayaTriggered && c.random.nextDouble() < 0.15) {
      trigger(day);
    }
    if (c.random.nextDouble() < 0.03) {
      c.driver.act(maya, new WriteJournalEntry(c.date(day), Notes.journal(c.random)));
    }
    if (c.driver.hasDwelt()
        && c.driver.report(maya).stage().viewerMayAgree()
        && c.random.nextDouble() < 0.8) {
      c.driver.act(maya, new AgreeToAdvance());
    }
  }

  private void report(Tracked t, int day) {
    double chance =
        switch (t.kind()) {
          case THERAPY -> 0.96;
          case APPRECIATION -> 0.88 + 0.08 * Math.min(1.0, day / 365.0);
          case DATE_NIGHT -> 0.9;
          default -> c.keepChance(day);
        };
    boolean kept = c.random.nextDouble() < chance;
    c.driver.act(
        t.owner(),
        new ReportOccurrence(t.id(), c.date(day), kept ? ReportKind.KEPT : ReportKind.MISSED));
    if (t.kind() == Tracked.Kind.THERAPY && kept) {
      c.driver.act(
          maya, new RecordTherapySession(TherapyKind.COUPLES, c.date(day), Visibility.SHARED));
    }
    if (kept && t.isPartnerConfirmed()) {
      PartnerId other = c.other(t.owner());
      if (c.random.nextDouble() < 0.025) {
        c.driver.act(other, new DisputeOccurrence(t.id(), c.date(day)));
        c.disputed.add(new Couple.Loose(t, day));
      } else {
        c.driver.act(other, new ConfirmOccurrence(t.id(), c.date(day)));
      }
    }
  }

  /** A partner's check-in (most days); returns whether they were triggered. */
  private boolean checkIn(PartnerId partner, int day, double chance) {
    Mood mood = c.mood(partner);
    if (c.random.nextDouble() >= chance) {
      return false;
    }
    Ratings ratings = mood.ratings(day);
    boolean vulnerable = mood.sharesSomethingVulnerable(day);
    boolean triggered = mood.isTriggered(day);
    int outbursts = mood.outbursts(day);
    double note = c.random.nextDouble();
    boolean hurt = partner.equals(maya);
    String text =
        note < 0.08
            ? Notes.shared(c.random, hurt, ratings.emotionalSafety() >= 6)
            : note < 0.13 ? Notes.personal(c.random, hurt) : "";
    Visibility noteVisibility = note < 0.08 ? Visibility.SHARED : Visibility.PRIVATE;
    Visibility visibility = c.random.nextDouble() < 0.03 ? Visibility.PRIVATE : Visibility.SHARED;
    c.driver.act(
        partner,
        new RecordCheckIn(
            c.ids.checkIn(),
            c.date(day),
            ratings,
            vulnerable,
            triggered,
            outbursts,
            text,
            text.isEmpty() ? Visibility.SHARED : noteVisibility,
            visibility,
            false));
    return triggered;
  }

  private void trigger(int day) {
    SetbackId id = c.ids.setback();
    c.driver.act(
        maya,
        new RecordSetback(
            id, SetbackKind.TRIGGER, Severity.MINOR, c.date(day), Notes.trigger(c.random)));
    if (c.random.nextDouble() < 0.8) {
      c.driver.act(daniel, new RecordRepair(id, RepairStep.ACKNOWLEDGED));
    }
  }
}
