package org.recovery.core.testing;

import static org.recovery.core.testing.Plan.byActor;
import static org.recovery.core.testing.Plan.startDayOffset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ConfirmOccurrence;
import org.recovery.core.journey.CommitmentCommand.DeclineCommitment;
import org.recovery.core.journey.CommitmentCommand.DisputeOccurrence;
import org.recovery.core.journey.CommitmentCommand.PauseCommitment;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.RetireCommitment;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.testing.Plan.Act;
import org.recovery.core.testing.Scene.Made;
import org.recovery.core.testing.Scene.Stage;

/** Plans for every command in a commitment's life. */
final class CommitmentPlans {
  private CommitmentPlans() {}

  /**
   * Any commitment command. A command that needs a commitment further along than any is yet
   * (reporting before anything is active) moves one along instead, so lives get lived in order.
   */
  static Plan.Weighted weighted() {
    Arbitrary<Plan> accepting = at(Stage.OPEN, propose(), accept());
    Arbitrary<Plan> activating = at(Stage.AGREED, accepting, activate());
    Arbitrary<Plan> reporting = at(Stage.ACTIVE, activating, report());
    return new Plan.Weighted()
        .add(4, propose())
        .add(4, accepting)
        .add(1, at(Stage.OPEN, propose(), decline()))
        .add(4, activating)
        .add(2, at(Stage.ACTIVE, activating, revise()))
        .add(1, at(Stage.ACTIVE, activating, pause()))
        .add(1, at(Stage.ACTIVE, activating, retire()))
        .add(8, reporting)
        .add(4, Plan.after(reporting, Scene::hasReports, answer(true)))
        .add(3, Plan.after(reporting, Scene::hasReports, answer(false)));
  }

  /** {@code plan} once a commitment is at {@code stage}, {@code before} until then. */
  private static Arbitrary<Plan> at(Stage stage, Arbitrary<Plan> before, Arbitrary<Plan> plan) {
    return Plan.after(before, s -> s.hasCommitmentAt(stage), plan);
  }

  private static Arbitrary<Plan> propose() {
    Arbitrary<String> titles =
        Arbitraries.of(
            "Evening check-in",
            "  Share the calendar ",
            "No contact with X",
            "Weekly couples therapy",
            "Bir takdir, her gün");
    return Combinators.combine(
            Plan.someone(),
            titles,
            categories(),
            Arbitraries.of(Cost.class),
            cadences(),
            Arbitraries.of(Verification.class))
        .as(
            (owner, title, category, cost, cadence, verification) ->
                byActor(
                    s ->
                        new ProposeCommitment(
                            s.commitmentId(s.newCommitment(owner, category.isMonitoring())),
                            owner,
                            title,
                            category,
                            cost,
                            cadence,
                            verification)));
  }

  /** Accepting needs the partner who did not propose. */
  private static Arbitrary<Plan> accept() {
    return Pick.any()
        .map(
            p ->
                s -> {
                  Made c = s.commitment(p, Stage.OPEN);
                  PartnerId actor = s.actorFor(p, c.by == null ? null : Scene.other(c.by));
                  if (c.stage == Stage.OPEN && c.answerableBy(actor)) {
                    c.stage = Stage.AGREED;
                  }
                  return new Act(actor, new AcceptCommitment(s.commitmentId(c)));
                });
  }

  private static Arbitrary<Plan> decline() {
    return Pick.any()
        .map(
            p ->
                byActor(
                    s -> {
                      Made c = s.commitment(p, Stage.OPEN);
                      if (c.stage == Stage.OPEN && s.byPartner()) {
                        c.stage = Stage.CLOSED;
                      }
                      return new DeclineCommitment(s.commitmentId(c));
                    }));
  }

  /** Mostly from today, so that days fall due at once. */
  private static Arbitrary<Plan> activate() {
    Arbitrary<Integer> days =
        Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 8), Tuple.of(1, -1));
    return Combinators.combine(Pick.any(), days)
        .as(
            (p, d) ->
                byActor(
                    s -> {
                      Made c = s.commitment(p, Stage.AGREED);
                      if (c.stage == Stage.AGREED && d >= 0 && s.byPartner()) {
                        c.stage = Stage.ACTIVE;
                      }
                      return new ActivateCommitment(s.commitmentId(c), s.day(d));
                    }));
  }

  private static Arbitrary<Plan> revise() {
    return Combinators.combine(Pick.any(), cadences(), Arbitraries.of(Verification.class))
        .as(
            (p, cadence, verification) ->
                byActor(
                    s ->
                        new ReviseCommitment(
                            s.commitmentId(s.commitment(p, Stage.ACTIVE)), cadence, verification)));
  }

  private static Arbitrary<Plan> pause() {
    return Combinators.combine(Pick.any(), startDayOffset(), Arbitraries.integers().between(0, 6))
        .as(
            (p, d, length) ->
                byActor(
                    s ->
                        new PauseCommitment(
                            s.commitmentId(s.commitment(p, Stage.ACTIVE)),
                            s.day(d),
                            s.day(d + length))));
  }

  private static Arbitrary<Plan> retire() {
    return Pick.any()
        .map(
            p ->
                byActor(
                    s -> {
                      Made c = s.commitment(p, Stage.ACTIVE);
                      if (c.stage == Stage.ACTIVE && s.byPartner()) {
                        c.stage = Stage.CLOSED;
                      }
                      return new RetireCommitment(s.commitmentId(c));
                    }));
  }

  /** Kept days are the owner's to report; the other partner may report a miss. */
  private static Arbitrary<Plan> report() {
    Arbitrary<ReportKind> kinds =
        Arbitraries.frequency(Tuple.of(3, ReportKind.KEPT), Tuple.of(1, ReportKind.MISSED));
    Arbitrary<Integer> days =
        Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, -1), Tuple.of(1, -3), Tuple.of(1, 1));
    return Combinators.combine(Pick.any(), days, kinds)
        .as(
            (p, d, kind) ->
                s -> {
                  Made c = s.commitment(p, Stage.ACTIVE);
                  PartnerId actor = s.actorFor(p, c.about);
                  LocalDate day = s.day(d);
                  if (c.stage == Stage.ACTIVE
                      && (kind == ReportKind.MISSED || actor.equals(c.about))) {
                    s.reported(c, day, actor);
                  }
                  return new Act(actor, new ReportOccurrence(s.commitmentId(c), day, kind));
                });
  }

  /** Confirming or disputing needs the partner who did not make the report. */
  private static Arbitrary<Plan> answer(boolean confirm) {
    return Pick.any()
        .map(
            p ->
                s -> {
                  Scene.Reported r = s.report(p);
                  PartnerId actor = s.actorFor(p, r.by() == null ? null : Scene.other(r.by()));
                  JourneyCommand command =
                      confirm
                          ? new ConfirmOccurrence(s.commitmentId(r.commitment()), r.day())
                          : new DisputeOccurrence(s.commitmentId(r.commitment()), r.day());
                  return new Act(actor, command);
                });
  }

  /** Every category; monitoring a third of the time, to meet the safety rule often. */
  @SuppressWarnings("unchecked")
  static Arbitrary<CommitmentCategory> categories() {
    return Arbitraries.frequency(
        Arrays.stream(CommitmentCategory.values())
            .map(c -> Tuple.of(c.isMonitoring() ? 10 : 3, c))
            .toArray(Tuple2[]::new));
  }

  /** The weekdays whose bits are set, Monday as bit 0. */
  private static Cadence weekdays(int bits) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if ((bits >> day.ordinal() & 1) != 0) {
        days.add(day);
      }
    }
    return Cadence.onWeekdays(days);
  }

  /** Every kind of cadence; daily ones most, so that many days fall due. */
  static Arbitrary<Cadence> cadences() {
    Arbitrary<Character> kinds =
        Arbitraries.frequency(
            Tuple.of(4, 'd'),
            Tuple.of(2, 'c'),
            Tuple.of(2, 'n'),
            Tuple.of(1, 'w'),
            Tuple.of(1, 'm'));
    return Combinators.combine(
            kinds,
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(1, 127),
            Arbitraries.integers().between(1, 31))
        .as(
            (kind, times, weekdays, day) ->
                switch (kind) {
                  case 'd' -> Cadence.daily();
                  case 'c' -> Cadence.continuous();
                  case 'n' -> Cadence.timesPerWeek(times);
                  case 'w' -> weekdays(weekdays);
                  default -> Cadence.monthlyOnDay(day);
                });
  }
}
