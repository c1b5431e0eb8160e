package org.recovery.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyCommand;

/**
 * A generated command still waiting for its {@link Scene}: the day it is given on and the ids
 * earlier steps created. jqwik generates and shrinks the plan's choices; the scene turns them into
 * a command and, when the command needs a particular partner, into who gives it.
 */
@FunctionalInterface
interface Plan {

  /** Makes the step's command (and actor) and records in the scene what it creates. */
  Act make(Scene scene);

  /**
   * A command and who gives it.
   *
   * @param actor the acting partner
   * @param command the command
   */
  record Act(PartnerId actor, JourneyCommand command) {}

  /** Plans with their weights, to be drawn from by one {@link #oneOf} at the top. */
  final class Weighted {
    private final List<Tuple2<Integer, Arbitrary<Plan>>> plans = new ArrayList<>();

    /** Adds {@code plan} with {@code weight}; returns this. */
    Weighted add(int weight, Arbitrary<Plan> plan) {
      plans.add(Tuple.of(weight, plan));
      return this;
    }

    /** Adds every plan of {@code other}, its weight multiplied by {@code factor}; returns this. */
    Weighted addAll(int factor, Weighted other) {
      other.plans.forEach(t -> plans.add(Tuple.of(t.get1() * factor, t.get2())));
      return this;
    }
  }

  /**
   * One of the weighted plans. A single level of {@code frequencyOf}: nesting them makes jqwik
   * build the chosen branch's generator for every value, which made generation several times
   * slower.
   */
  @SuppressWarnings("unchecked")
  static Arbitrary<Plan> oneOf(Weighted weighted) {
    return Arbitraries.frequencyOf(weighted.plans.toArray(Tuple2[]::new));
  }

  /** A plan whose command the step's drawn actor gives. */
  static Plan byActor(Function<Scene, JourneyCommand> command) {
    return scene -> new Act(scene.actor, command.apply(scene));
  }

  /** A plan that always makes the same command. */
  static Arbitrary<Plan> always(JourneyCommand command) {
    return Arbitraries.just(byActor(scene -> command));
  }

  /**
   * A plan about something earlier steps brought to some point, or, while the scene holds nothing
   * there yet, the plan that brings something there: reporting a day before any commitment is
   * active activates one instead (or accepts, or proposes one), so that stories get told in order.
   */
  static Arbitrary<Plan> after(
      Arbitrary<Plan> before, Predicate<Scene> ready, Arbitrary<Plan> plan) {
    return Combinators.combine(before, plan)
        .as((b, p) -> scene -> ready.test(scene) ? p.make(scene) : b.make(scene));
  }

  /**
   * Days relative to today for a day in the past: mostly today or yesterday, sometimes ahead, and
   * now and then a month back, before most journeys began.
   */
  static Arbitrary<Integer> pastDayOffset() {
    return Arbitraries.frequency(
        Tuple.of(5, 0),
        Tuple.of(3, -1),
        Tuple.of(1, -2),
        Tuple.of(1, -6),
        Tuple.of(2, 1),
        Tuple.of(1, 4),
        Tuple.of(1, -30));
  }

  /** Days relative to today for a first day: mostly today, sometimes later, rarely too early. */
  static Arbitrary<Integer> startDayOffset() {
    return Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(2, 1), Tuple.of(2, 8), Tuple.of(2, -1));
  }

  /** One of the two partners, rarely a stranger (for commands naming a partner). */
  static Arbitrary<PartnerId> someone() {
    return Arbitraries.frequency(
        Tuple.of(10, RandomJourneys.FIRST),
        Tuple.of(10, RandomJourneys.SECOND),
        Tuple.of(1, RandomJourneys.STRANGER));
  }
}
