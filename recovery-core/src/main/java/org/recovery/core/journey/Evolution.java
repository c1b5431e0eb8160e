package org.recovery.core.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.commitment.Pause;
import org.recovery.core.commitment.Report;
import org.recovery.core.commitment.Terms;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.BetrayalEvent.BetrayalRecorded;
import org.recovery.core.journey.BetrayalEvent.FeelingHeardRecorded;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeDeclined;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryRevisionProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryWithdrawalProposed;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.CommitmentEvent.CommitmentAccepted;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentDeclined;
import org.recovery.core.journey.CommitmentEvent.CommitmentPaused;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.CommitmentEvent.CommitmentRetired;
import org.recovery.core.journey.CommitmentEvent.CommitmentRevised;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyEnded;
import org.recovery.core.journey.LifecycleEvent.JourneyPaused;
import org.recovery.core.journey.LifecycleEvent.JourneyResumed;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.DayCountersChosen;
import org.recovery.core.journey.PersonalEvent.ForgivenessRecorded;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRepaired;
import org.recovery.core.setback.Setback;

/**
 * Folds one event into a state. Events are facts: applying never refuses, and an event that does
 * not fit the state (for example one about an unknown commitment) is a corrupt history, reported as
 * {@link IllegalStateException}.
 */
final class Evolution {
  private Evolution() {}

  static JourneyState apply(JourneyState state, JourneyEvent event) {
    Draft d = state.draft();
    applyTo(d, event);
    return d.freeze();
  }

  /**
   * Folds {@code events} into {@code state} one after another, with one working copy for them all:
   * the same state as applying them one by one, without copying the state for each event.
   */
  static JourneyState replay(JourneyState state, List<? extends JourneyEvent> events) {
    Draft d = Draft.forReplay(state);
    for (JourneyEvent event : events) {
      applyTo(d, event);
    }
    return d.freeze();
  }

  /**
   * Folds {@code events} from {@code state} into three states in one pass: every event, the events
   * {@code viewer} may see, and the shared events.
   */
  static JourneyState[] replayThree(
      JourneyState state, List<? extends JourneyEvent> events, PartnerId viewer) {
    return replayThree(state, state, state, events, viewer);
  }

  /**
   * Folds {@code events} onto three states in one pass: every event onto {@code all}, the events
   * {@code viewer} may see onto {@code seen}, and the shared events onto {@code sharedOnly}.
   */
  static JourneyState[] replayThree(
      JourneyState all,
      JourneyState seen,
      JourneyState sharedOnly,
      List<? extends JourneyEvent> events,
      PartnerId viewer) {
    Draft full = Draft.forReplay(all);
    Draft visible = Draft.forReplay(seen);
    Draft shared = Draft.forReplay(sharedOnly);
    for (JourneyEvent event : events) {
      applyTo(full, event);
      if (event.isVisibleTo(viewer)) {
        applyTo(visible, event);
      }
      if (event.visibility() == Visibility.SHARED) {
        applyTo(shared, event);
      }
    }
    return new JourneyState[] {full.freeze(), visible.freeze(), shared.freeze()};
  }

  private static void applyTo(Draft d, JourneyEvent event) {
    d.applied();
    if (event instanceof LifecycleEvent e) {
      lifecycle(d, e);
    } else if (event instanceof BetrayalEvent e) {
      betrayal(d, e);
    } else if (event instanceof CommitmentEvent e) {
      commitment(d, e);
    } else if (event instanceof CheckInRecorded e) {
      d.checkIns =
          d.add(
              d.checkIns,
              new CheckIn(
                  e.checkIn(),
                  e.by(),
                  e.day(),
                  e.ratings(),
                  e.sharedSomethingVulnerable(),
                  e.triggered(),
                  e.reactiveOutbursts(),
                  e.visibility()));
    } else if (event instanceof SetbackEvent e) {
      setback(d, e);
    } else if (event instanceof BoundaryEvent e) {
      boundary(d, e);
    } else if (event instanceof PersonalEvent e) {
      personal(d, e);
    } else if (event instanceof StageEvent e) {
      stage(d, e);
    }
  }

  private static void lifecycle(Draft d, LifecycleEvent event) {
    if (event instanceof JourneyStarted) {
      throw new IllegalStateException("journey " + d.base.id() + " was started twice");
    } else if (event instanceof DecidedToTry e) {
      java.util.Set<org.recovery.core.common.PartnerId> next =
          new java.util.HashSet<>(d.decidedToTry);
      next.add(e.by());
      d.decidedToTry = next;
    } else if (event instanceof JourneyPaused e) {
      d.pauses = d.add(d.pauses, new Pause(e.from(), LocalDate.MAX));
    } else if (event instanceof JourneyResumed e) {
      java.util.List<Pause> next = new java.util.ArrayList<>();
      for (Pause p : d.pauses) {
        if (!p.until().equals(LocalDate.MAX)) {
          next.add(p);
        } else if (e.on().isAfter(p.from())) {
          next.add(p.endingOn(e.on().minusDays(1)));
        }
      }
      d.pauses = next;
    } else if (event instanceof JourneyEnded e) {
      d.outcome = Optional.of(e.outcome());
    } else if (event instanceof LifecycleEvent.ModelFollowed e) {
      d.model = Optional.of(e.model());
    }
  }

  private static void betrayal(Draft d, BetrayalEvent event) {
    if (event instanceof BetrayalRecorded e) {
      d.betrayals =
          d.put(
              d.betrayals,
              e.betrayal(),
              new Betrayal(
                  e.betrayal(),
                  e.kind(),
                  e.hurtPartner(),
                  e.involvedPartner(),
                  e.cameToLight(),
                  e.on(),
                  Optional.empty(),
                  Optional.empty()));
      return;
    }
    Betrayal b = d.betrayals.get(event.betrayal());
    if (b == null) {
      throw new IllegalStateException("event about unknown betrayal " + event.betrayal());
    }
    if (event instanceof ResponsibilityTaken e) {
      d.betrayals = d.put(d.betrayals, b.id(), b.withResponsibilityTaken(d.base.dayOf(e.at())));
    } else if (event instanceof FeelingHeardRecorded e) {
      d.betrayals = d.put(d.betrayals, b.id(), b.withHeard(e.level()));
    }
  }

  private static void commitment(Draft d, CommitmentEvent event) {
    if (event instanceof CommitmentProposed e) {
      Terms terms = new Terms(d.base.dayOf(e.at()), e.cadence(), e.verification());
      d.commitments =
          d.put(
              d.commitments,
              e.commitment(),
              Commitment.proposed(
                  e.commitment(), e.owner(), e.by(), e.title(), e.category(), e.cost(), terms));
    } else if (event instanceof CommitmentAccepted e) {
      change(d, e.commitment(), c -> c.withLifecycle(CommitmentStatus.ACCEPTED));
    } else if (event instanceof CommitmentDeclined e) {
      change(d, e.commitment(), c -> c.withLifecycle(CommitmentStatus.DECLINED));
    } else if (event instanceof CommitmentActivated e) {
      change(d, e.commitment(), c -> c.activatedOn(e.from()));
    } else if (event instanceof CommitmentRevised e) {
      change(
          d,
          e.commitment(),
          c -> c.revisedTo(new Terms(e.effectiveFrom(), e.cadence(), e.verification())));
    } else if (event instanceof CommitmentPaused e) {
      change(d, e.commitment(), c -> c.pausedFor(new Pause(e.from(), e.until())));
    } else if (event instanceof CommitmentRetired e) {
      change(d, e.commitment(), c -> c.retiredOn(e.effectiveFrom()));
    } else if (event instanceof OccurrenceReported e) {
      known(d, e.commitment());
      d.report(e.commitment(), new Report(e.day(), e.kind(), e.by(), Report.Answer.NONE));
    } else if (event instanceof OccurrenceConfirmed e) {
      answer(d, e.commitment(), e.day(), Report.Answer.CONFIRMED);
    } else if (event instanceof OccurrenceDisputed e) {
      answer(d, e.commitment(), e.day(), Report.Answer.DISPUTED);
    }
  }

  private static void answer(Draft d, CommitmentId id, LocalDate day, Report.Answer answer) {
    known(d, id);
    Report report =
        d.reportOn(id, day)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "answer to a missing report of commitment " + id + " on " + day));
    d.report(id, report.answered(answer));
  }

  private static void known(Draft d, CommitmentId id) {
    if (d.commitment(id) == null) {
      throw new IllegalStateException("event about unknown commitment " + id);
    }
  }

  private static void change(Draft d, CommitmentId id, UnaryOperator<Commitment> change) {
    Commitment c = d.commitments.get(id);
    if (c == null) {
      throw new IllegalStateException("event about unknown commitment " + id);
    }
    d.commitments = d.put(d.commitments, id, change.apply(c));
  }

  private static void setback(Draft d, SetbackEvent event) {
    if (event instanceof SetbackRecorded e) {
      d.setbacks =
          d.put(
              d.setbacks,
              e.setback(),
              new Setback(
                  e.setback(), e.kind(), e.severity(), e.day(), e.by(), java.util.Set.of()));
    } else if (event instanceof SetbackRepaired e) {
      Setback s = d.setbacks.get(e.setback());
      if (s == null) {
        throw new IllegalStateException("event about unknown setback " + e.setback());
      }
      d.setbacks = d.put(d.setbacks, s.id(), s.repairedWith(e.step()));
    }
  }

  private static void boundary(Draft d, BoundaryEvent event) {
    if (event instanceof BoundaryProposed e) {
      d.boundaries =
          d.put(
              d.boundaries,
              e.boundary(),
              Boundary.proposed(
                  e.boundary(),
                  e.area(),
                  new BoundaryChange(1, BoundaryChange.Kind.INTRODUCE, e.text(), e.by())));
      return;
    }
    Boundary b = d.boundaries.get(event.boundary());
    if (b == null) {
      throw new IllegalStateException("event about unknown boundary " + event.boundary());
    }
    Boundary next;
    if (event instanceof BoundaryRevisionProposed e) {
      next =
          b.withPending(
              new BoundaryChange(
                  e.revision(),
                  b.isActive() ? BoundaryChange.Kind.REVISE : BoundaryChange.Kind.INTRODUCE,
                  e.text(),
                  e.by()));
    } else if (event instanceof BoundaryWithdrawalProposed e) {
      next =
          b.withPending(
              new BoundaryChange(
                  e.revision(),
                  BoundaryChange.Kind.WITHDRAW,
                  b.agreedText().orElse("(withdrawn)"),
                  e.by()));
    } else if (event instanceof BoundaryChangeAgreed) {
      next = b.agreed();
    } else if (event instanceof BoundaryChangeDeclined) {
      next = b.withoutPending();
    } else {
      throw new AssertionError(event);
    }
    d.boundaries = d.put(d.boundaries, b.id(), next);
  }

  private static void personal(Draft d, PersonalEvent event) {
    if (event instanceof ConsentDeclared e) {
      d.consent = d.consent.declare(e.by(), e.level());
    } else if (event instanceof SafetyScreeningCompleted e) {
      d.safety = d.safety.screened(e.by(), e.answers(), d.base.dayOf(e.at()));
    } else if (event instanceof CrisisFlagged e) {
      d.crisisFlags = d.add(d.crisisFlags, e);
    } else if (event instanceof TherapySessionRecorded e) {
      d.therapySessions = d.add(d.therapySessions, e);
    } else if (event instanceof ForgivenessRecorded e) {
      d.preferences = d.preferences.withForgiveness(e.by(), e.step(), e.visibility());
    } else if (event instanceof DayCountersChosen e) {
      d.preferences = d.preferences.withDayCounters(e.by(), e.shown());
    } else if (event instanceof PersonalEvent.SealedEntry e) {
      sealed(d, e);
    } else if (!(event instanceof JournalEntryWritten
        || event instanceof PersonalEvent.InstrumentCompleted)) {
      throw new AssertionError(event);
    }
  }

  /** Only the couple fact of an entry the reader cannot open: exactly what the rules read. */
  private static void sealed(Draft d, PersonalEvent.SealedEntry entry) {
    if (entry.fact() instanceof CoupleFact.ConsentLevelDeclared c) {
      d.consent = d.consent.declare(entry.by(), c.level());
    } else if (entry.fact() instanceof CoupleFact.Screened s) {
      d.safety = d.safety.screenedSealed(entry.by(), s.holds(), d.base.dayOf(entry.at()));
    }
  }

  private static void stage(Draft d, StageEvent event) {
    if (event instanceof StageEvent.AdvanceAgreed e) {
      d.position = d.position.withAgreement(e.by());
    } else if (event instanceof StageEvent.StageAdvanced e) {
      d.position = d.position.entering(e.to(), e.at());
    } else if (event instanceof StageEvent.StageMovedBack e
        && e.cause() != MoveBackCause.CONSENT_BELOW_STAGE) {
      // Earlier releases moved a couple back when consent was lowered. Consent never moves a
      // stage, so such a move, kept in old histories, changes nothing when folded.
      d.position = d.position.entering(e.to(), e.at());
    }
  }
}
