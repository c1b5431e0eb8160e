package org.recovery.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.Polarity;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.ScoreRange;
import org.recovery.core.instrument.Subscale;
import org.recovery.core.instrument.SubscaleScore;
import org.recovery.core.instrument.Total;
import org.recovery.core.words.Vocabulary;

/**
 * How questionnaires and their scores read for people: short names, ranges, the cut-off band of a
 * total, and the verdict on a change from baseline. Used by the report renderers of this package
 * and by apps that show questionnaires as text. {@link #of} chooses between typographic characters
 * (en dash, arrow, middle dot) and plain ASCII.
 */
public final class QuestionnaireText {
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]{1,16})\\)\\s*$");

  private final boolean unicode;

  private QuestionnaireText(boolean unicode) {
    this.unicode = unicode;
  }

  /** The texts with typographic characters when {@code unicode}, else plain ASCII. */
  public static QuestionnaireText of(boolean unicode) {
    return new QuestionnaireText(unicode);
  }

  /** The short name: the abbreviation in brackets at the end of the name, else the name. */
  public static String shortName(String name) {
    Matcher m = ABBREVIATION.matcher(name);
    return m.find() ? m.group(1).strip() : name;
  }

  /** A score as people write it: whole numbers without decimals, others with up to two. */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** A signed change, e.g. {@code +3} or {@code -1.5}. */
  public static String signed(double value) {
    return (value > 0 ? "+" : value < 0 ? "-" : "±") + number(Math.abs(value));
  }

  /** A range of scores, e.g. {@code 0–21}. */
  public String range(double min, double max) {
    return number(min) + (unicode ? "–" : "-") + number(max);
  }

  /** The answers an item takes, e.g. {@code 0–6}. */
  public String scale(Item item) {
    return range(item.scale().min(), item.scale().max());
  }

  /** The labels of an item's answers, e.g. {@code 0 Never · 5 Always}; empty if none. */
  public String labels(Item item) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Integer, String> e : item.scale().labels().entrySet()) {
      parts.add(e.getKey() + " " + e.getValue());
    }
    return String.join(unicode ? " · " : " | ", parts);
  }

  /** What the total is: {@code total 0–21, higher is better}, or that there is none. */
  public String total(Instrument instrument) {
    return instrument
        .total()
        .map(
            t ->
                "total "
                    + range(t.min(), t.max())
                    + ", "
                    + (t.polarity() == Polarity.HIGHER_IS_BETTER ? "higher" : "lower")
                    + " is better")
        .orElse("no total score");
  }

  /** Each subscale and its range, e.g. {@code Avoidance 7–35, Revenge 5–25}; empty if none. */
  public String subscales(Instrument instrument) {
    List<String> parts = new ArrayList<>();
    for (Subscale s : instrument.subscales()) {
      ScoreRange r = instrument.rangeOf(s);
      parts.add(s.name() + " " + range(r.min(), r.max()));
    }
    return String.join(", ", parts);
  }

  /** The cut-offs, e.g. {@code below 13.5: notable relationship dissatisfaction}; or none. */
  public String cutOffs(Instrument instrument) {
    if (instrument.cutOffs().isEmpty()) {
      return "no published cut-off";
    }
    List<String> parts = new ArrayList<>();
    for (CutOff c : instrument.cutOffs()) {
      parts.add(side(c.flaggedWhen()) + " " + number(c.threshold()) + ": " + c.meaning());
    }
    return "cut-off " + String.join("; ", parts);
  }

  /** The short form of the cut-offs for headings, e.g. {@code cut-off below 13.5}. */
  public String cutOffsShort(Instrument instrument) {
    return instrument.cutOffs().isEmpty()
        ? "no cut-off"
        : "cut-off "
            + String.join(
                ", ",
                instrument.cutOffs().stream()
                    .map(c -> side(c.flaggedWhen()) + " " + number(c.threshold()))
                    .toList());
  }

  /** The scores of the subscales, e.g. {@code Consensus 20 · Satisfaction 14}; empty if none. */
  public String subscaleScores(Instrument instrument, Score score) {
    List<String> parts = new ArrayList<>();
    for (SubscaleScore s : score.subscales()) {
      String name = instrument.subscale(s.subscale()).map(Subscale::name).orElse(s.subscale());
      parts.add(name + " " + number(s.value()));
    }
    return String.join(unicode ? " · " : " | ", parts);
  }

  /**
   * Where the total lies against the cut-offs: {@code below the cut-off 13.5 (notable relationship
   * dissatisfaction)}, {@code at or above the cut-off 13.5}; empty without a total or cut-off.
   */
  public Optional<String> band(Instrument instrument, Score score) {
    if (score.total().isEmpty() || instrument.cutOffs().isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (CutOff c : instrument.cutOffs()) {
      boolean flagged = score.flaggedBy(c.id());
      parts.add(
          (flagged ? side(c.flaggedWhen()) : side(opposite(c.flaggedWhen())))
              + " the cut-off "
              + number(c.threshold())
              + (flagged ? " (" + c.meaning() + ")" : ""));
    }
    return Optional.of(String.join("; ", parts));
  }

  /** The band in a few words, for tables: {@code below 13.5} or {@code at/above 13.5}. */
  public Optional<String> bandShort(Instrument instrument, Score score) {
    if (score.total().isEmpty() || instrument.cutOffs().isEmpty()) {
      return Optional.empty();
    }
    CutOff c = instrument.cutOffs().get(0);
    CutOff.Side side = score.flaggedBy(c.id()) ? c.flaggedWhen() : opposite(c.flaggedWhen());
    return Optional.of(side(side).replace("at or ", "at/") + " " + number(c.threshold()));
  }

  /** {@code 14 of 0–21}, or a dash without a total. */
  public String totalOf(Instrument instrument, Score score) {
    OptionalDouble total = score.total();
    Optional<Total> t = instrument.total();
    if (total.isEmpty() || t.isEmpty()) {
      return unicode ? "–" : "-";
    }
    return number(total.getAsDouble()) + " of " + range(t.get().min(), t.get().max());
  }

  /**
   * The change from baseline and its verdict, e.g. {@code 11 → 14 (+3), improved; CSI-4 has no
   * published reliable-change index, so it is not judged}.
   */
  public String change(Instrument instrument, ReliableChange change) {
    String arrow = unicode ? " → " : " -> ";
    String text =
        number(change.baseline())
            + arrow
            + number(change.latest())
            + " ("
            + signed(change.change())
            + "), "
            + Vocabulary.words(change.direction());
    return text + "; " + verdict(instrument, change);
  }

  /** Whether a change is reliable and clinically significant, in a sentence's second half. */
  public String verdict(Instrument instrument, ReliableChange change) {
    String index = instrument.rci().map(r -> number(r.value())).orElse("");
    switch (change.verdict()) {
      case RELIABLE:
        return "a reliable change (at least "
            + index
            + " points)"
            + (change.clinicallySignificant()
                ? " and clinically significant: it crossed the cut-off"
                : "");
      case WITHIN_MEASUREMENT_ERROR:
        return "within measurement error (less than " + index + " points)";
      default:
        return "no reliable-change index is published for "
            + shortName(instrument.name())
            + ", so it is not judged";
    }
  }

  /** The verdict in a few words, for the status screen. */
  public static String verdictShort(ReliableChange change) {
    switch (change.verdict()) {
      case RELIABLE:
        return change.clinicallySignificant() ? "reliable, clinically significant" : "reliable";
      case WITHIN_MEASUREMENT_ERROR:
        return "within measurement error";
      default:
        return "not judged";
    }
  }

  /** When a scheduled questionnaire is due, e.g. {@code due today}, {@code due 2025-04-07}. */
  public static String due(LocalDate nextDue, LocalDate today) {
    if (nextDue.isBefore(today)) {
      return "due since " + nextDue;
    }
    return nextDue.equals(today) ? "due today" : "next due " + nextDue;
  }

  /**
   * The definition a figure or completion was scored with, or the latest of its id.
   *
   * @throws IllegalStateException if the catalogue has no definition of {@code id} at all
   */
  public static Instrument definition(InstrumentCatalogue catalogue, String id, int version) {
    return catalogue
        .find(id, version)
        .or(() -> catalogue.find(id))
        .orElseThrow(() -> new IllegalStateException("no definition of " + id));
  }

  private static String side(CutOff.Side side) {
    return Vocabulary.words(side);
  }

  private static CutOff.Side opposite(CutOff.Side side) {
    switch (side) {
      case BELOW:
        return CutOff.Side.AT_OR_ABOVE;
      case AT_OR_BELOW:
        return CutOff.Side.ABOVE;
      case AT_OR_ABOVE:
        return CutOff.Side.BELOW;
      default:
        return CutOff.Side.AT_OR_BELOW;
    }
  }
}
