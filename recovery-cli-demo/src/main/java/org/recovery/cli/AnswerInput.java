package org.recovery.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.Refusal;
import org.recovery.core.instrument.Scoring;
import org.recovery.core.report.QuestionnaireText;

/**
 * The answers to a questionnaire: from the command line (one value per item in order, or {@code
 * ITEM=VALUE} pairs), or asked item by item on a terminal. Every answer is checked against its
 * item's scale here, so a wrong one is bad usage naming the item and what it takes, and nothing is
 * recorded. Answers are never logged.
 */
final class AnswerInput {
  private final Instrument instrument;
  private final QuestionnaireText text;

  AnswerInput(Instrument instrument, boolean unicode) {
    this.instrument = instrument;
    this.text = QuestionnaireText.of(unicode);
  }

  /**
   * The answers given as arguments, by item id.
   *
   * @throws CliFailure 2 naming the item and its range if the count is wrong, a value is not a
   *     whole number or lies off the scale, or an item is unknown or answered twice
   */
  Map<String, Integer> parse(List<String> arguments) {
    long pairs = arguments.stream().filter(a -> a.contains("=")).count();
    if (pairs != 0 && pairs != arguments.size()) {
      throw CliFailure.usage(
          "Give the answers either all as values in item order, or all as"
              + " ITEM=VALUE pairs, not a mix. Nothing was recorded.");
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    if (pairs == 0) {
      List<Item> items = instrument.items();
      if (arguments.size() != items.size()) {
        throw CliFailure.usage(
            name()
                + " has "
                + items.size()
                + " items ("
                + String.join(", ", items.stream().map(Item::id).toList())
                + "); "
                + arguments.size()
                + " answer"
                + (arguments.size() == 1 ? " was" : "s were")
                + " given. Give one value per item"
                + " in that order, or ITEM=VALUE pairs. Nothing was recorded.");
      }
      for (int k = 0; k < items.size(); k++) {
        answers.put(items.get(k).id(), value(items.get(k), arguments.get(k)));
      }
    } else {
      for (String pair : arguments) {
        int at = pair.indexOf('=');
        String id = pair.substring(0, at).strip();
        Item item =
            instrument
                .item(id)
                .orElseThrow(
                    () ->
                        CliFailure.usage(
                            name()
                                + " has no item \""
                                + id
                                + "\"; its items are "
                                + String.join(
                                    ", ", instrument.items().stream().map(Item::id).toList())
                                + ". Nothing was recorded."));
        if (answers.put(id, value(item, pair.substring(at + 1))) != null) {
          throw CliFailure.usage(
              "Item " + id + " of " + name() + " is answered twice." + " Nothing was recorded.");
        }
      }
    }
    check(answers);
    return answers;
  }

  /**
   * Asks every item in turn on the terminal, again while an answer is off the scale or not a
   * number.
   *
   * @throws CliFailure 2 if the input ends before every item is answered
   */
  Map<String, Integer> ask(CliContext.Terminal terminal, PrintWriter out) {
    boolean anyWording = instrument.items().stream().anyMatch(i -> i.wording().isPresent());
    out.println(instrument.name() + ", " + instrument.items().size() + " items.");
    if (!anyWording) {
      Text.wrap(
              "This copy holds no item wording: read each item from your own copy of the"
                  + " questionnaire, and give the number of the answer you choose.",
              0,
              Text.WIDTH)
          .forEach(out::println);
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    int number = 0;
    for (Item item : instrument.items()) {
      number++;
      out.println();
      out.println(
          "Item "
              + item.id()
              + " ("
              + number
              + " of "
              + instrument.items().size()
              + "), answers "
              + text.scale(item));
      item.wording()
          .ifPresentOrElse(
              w -> Text.wrap(w, 2, Text.WIDTH).forEach(out::println),
              () ->
                  out.println(
                      "  Read item "
                          + item.id()
                          + " from your own copy of the"
                          + " questionnaire."));
      String labels = text.labels(item);
      if (!labels.isEmpty()) {
        Text.wrap(labels, 2, Text.WIDTH).forEach(out::println);
      }
      answers.put(item.id(), askOne(terminal, out, item));
    }
    out.println();
    check(answers);
    return answers;
  }

  private int askOne(CliContext.Terminal terminal, PrintWriter out, Item item) {
    while (true) {
      out.flush();
      Optional<String> typed =
          terminal.readLine("Answer to item " + item.id() + " (" + text.scale(item) + "): ");
      if (typed.isEmpty()) {
        throw CliFailure.usage(
            "No answer was given to item "
                + item.id()
                + " of "
                + name()
                + ". Nothing was recorded.");
      }
      Optional<Integer> value = number(typed.get());
      if (value.isPresent() && item.scale().accepts(value.get())) {
        return value.get();
      }
      out.println(
          "  Item "
              + item.id()
              + " takes a whole number from "
              + item.scale().min()
              + " to "
              + item.scale().max()
              + ". Please answer again.");
    }
  }

  private int value(Item item, String given) {
    Optional<Integer> value = number(given);
    if (value.isEmpty() || !item.scale().accepts(value.get())) {
      throw CliFailure.usage(
          "Item "
              + item.id()
              + " of "
              + name()
              + " takes a whole number"
              + " from "
              + item.scale().min()
              + " to "
              + item.scale().max()
              + "; '"
              + given.strip()
              + "' is not one. Nothing was recorded.");
    }
    return value.get();
  }

  private void check(Map<String, Integer> answers) {
    if (Scoring.score(instrument, answers) instanceof Refusal refusal) {
      String range =
          instrument
              .item(refusal.item())
              .map(
                  i ->
                      " It takes a whole number from "
                          + i.scale().min()
                          + " to "
                          + i.scale().max()
                          + ".")
              .orElse("");
      throw CliFailure.usage(refusal.message() + range + " Nothing was recorded.");
    }
  }

  private static Optional<Integer> number(String text) {
    String t = text.strip();
    if (!t.matches("[+-]?[0-9]{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(t));
  }

  private String name() {
    return instrument.name();
  }
}
