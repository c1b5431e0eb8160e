package org.recovery.core.simulation;

import static org.recovery.core.simulation.Tracked.Kind.APPRECIATION;
import static org.recovery.core.simulation.Tracked.Kind.CALENDAR;
import static org.recovery.core.simulation.Tracked.Kind.DATE_NIGHT;
import static org.recovery.core.simulation.Tracked.Kind.EVENING_CHECK_IN;
import static org.recovery.core.simulation.Tracked.Kind.NO_CONTACT;
import static org.recovery.core.simulation.Tracked.Kind.THERAPY;

import java.time.DayOfWeek;
import java.util.Locale;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/** The couple's one-off steps, each on its day of the {@link Plan}. */
final class Script {
  private static final ForgivenessStep[] FORGIVENESS = {
    ForgivenessStep.OPEN_TO_IT,
    ForgivenessStep.WORKING_THROUGH_IT,
    ForgivenessStep.LETTING_RESENTMENT_GO
  };

  private final Couple c;
  private final PartnerId maya;
  private final PartnerId daniel;
  private final Plan plan;
  private BoundaryId socialBoundary;
  private BoundaryId moneyBoundary;

  Script(Couple couple) {
    this.c = couple;
    this.maya = couple.maya.id();
    this.daniel = couple.daniel.id();
    this.plan = couple.plan;
  }

  /** Runs whatever the plan holds for {@code day}. */
  void on(int day) {
    firstDays(day);
    commitments(day);
    heard(day);
    boundaries(day);
    conflict(day);
    deception(day);
    for (Plan.Step s : plan.consent()) {
      if (s.day() == day) {
        c.driver.act(s.maya() ? maya : daniel, new DeclareConsent(s.level()));
      }
    }
    for (int i = 0; i < plan.forgiveness().size(); i++) {
      if (plan.forgiveness().get(i) == day) {
        c.driver.act(
            maya,
            new RecordForgiveness(
                FORGIVENESS[i],
                i == FORGIVENESS.length - 1 ? Visibility.SHARED : Visibility.PRIVATE));
      }
    }
    if (day >= 6 && day <= 200 && day % 14 == 6) {
      c.driver.act(
          maya, new RecordTherapySession(TherapyKind.INDIVIDUAL, c.date(day), Visibility.PRIVATE));
    }
  }

  private void firstDays(int day) {
    if (day == 0) {
      c.driver.act(
          maya,
          new RecordBetrayal(
              c.affair,
              BetrayalKind.SEXUAL_AFFAIR,
              maya,
              daniel,
              Discovery.DISCOVERED,
              c.date(-1)));
      c.driver.act(
          maya,
          new WriteJournalEntry(
              c.date(0),
              "I found the messages last night." + " Eight months. I can't stop shaking."));
    }
    if (day == 1) {
      c.driver.act(maya, new CompleteSafetyScreening(ScreeningAnswers.allNo()));
      c.driver.act(daniel, new DecideToTry());
    }
    if (day == plan.danielScreens()) {
      c.driver.act(daniel, new CompleteSafetyScreening(ScreeningAnswers.allNo()));
    }
    if (day == 2) {
      c.driver.act(
          daniel,
          new TakeResponsibility(
              c.affair,
              "I had an affair with a colleague for"
                  + " eight months and lied to you about it. That was my choice; you did nothing to"
                  + " cause it."));
    }
    if (day == plan.mayaDecides()) {
      c.driver.act(maya, new DecideToTry());
    }
    if (day == plan.dayCounters()) {
      c.driver.act(daniel, new ChooseDayCounters(true));
    }
  }

  private void commitments(int day) {
    if (day == 2) {
      c.propose(
          EVENING_CHECK_IN,
          maya,
          daniel,
          "15-minute check-in every evening",
          CommitmentCategory.COMMUNICATION,
          Cost.LOW,
          Cadence.daily(),
          Verification.PARTNER_CONFIRMED);
      c.propose(
          NO_CONTACT,
          maya,
          daniel,
          "No contact with the affair partner",
          CommitmentCategory.NO_CONTACT,
          Cost.HIGH,
          Cadence.continuous(),
          Verification.SELF_REPORTED);
      c.propose(
          CALENDAR,
          maya,
          daniel,
          "Share the day's calendar each morning",
          CommitmentCategory.TRANSPARENCY,
          Cost.LOW,
          Cadence.daily(),
          Verification.SELF_REPORTED);
    }
    if (day == 3) {
      for (Tracked.Kind k : new Tracked.Kind[] {EVENING_CHECK_IN, NO_CONTACT, CALENDAR}) {
        c.acceptAndStart(k, daniel, day);
      }
    }
    if (day == plan.therapyProposed()) {
      c.propose(
          THERAPY,
          maya,
          daniel,
          "Couples therapy every " + words(plan.therapyDay()),
          CommitmentCategory.THERAPY,
          Cost.HIGH,
          Cadence.onWeekdays(plan.therapyDay()),
          Verification.SELF_REPORTED);
    }
    if (day == plan.therapyProposed() + 1) {
      c.acceptAndStart(THERAPY, daniel, day);
    }
    if (day == plan.appreciation()) {
      c.propose(
          APPRECIATION,
          maya,
          maya,
          "Tell " + c.daniel.name() + " one thing I appreciated today",
          CommitmentCategory.CONNECTION,
          Cost.LOW,
          Cadence.daily(),
          Verification.SELF_REPORTED);
    }
    if (day == plan.appreciation() + 1) {
      c.acceptAndStart(APPRECIATION, daniel, day);
    }
    if (day == plan.dateNight()) {
      c.propose(
          DATE_NIGHT,
          maya,
          daniel,
          "Date night every " + words(plan.dateNightDay()) + ", phones away",
          CommitmentCategory.CONNECTION,
          Cost.LOW,
          Cadence.onWeekdays(plan.dateNightDay()),
          Verification.SELF_REPORTED);
    }
    if (day == plan.dateNight() + 1) {
      c.acceptAndStart(DATE_NIGHT, daniel, day);
    }
    if (day == plan.calendarEased() && !plan.deceptionWithin(day, 120)) {
      Cadence fewer = Cadence.onWeekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
      c.commitment(CALENDAR)
          .ifPresent(
              t -> {
                if (c.driver.act(
                    maya, new ReviseCommitment(t.id(), fewer, Verification.SELF_REPORTED))) {
                  t.activeFrom(day, fewer);
                }
              });
    }
  }

  private void heard(int day) {
    boolean before = plan.deception().isEmpty() || day < plan.deception().getAsInt();
    if (day == 2 && before) {
      c.driver.act(maya, new RecordFeelingHeard(c.affair, HeardLevel.NOT_YET));
    }
    if (day == plan.heardPartly() && before) {
      c.driver.act(maya, new RecordFeelingHeard(c.affair, HeardLevel.PARTLY));
    }
    if (day == plan.heardFully() && before) {
      c.driver.act(maya, new RecordFeelingHeard(c.affair, HeardLevel.HEARD));
    }
    if (plan.deception().isPresent()) {
      int since = day - plan.deception().getAsInt();
      HeardLevel again =
          since == 1
              ? HeardLevel.NOT_YET
              : since == plan.heardAgainPartly()
                  ? HeardLevel.PARTLY
                  : since == plan.heardAgainFully() ? HeardLevel.HEARD : null;
      if (again != null) {
        c.driver.act(maya, new RecordFeelingHeard(c.affair, again));
      }
    }
  }

  private void boundaries(int day) {
    if (day == plan.firstBoundary()) {
      socialBoundary = c.ids.boundary();
      c.driver.act(
          maya,
          new ProposeBoundary(
              socialBoundary,
              BoundaryArea.SOCIAL_CONTACT,
              "No one-to-one drinks or meals with colleagues; we tell each other about work events"
                  + " beforehand."));
    }
    if (day == plan.firstBoundary() + 1) {
      c.driver.act(daniel, new AgreeToBoundaryChange(socialBoundary));
    }
    if (day == plan.moneyBoundary()) {
      moneyBoundary = c.ids.boundary();
      c.driver.act(
          daniel,
          new ProposeBoundary(
              moneyBoundary,
              BoundaryArea.MONEY,
              "Both of us can see every account, and we talk before spending more than 200."));
    }
    if (day == plan.moneyBoundary() + 2) {
      c.driver.act(maya, new AgreeToBoundaryChange(moneyBoundary));
    }
  }

  private void conflict(int day) {
    PartnerId raiser = plan.conflictRaisedByMaya() ? maya : daniel;
    if (day == plan.conflict()) {
      c.conflict = c.ids.setback();
      c.driver.act(
          raiser,
          new RecordSetback(
              c.conflict,
              SetbackKind.CONFLICT,
              Severity.MODERATE,
              c.date(day),
              "A row about coming home late from work; both of us said things we" + " regret."));
      c.driver.act(c.other(raiser), new RecordRepair(c.conflict, RepairStep.ACKNOWLEDGED));
      c.mayaMood.dip(day, 1.5, 5);
      c.danielMood.dip(day, 1.0, 5);
    }
    if (day == plan.conflict() + 2) {
      c.driver.act(raiser, new RecordRepair(c.conflict, RepairStep.TALKED_THROUGH));
    }
  }

  private void deception(int day) {
    if (plan.deception().isEmpty()) {
      return;
    }
    int since = day - plan.deception().getAsInt();
    if (since == 0) {
      c.deception = c.ids.setback();
      c.driver.act(
          maya,
          new RecordSetback(
              c.deception,
              SetbackKind.NEW_DECEPTION,
              Severity.SEVERE,
              c.date(day),
              "A credit card came to light that had been kept"
                  + " hidden; it paid for the hotels."));
      c.driver.act(daniel, new RecordRepair(c.deception, RepairStep.ACKNOWLEDGED));
      c.mayaMood.dip(day, 3.5, 21);
      c.danielMood.dip(day, 1.5, 14);
    }
    if (since == 3) {
      c.driver.act(daniel, new RecordRepair(c.deception, RepairStep.TALKED_THROUGH));
    }
  }

  private static String words(DayOfWeek day) {
    String name = day.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
