package org.recovery.persistence.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.recovery.core.common.PartnerId;
import org.recovery.core.indicator.DatedRating;
import org.recovery.core.indicator.ScorePoint;
import org.recovery.core.progress.CrisisResource;
import org.recovery.core.progress.GateResult;
import org.recovery.core.progress.Indicators;
import org.recovery.core.progress.Indicators.CommitmentFigures;
import org.recovery.core.progress.Indicators.PartnerRates;
import org.recovery.core.progress.Indicators.RatingFigures;
import org.recovery.core.progress.Practice;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.ProgressReport.Milestone;
import org.recovery.core.progress.ProgressReport.StageSummary;
import org.recovery.core.report.ReportView;
import org.recovery.persistence.json.Trees;

/**
 * The progress report as stable, versioned JSON: format {@value #FORMAT}, version {@value
 * #VERSION}, what the CLI's {@code report --format json} writes and the web's report endpoint
 * answers. docs/report-format.md documents every field, and {@value #SCHEMA} (a resource beside
 * this class) is its JSON Schema. Field names are fixed here, not taken from the Java records, so
 * renaming a record never changes the format. Enum values are kebab-case ({@code
 * emotional-safety}); absent values are {@code null}. A version only ever adds fields; a change
 * that removes or renames one gets a new version.
 */
public final class ReportJson {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "recovery-progress-report";

  /** The value of the {@code formatVersion} field. */
  public static final int VERSION = 1;

  /** The JSON Schema of this version, a resource beside this class. */
  public static final String SCHEMA = "report-1.schema.json";

  /** Makes the tree's nodes; no object mapper is needed to make or write it. */
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ReportJson() {}

  /** The report of {@code view} as pretty-printed JSON text, ending in a line break. */
  public static String write(ReportView view) {
    return Trees.pretty(tree(view)) + "\n";
  }

  /** The report of {@code view} as a JSON tree, for a server that serialises it itself. */
  public static ObjectNode tree(ReportView view) {
    ProgressReport r = view.report();
    ObjectNode root = JSON.objectNode();
    root.put("format", FORMAT)
        .put("formatVersion", VERSION)
        .put("journey", view.journey().toString());
    root.set("viewer", partner(view, r.viewer()));
    ArrayNode partners = root.putArray("partners");
    partners.add(partner(view, r.viewer()));
    partners.add(partner(view, view.partners().get(1).id()));
    root.put("asOf", r.asOf().toString()).put("zone", view.zone().getId()).put("model", r.model());
    root.set("stage", stage(view, r.stage()));
    ArrayNode gates = root.putArray("gates");
    r.gates().forEach(g -> gates.add(gate(g)));
    root.set("indicators", indicators(view, r.indicators()));
    ArrayNode milestones = root.putArray("milestones");
    for (Milestone m : r.milestones()) {
      milestones
          .addObject()
          .put("id", m.id())
          .put("title", m.title())
          .put("reachedOn", m.reachedOn().toString())
          .put("dayCounter", m.dayCounter());
    }
    ArrayNode suggestions = root.putArray("suggestions");
    for (Practice p : r.suggestions()) {
      suggestions
          .addObject()
          .put("id", p.id())
          .put("title", p.title())
          .put("description", p.description())
          .put("audience", kebab(p.audience()))
          .put("requiresConsent", kebab(p.requires()))
          .put("source", p.source());
    }
    root.set("crisisResources", resources(r.crisisResources()));
    root.put("crisisPrompt", r.crisisPrompt().orElse(null));
    root.set("safetyResources", resources(r.safetyResources()));
    ArrayNode forgiveness = root.putArray("forgiveness");
    r.forgiveness().entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
        .forEach(
            e ->
                forgiveness
                    .addObject()
                    .put("partner", e.getKey().toString())
                    .put("step", kebab(e.getValue())));
    root.set("questionnaires", QuestionnaireJson.schedule(view));
    root.set("instruments", QuestionnaireJson.instruments(view));
    return root;
  }

  private static ObjectNode partner(ReportView view, PartnerId id) {
    return JSON.objectNode().put("id", id.toString()).put("name", view.name(id));
  }

  private static ObjectNode stage(ReportView view, StageSummary s) {
    ObjectNode stage =
        JSON.objectNode()
            .put("id", s.id().value())
            .put("name", s.name())
            .put("number", view.stageNumber())
            .put("of", view.stageCount())
            .put("purpose", s.purpose())
            .put("since", s.since().toString())
            .put("next", s.next().map(n -> n.value()).orElse(null))
            .put("nextName", s.nextName().orElse(null))
            .put("gatesMet", s.gatesMet())
            .put("viewerMayAgree", s.viewerMayAgree())
            .put("heldForYourSafety", s.heldForYourSafety())
            .put("hold", s.hold().orElse(null))
            .put("movedBack", s.movedBack().map(b -> b.sentence()).orElse(null));
    if (s.daysInStage().isPresent()) {
      stage.put("daysInStage", s.daysInStage().getAsLong());
    }
    ArrayNode waiting = stage.putArray("waitingFor");
    s.waitingFor().forEach(waiting::add);
    return stage;
  }

  private static ObjectNode gate(GateResult g) {
    ObjectNode gate =
        JSON.objectNode()
            .put("gate", g.gate())
            .put("met", g.met())
            .put("measured", g.measured())
            .put("required", g.required())
            .put("sentence", g.sentence())
            .put("source", g.source());
    ArrayNode evidence = gate.putArray("evidence");
    g.evidence().forEach(evidence::add);
    return gate;
  }

  private static ObjectNode indicators(ReportView view, Indicators i) {
    ObjectNode out = JSON.objectNode();
    put(out, "overallReliability", i.overallReliability());
    out.putObject("streak")
        .put("current", i.streak().current())
        .put("longest", i.streak().longest())
        .put("longestEndedOn", i.streak().longestEndedOn().map(Object::toString).orElse(null));
    OptionalLong days = i.daysSinceLastSevereSetback();
    if (days.isPresent()) {
      out.put("daysSinceLastSevereSetback", days.getAsLong());
    } else {
      out.putNull("daysSinceLastSevereSetback");
    }
    ArrayNode commitments = out.putArray("commitments");
    for (CommitmentFigures c : i.commitments()) {
      ObjectNode node =
          commitments
              .addObject()
              .put("id", c.id().toString())
              .put("title", c.title())
              .put("owner", c.owner().toString())
              .put("cost", kebab(c.cost()))
              .put("cadence", c.cadence())
              .put("score", c.score())
              .put("kept", c.kept().kept())
              .put("missed", c.kept().missed())
              .put("unreported", c.kept().unreported());
      ArrayNode history = node.putArray("history");
      for (ScorePoint p : c.history()) {
        history.addObject().put("day", p.day().toString()).put("score", p.score());
      }
    }
    ArrayNode ratings = out.putArray("ratings");
    for (RatingFigures f : i.ratings()) {
      ObjectNode node =
          ratings
              .addObject()
              .put("partner", f.partner().toString())
              .put("kind", kebab(f.kind()))
              .put("count", f.trend().count())
              .put("recentCount", f.trend().recentCount());
      put(node, "level", f.trend().level());
      put(node, "slopePerWeek", f.trend().slopePerWeek());
      put(node, "volatility", f.trend().volatility());
      put(node, "baseline", f.trend().baseline());
      put(node, "changeFromBaseline", f.trend().changeFromBaseline());
      ArrayNode recent = node.putArray("recent");
      for (DatedRating d : f.recent()) {
        recent.addObject().put("day", d.day().toString()).put("value", d.value());
      }
    }
    ArrayNode partners = out.putArray("partners");
    for (PartnerRates p : i.partners()) {
      ObjectNode node = partners.addObject().put("partner", p.partner().toString());
      node.putObject("outbursts")
          .put("recentPerWeek", p.outbursts().recentPerWeek())
          .put("previousPerWeek", p.outbursts().previousPerWeek())
          .put("days", p.outbursts().days())
          .put("recentCheckIns", p.outbursts().recentCheckIns())
          .put("previousCheckIns", p.outbursts().previousCheckIns());
      ObjectNode vulnerable =
          node.putObject("vulnerable")
              .put("count", p.vulnerable().count())
              .put("outOf", p.vulnerable().outOf());
      put(vulnerable, "share", p.vulnerable().value());
      put(node, "triggersPerWeek", p.triggersPerWeek());
    }
    return out;
  }

  private static ArrayNode resources(List<CrisisResource> resources) {
    ArrayNode array = JSON.arrayNode();
    for (CrisisResource r : resources) {
      array
          .addObject()
          .put("name", r.name())
          .put("contact", r.contact())
          .put("description", r.description())
          .put("region", r.region());
    }
    return array;
  }

  private static void put(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    } else {
      node.putNull(field);
    }
  }

  /** {@code EMOTIONAL_SAFETY} as {@code emotional-safety}. */
  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
