package org.recovery.core.testing;

import static org.recovery.core.testing.Plan.byActor;
import static org.recovery.core.testing.Plan.pastDayOffset;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Instruments;
import org.recovery.core.instrument.Item;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.PersonalCommand.ChooseDayCounters;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.PersonalCommand.FlagCrisis;
import org.recovery.core.journey.PersonalCommand.RecordForgiveness;
import org.recovery.core.journey.PersonalCommand.RecordTherapySession;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.testing.Plan.Act;

/**
 * Plans for a partner's own entries: consent, safety, journal, crisis flags, therapy, forgiveness,
 * day counters and questionnaires.
 */
final class PersonalPlans {
  private PersonalPlans() {}

  static Plan.Weighted weighted() {
    return new Plan.Weighted()
        .add(3, consent())
        .add(3, screening())
        .add(2, journal())
        .add(2, therapy())
        .add(2, forgiveness())
        .add(1, dayCounters())
        .add(2, instrument())
        .add(1, crisis());
  }

  private static Arbitrary<Plan> consent() {
    return Arbitraries.of(ConsentLevel.class).map(level -> byActor(s -> new DeclareConsent(level)));
  }

  /**
   * Every "no" two times in three, otherwise random answers, which nearly always flag; mostly by a
   * partner who has not screened yet, so that both partners often have.
   */
  static Arbitrary<Plan> screening() {
    Arbitrary<Boolean> clear = Arbitraries.frequency(Tuple.of(2, true), Tuple.of(1, false));
    Arbitrary<ScreeningAnswers> answers =
        Combinators.combine(clear, Arbitraries.integers().between(0, 63))
            .as(
                (allNo, a) ->
                    allNo
                        ? ScreeningAnswers.allNo()
                        : (a & 32) != 0
                            ? ScreeningAnswers.hark(
                                (a & 1) != 0, (a & 2) != 0, (a & 4) != 0, (a & 8) != 0)
                            : ScreeningAnswers.recoveryFive(
                                (a & 1) != 0,
                                (a & 2) != 0,
                                (a & 4) != 0,
                                (a & 8) != 0,
                                (a & 16) != 0));
    return Combinators.combine(Pick.any(), answers)
        .as(
            (p, a) ->
                s -> {
                  PartnerId actor = s.actorFor(p, s.notYetScreened());
                  s.screenedBy(actor, a.flags());
                  return new Act(actor, new CompleteSafetyScreening(a));
                });
  }

  private static Arbitrary<Plan> journal() {
    return Combinators.combine(
            pastDayOffset(),
            Arbitraries.of("Today I could breathe again.", " Angry, and that is allowed. "))
        .as((d, text) -> byActor(s -> new WriteJournalEntry(s.day(d), text)));
  }

  /** A crisis flagged on its own, for a day around the step's. */
  private static Arbitrary<Plan> crisis() {
    return pastDayOffset().map(d -> byActor(s -> new FlagCrisis(s.day(d))));
  }

  private static Arbitrary<Plan> therapy() {
    return Combinators.combine(
            Arbitraries.of(TherapyKind.class), pastDayOffset(), Arbitraries.of(Visibility.class))
        .as(
            (kind, d, visibility) ->
                byActor(s -> new RecordTherapySession(kind, s.day(d), visibility)));
  }

  /** Forgiveness is recorded by a hurt partner, privately unless they share it. */
  private static Arbitrary<Plan> forgiveness() {
    return Combinators.combine(
            Pick.any(), Arbitraries.of(ForgivenessStep.class), Arbitraries.of(Visibility.class))
        .as(
            (p, step, visibility) ->
                s ->
                    new Act(
                        s.actorFor(p, s.hasBetrayals() ? s.betrayal(p).by : null),
                        new RecordForgiveness(step, visibility)));
  }

  /**
   * A questionnaire: a shipped one, answered within each item's scale four times in six, otherwise
   * with one answer missing or out of scale; now and then one that does not exist.
   */
  private static Arbitrary<Plan> instrument() {
    List<Instrument> shipped = Instruments.all();
    Arbitrary<Integer> which = Arbitraries.integers().between(0, shipped.size());
    Arbitrary<Character> answering =
        Arbitraries.frequency(Tuple.of(4, 'v'), Tuple.of(1, 'm'), Tuple.of(1, 'o'));
    return Combinators.combine(
            which, answering, Arbitraries.longs(), Arbitraries.of(Visibility.class))
        .as(
            (i, how, seed, visibility) ->
                byActor(
                    s -> {
                      if (i == shipped.size()) {
                        return new CompleteInstrument(
                            "no-such-questionnaire", Map.of("1", 1), visibility);
                      }
                      Instrument instrument = shipped.get(i);
                      return new CompleteInstrument(
                          instrument.id(), answers(instrument, how, seed), visibility);
                    }));
  }

  private static Map<String, Integer> answers(Instrument instrument, char how, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> answers = new TreeMap<>();
    for (Item item : instrument.items()) {
      answers.put(item.id(), random.nextInt(item.scale().min(), item.scale().max() + 1));
    }
    String first = instrument.items().get(0).id();
    if (how == 'm') {
      answers.remove(first);
    } else if (how == 'o') {
      answers.put(first, instrument.items().get(0).scale().max() + 1);
    }
    return answers;
  }

  private static Arbitrary<Plan> dayCounters() {
    return Arbitraries.of(true, false).map(shown -> byActor(s -> new ChooseDayCounters(shown)));
  }
}
