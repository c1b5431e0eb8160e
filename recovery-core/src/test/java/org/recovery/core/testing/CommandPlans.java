package org.recovery.core.testing;

import static org.recovery.core.testing.Plan.always;
import static org.recovery.core.testing.Plan.byActor;
import static org.recovery.core.testing.Plan.pastDayOffset;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryRevision;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.LifecycleCommand.EndJourney;
import org.recovery.core.journey.LifecycleCommand.FollowModel;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.journey.ModelRef;
import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.core.testing.Plan.Act;
import org.recovery.core.testing.Scene.Made;
import org.recovery.core.testing.Scene.Stage;

/**
 * Plans for every command, weighted; commitments are in {@link CommitmentPlans}, a partner's own
 * entries in {@link PersonalPlans}.
 */
final class CommandPlans {
  private static final int NO_REVISION = 0;
  private static final int PENDING_REVISION = 1;
  private static final int STALE_REVISION = 2;

  private CommandPlans() {}

  /**
   * Any command. Pausing the journey is rare (one step in 240) and so is ending it (one in 480), so
   * that about one journey in ten is paused and one in twenty ends; after the end every command is
   * refused.
   */
  static Arbitrary<Plan> any() {
    Plan.Weighted ongoing =
        new Plan.Weighted()
            .add(2, decideToTry())
            .add(1, always(new ResumeJourney()))
            .add(1, followModel())
            .add(2, recordBetrayal())
            .add(2, Plan.after(recordBetrayal(), Scene::hasBetrayals, takeResponsibility()))
            .add(2, Plan.after(recordBetrayal(), Scene::hasBetrayals, feelingHeard()))
            .addAll(1, CommitmentPlans.weighted())
            .add(6, checkIn())
            .add(2, setback())
            .add(2, Plan.after(setback(), Scene::hasSetbacks, repair()))
            .addAll(1, boundaries())
            .add(4, movingOn())
            .addAll(1, PersonalPlans.weighted());
    return Plan.oneOf(
        new Plan.Weighted().addAll(6, ongoing).add(2, pauseJourney()).add(1, endJourney()));
  }

  private static Arbitrary<Plan> pauseJourney() {
    return Plan.startDayOffset().map(d -> byActor(s -> new PauseJourney(s.day(d))));
  }

  /** Half the time the model the journey already follows (refused), else another (accepted). */
  private static Arbitrary<Plan> followModel() {
    return Arbitraries.of(RandomJourneys.MODEL.ref(), new ModelRef("practice", 2))
        .map(m -> byActor(s -> new FollowModel(m)));
  }

  private static Arbitrary<Plan> endJourney() {
    return Arbitraries.of(JourneyOutcome.class).map(o -> byActor(s -> new EndJourney(o)));
  }

  /** Mostly by a partner who has not decided yet. */
  private static Arbitrary<Plan> decideToTry() {
    return Pick.any()
        .map(
            p ->
                s -> {
                  PartnerId actor = s.actorFor(p, s.notYetDecided());
                  s.decidedBy(actor);
                  return new Act(actor, new DecideToTry());
                });
  }

  /**
   * Moving on is agreed by a hurt partner once the stage's gates are met. Until the generator
   * believes the first stage's are (a betrayal recorded, both partners decided to try and screened,
   * a week in the stage), the plan works towards them instead.
   */
  private static Arbitrary<Plan> movingOn() {
    Arbitrary<Plan> afterAWeek =
        Plan.after(decideToTry(), s -> s.daysSinceStart() >= 7, agreeToAdvance());
    Arbitrary<Plan> prepared =
        Plan.after(
            Arbitraries.oneOf(decideToTry(), PersonalPlans.screening()),
            Scene::bothDecidedAndScreened,
            afterAWeek);
    return Plan.after(recordBetrayal(), Scene::hasBetrayals, prepared);
  }

  /** A hurt partner agrees to move on. */
  private static Arbitrary<Plan> agreeToAdvance() {
    return Pick.any().map(p -> s -> new Act(s.actorFor(p, s.betrayal(p).by), new AgreeToAdvance()));
  }

  /** Mostly one partner hurt by the other; rarely the same partner twice, or a stranger. */
  private static Arbitrary<Plan> recordBetrayal() {
    Arbitrary<List<PartnerId>> roles =
        Arbitraries.frequency(
            Tuple.of(5, List.of(RandomJourneys.FIRST, RandomJourneys.SECOND)),
            Tuple.of(5, List.of(RandomJourneys.SECOND, RandomJourneys.FIRST)),
            Tuple.of(1, List.of(RandomJourneys.FIRST, RandomJourneys.FIRST)),
            Tuple.of(1, List.of(RandomJourneys.STRANGER, RandomJourneys.FIRST)));
    return Combinators.combine(
            Arbitraries.of(BetrayalKind.class),
            roles,
            Arbitraries.of(Discovery.class),
            Arbitraries.integers().between(-40, 1))
        .as(
            (kind, who, discovery, d) ->
                byActor(
                    s ->
                        new RecordBetrayal(
                            s.betrayalId(s.newBetrayal(who.get(0), who.get(1))),
                            kind,
                            who.get(0),
                            who.get(1),
                            discovery,
                            s.day(d))));
  }

  /** Taking responsibility needs the involved partner. */
  private static Arbitrary<Plan> takeResponsibility() {
    return Combinators.combine(
            Pick.any(),
            Arbitraries.of("", "I lied to you, and that was my choice.", "  I am sorry.  "))
        .as(
            (p, statement) ->
                s -> {
                  Made b = s.betrayal(p);
                  return new Act(
                      s.actorFor(p, b.about), new TakeResponsibility(s.betrayalId(b), statement));
                });
  }

  /** Saying whether they feel heard needs the hurt partner. */
  private static Arbitrary<Plan> feelingHeard() {
    return Combinators.combine(Pick.any(), Arbitraries.of(HeardLevel.class))
        .as(
            (p, level) ->
                s -> {
                  Made b = s.betrayal(p);
                  return new Act(
                      s.actorFor(p, b.by), new RecordFeelingHeard(s.betrayalId(b), level));
                });
  }

  private static Arbitrary<Plan> checkIn() {
    Arbitrary<Integer> rating = Arbitraries.integers().between(Ratings.MIN, Ratings.MAX);
    Arbitrary<Ratings> ratings =
        Combinators.combine(rating, rating, rating, rating).as(Ratings::new);
    Arbitrary<Boolean> crisis = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, 3);
    return Combinators.combine(
            pastDayOffset(),
            ratings,
            flags,
            Arbitraries.integers().between(0, 3),
            Arbitraries.of("", "A hard evening.", " Felt close today. "),
            Arbitraries.of(Visibility.class),
            Arbitraries.of(Visibility.class),
            crisis)
        .as(
            (d, r, f, outbursts, note, noteVisibility, visibility, inCrisis) ->
                byActor(
                    s ->
                        new RecordCheckIn(
                            s.checkInId(),
                            s.day(d),
                            r,
                            (f & 1) != 0,
                            (f & 2) != 0,
                            outbursts,
                            note,
                            noteVisibility,
                            visibility,
                            inCrisis)));
  }

  /** Mostly severe, so that deception and renewed contact (always severe) are often accepted. */
  private static Arbitrary<Plan> setback() {
    return Combinators.combine(
            Arbitraries.of(SetbackKind.class),
            Arbitraries.frequency(
                Tuple.of(1, Severity.MINOR),
                Tuple.of(1, Severity.MODERATE),
                Tuple.of(3, Severity.SEVERE)),
            pastDayOffset(),
            Arbitraries.of("", "Saw a message late at night."))
        .as(
            (kind, severity, d, text) ->
                byActor(
                    s ->
                        new RecordSetback(
                            s.setbackId(
                                s.newSetback(
                                    !kind.isAlwaysSevere() || severity == Severity.SEVERE)),
                            kind,
                            severity,
                            s.day(d),
                            text)));
  }

  private static Arbitrary<Plan> repair() {
    return Combinators.combine(Pick.any(), Arbitraries.of(RepairStep.class))
        .as((p, step) -> byActor(s -> new RecordRepair(s.setbackId(s.setback(p)), step)));
  }

  /** Proposals by anyone; answers mostly by the partner who did not propose the change. */
  private static Plan.Weighted boundaries() {
    Arbitrary<String> texts =
        Arbitraries.of(
            "Phones stay out of the bedroom.",
            "We take a 20-minute break when voices rise.",
            " No contact with X, ever. ");
    Arbitrary<Plan> propose =
        Combinators.combine(Arbitraries.of(BoundaryArea.class), texts)
            .as(
                (area, text) ->
                    byActor(s -> new ProposeBoundary(s.boundaryId(s.newBoundary()), area, text)));
    Arbitrary<Plan> revise =
        Combinators.combine(Pick.any(), texts)
            .as(
                (p, text) ->
                    byActor(
                        s ->
                            new ProposeBoundaryRevision(
                                s.boundaryId(changing(s, p, false)), text)));
    Arbitrary<Plan> withdraw =
        Pick.any()
            .map(
                p ->
                    byActor(
                        s -> new ProposeBoundaryWithdrawal(s.boundaryId(changing(s, p, true)))));
    Arbitrary<Integer> naming =
        Arbitraries.frequency(
            Tuple.of(2, NO_REVISION), Tuple.of(2, PENDING_REVISION), Tuple.of(1, STALE_REVISION));
    Arbitrary<Plan> agree =
        Combinators.combine(Pick.any(), naming).as((p, revision) -> answering(p, true, revision));
    Arbitrary<Plan> decline = Pick.any().map(p -> answering(p, false, NO_REVISION));
    Predicate<Scene> pending = s -> s.hasBoundaryAt(Stage.OPEN);
    Arbitrary<Plan> agreeing = Plan.after(propose, pending, agree);
    Predicate<Scene> agreed = s -> s.hasBoundaryAt(Stage.AGREED);
    return new Plan.Weighted()
        .add(3, propose)
        .add(2, Plan.after(agreeing, agreed, revise))
        .add(1, Plan.after(agreeing, agreed, withdraw))
        .add(5, agreeing)
        .add(1, Plan.after(propose, pending, decline));
  }

  /**
   * An agreed boundary the actor proposes to change (or one whose first wording was declined,
   * proposed again); the change is then pending.
   */
  private static Made changing(Scene s, Pick p, boolean withdrawal) {
    Made b = s.boundary(p, Stage.AGREED);
    boolean again = b.stage == Stage.CLOSED && !b.everAgreed && !withdrawal;
    if ((b.stage == Stage.AGREED || again) && s.byPartner()) {
      b.stage = Stage.OPEN;
      b.by = s.actor;
      b.withdrawing = withdrawal;
      b.proposals++;
    }
    return b;
  }

  /**
   * An answer to a pending change, mostly by the partner who did not propose it. An agreement names
   * no revision, the one believed pending, or the one before it (replaced meanwhile).
   */
  private static Plan answering(Pick p, boolean agree, int naming) {
    return s -> {
      Made b = s.boundary(p, Stage.OPEN);
      PartnerId actor = s.actorFor(p, b.by == null ? null : Scene.other(b.by));
      OptionalInt revision =
          naming == NO_REVISION
              ? OptionalInt.empty()
              : OptionalInt.of(Math.max(1, b.proposals - (naming == STALE_REVISION ? 1 : 0)));
      if (b.stage == Stage.OPEN && b.answerableBy(actor)) {
        if (agree) {
          b.stage = b.withdrawing ? Stage.CLOSED : Stage.AGREED;
          b.everAgreed = true;
        } else {
          b.stage = b.everAgreed ? Stage.AGREED : Stage.CLOSED;
        }
        b.withdrawing = false;
      }
      BoundaryId id = s.boundaryId(b);
      return new Act(
          actor, agree ? new AgreeToBoundaryChange(id, revision) : new DeclineBoundaryChange(id));
    };
  }
}
