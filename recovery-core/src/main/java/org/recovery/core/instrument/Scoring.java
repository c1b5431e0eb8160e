package org.recovery.core.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Scores a response set exactly as an instrument's definition says. Pure and deterministic.
 *
 * <p>The formula: each answer a of an item with scale min..max scores a, or {@code min + max - a}
 * when the item is reverse-keyed; a subscale or the total is the SUM, or the MEAN, of its items'
 * scores; the total is classified against every cut-off that flags it.
 */
public final class Scoring {
  private Scoring() {}

  /**
   * Scores {@code answers}, or refuses them naming the first item at fault: an answer for an item
   * the instrument does not have (checked first, in id order), then, in the order items are asked,
   * an item without an answer or an answer outside its item's scale. Every item needs an answer.
   *
   * @param answers the answer to each item, by item id
   * @return the {@link Score}, or the {@link Refusal}
   */
  public static ScoringResult score(Instrument instrument, Map<String, Integer> answers) {
    Objects.requireNonNull(instrument, "instrument must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    for (String id : new TreeSet<>(answers.keySet())) {
      if (instrument.item(id).isEmpty()) {
        return new Refusal(
            Refusal.Problem.UNKNOWN_ITEM, id, instrument.name() + " has no item \"" + id + "\".");
      }
    }
    for (Item item : instrument.items()) {
      Integer answer = answers.get(item.id());
      if (answer == null) {
        return new Refusal(
            Refusal.Problem.MISSING_ANSWER,
            item.id(),
            "Item "
                + item.id()
                + " of "
                + instrument.name()
                + " has no answer; every item needs one.");
      }
      if (!item.scale().accepts(answer)) {
        return new Refusal(
            Refusal.Problem.OUTSIDE_SCALE,
            item.id(),
            "Item "
                + item.id()
                + " of "
                + instrument.name()
                + " takes an answer from "
                + item.scale().min()
                + " to "
                + item.scale().max()
                + "; "
                + answer
                + " is outside the scale.");
      }
    }
    List<SubscaleScore> subscales = new ArrayList<>();
    for (Subscale s : instrument.subscales()) {
      subscales.add(
          new SubscaleScore(s.id(), combine(instrument, s.items(), s.aggregation(), answers)));
    }
    OptionalDouble total =
        instrument
            .total()
            .map(t -> OptionalDouble.of(combine(instrument, t.items(), t.aggregation(), answers)))
            .orElse(OptionalDouble.empty());
    List<CutOff> flagged = new ArrayList<>();
    if (total.isPresent()) {
      for (CutOff c : instrument.cutOffs()) {
        if (c.flags(total.getAsDouble())) {
          flagged.add(c);
        }
      }
    }
    return new Score(instrument.id(), instrument.version(), total, subscales, flagged);
  }

  private static double combine(
      Instrument instrument,
      List<String> items,
      Aggregation aggregation,
      Map<String, Integer> answers) {
    long sum = 0;
    for (String id : items) {
      sum += instrument.item(id).orElseThrow().score(answers.get(id));
    }
    return aggregation == Aggregation.SUM ? sum : (double) sum / items.size();
  }
}
