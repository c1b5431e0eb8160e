package org.recovery.persistence.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.progress.Gate;
import org.recovery.persistence.json.Fields;
import org.recovery.persistence.json.Paths;

/**
 * The JSON form of each kind of {@link Gate}: {@code {"rule": "<Gate.id()>", <the record's
 * components by name>, "source": "..."}}. One entry per record of the sealed interface.
 */
final class GateForms {
  private static final Map<String, Form> FORMS = new LinkedHashMap<>();

  /** How one rule reads: its threshold fields (besides rule and source), and its constructor. */
  private record Form(List<Field> fields, Function<Fields, Gate> reader) {}

  /** A threshold field, and the words core's messages use for it. */
  private record Field(String name, String words) {}

  static {
    form(
        "both-partners-screened-for-safety",
        g -> new Gate.BothPartnersScreenedForSafety(g.text("source")));
    form("both-partners-decided-to-try", g -> new Gate.BothPartnersDecidedToTry(g.text("source")));
    form(
        "minimum-days-in-stage",
        g -> new Gate.MinimumDaysInStage(g.integer("days"), g.text("source")),
        field("days", "minimum days in stage"));
    form(
        "responsibility-taken-for-every-betrayal",
        g -> new Gate.ResponsibilityTakenForEveryBetrayal(g.text("source")));
    form(
        "hurt-partners-feel-heard",
        g ->
            new Gate.HurtPartnersFeelHeard(g.choice("atLeast", HeardLevel.class), g.text("source")),
        field("atLeast", "atLeast"));
    form("no-contact-commitment-active", g -> new Gate.NoContactCommitmentActive(g.text("source")));
    form(
        "transparency-commitment-active",
        g -> new Gate.TransparencyCommitmentActive(g.text("source")));
    form(
        "commitment-reliability-at-least",
        g -> new Gate.CommitmentReliabilityAtLeast(g.number("score"), g.text("source")),
        field("score", "reliability score"));
    form(
        "no-severe-setback-for",
        g -> new Gate.NoSevereSetbackFor(g.integer("days"), g.text("source")),
        field("days", "days without a severe setback"));
    form(
        "hurt-partners-rating-holds-up",
        g ->
            new Gate.HurtPartnersRatingHoldsUp(
                g.choice("rating", RatingKind.class),
                g.number("level"),
                g.integer("windowDays"),
                g.number("minimumSlopePerWeek"),
                g.text("source")),
        field("rating", "rating"),
        field("level", "rating level"),
        field("windowDays", "rating window days"),
        field("minimumSlopePerWeek", "minimum slope per week"));
    form(
        "vulnerability-shared-by-both",
        g ->
            new Gate.VulnerabilitySharedByBoth(
                g.number("share"), g.integer("windowDays"), g.text("source")),
        field("share", "vulnerability share"),
        field("windowDays", "vulnerability window days"));
    form(
        "outbursts-few-and-not-rising",
        g ->
            new Gate.OutburstsFewAndNotRising(
                g.number("perWeek"), g.integer("windowDays"), g.text("source")),
        field("perWeek", "outbursts per week"),
        field("windowDays", "outburst window days"));
    form(
        "rituals-in-place",
        g -> new Gate.RitualsInPlace(g.integer("count"), g.text("source")),
        field("count", "rituals"));
  }

  private GateForms() {}

  private static void form(String rule, Function<Fields, Gate> reader, Field... fields) {
    FORMS.put(rule, new Form(List.of(fields), reader));
  }

  private static Field field(String name, String words) {
    return new Field(name, words);
  }

  /** The rule names a document may use, in a stable order. */
  static List<String> rules() {
    return Collections.unmodifiableList(new ArrayList<>(FORMS.keySet()));
  }

  /** Reads one gate; the object's {@code rule} says which kind. */
  static Gate read(Fields g) {
    String rule = g.text("rule");
    Form form = FORMS.get(rule);
    if (form == null && rule.equals("effective-consent-at-least")) {
      throw new ModelFormatException(
          g.at("rule"),
          "consent is never a gate: a lower consent"
              + " level narrows what is suggested and never holds a couple back, so the rule"
              + " \"effective-consent-at-least\" was removed; delete this gate (the stage's"
              + " practices already follow both partners' consent)");
    }
    if (form == null) {
      throw new ModelFormatException(
          g.at("rule"),
          "unknown rule "
              + Paths.quote(rule)
              + " (known: "
              + String.join(", ", FORMS.keySet())
              + ")");
    }
    List<String> allowed = new ArrayList<>();
    allowed.add("rule");
    for (Field f : form.fields()) {
      allowed.add(f.name());
      g.says(f.name(), f.words());
    }
    allowed.add("source");
    g.only(allowed.toArray(String[]::new));
    return g.build(() -> form.reader().apply(g));
  }

  /**
   * Writes one gate into {@code o}.
   *
   * @throws IllegalStateException if core has a kind of gate this class does not know yet
   */
  static void write(Gate gate, ObjectNode o) {
    if (!FORMS.containsKey(gate.id())) {
      throw new IllegalStateException("no JSON form for the gate rule " + gate.id());
    }
    o.put("rule", gate.id());
    if (gate instanceof Gate.MinimumDaysInStage g) {
      o.put("days", g.days());
    } else if (gate instanceof Gate.HurtPartnersFeelHeard g) {
      o.put("atLeast", g.atLeast().name());
    } else if (gate instanceof Gate.CommitmentReliabilityAtLeast g) {
      o.put("score", g.score());
    } else if (gate instanceof Gate.NoSevereSetbackFor g) {
      o.put("days", g.days());
    } else if (gate instanceof Gate.HurtPartnersRatingHoldsUp g) {
      o.put("rating", g.rating().name())
          .put("level", g.level())
          .put("windowDays", g.windowDays())
          .put("minimumSlopePerWeek", g.minimumSlopePerWeek());
    } else if (gate instanceof Gate.VulnerabilitySharedByBoth g) {
      o.put("share", g.share()).put("windowDays", g.windowDays());
    } else if (gate instanceof Gate.OutburstsFewAndNotRising g) {
      o.put("perWeek", g.perWeek()).put("windowDays", g.windowDays());
    } else if (gate instanceof Gate.RitualsInPlace g) {
      o.put("count", g.count());
    }
    o.put("source", gate.source());
  }
}
