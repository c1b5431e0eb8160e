package org.recovery.persistence.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.recovery.core.progress.Gate;
import org.recovery.core.progress.ModelParameters;
import org.recovery.core.progress.Practice;
import org.recovery.core.progress.QuestionnaireSchedule;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.Stage;
import org.recovery.persistence.json.Documents;

/**
 * Writes a {@link RecoveryModel} as the JSON {@link ModelReader} reads: indented, fields in a fixed
 * order, so a practice can export the standard model as the starting point of its own and compare
 * versions line by line. Reading what this writes gives an equal model.
 *
 * <p>Thread-safe; holds no state.
 */
public final class ModelWriter {
  private ModelWriter() {}

  /**
   * The JSON of {@code model}, ending with a line break.
   *
   * @throws NullPointerException if {@code model} is null
   * @throws IllegalStateException if the model holds a kind of gate this release cannot write
   */
  public static String write(RecoveryModel model) {
    Objects.requireNonNull(model, "model must not be null");
    ObjectNode root = Documents.object();
    root.put("id", model.id());
    root.put("version", model.version());
    root.put("name", model.name());
    root.put("fallbackOnSevereSetback", model.fallbackOnSevereSetback().value());
    parameters(model.parameters(), root.putObject("parameters"));
    ArrayNode stages = root.putArray("stages");
    for (Stage s : model.stages()) {
      stage(s, stages.addObject());
    }
    ArrayNode questionnaires = root.putArray("questionnaires");
    for (QuestionnaireSchedule q : model.questionnaires()) {
      questionnaires
          .addObject()
          .put("instrument", q.instrument())
          .put("everyDays", q.everyDays())
          .put("source", q.source());
    }
    return Documents.print(root);
  }

  private static void parameters(ModelParameters p, ObjectNode o) {
    o.put("reliabilityHalfLifeDays", p.reliabilityHalfLifeDays());
    o.put("highCostWeight", p.highCostWeight());
    o.put("trendLevelDays", p.trendLevelDays());
    o.put("trendSlopeWeeks", p.trendSlopeWeeks());
    o.put("baselineDays", p.baselineDays());
    o.put("crisisWindowDays", p.crisisWindowDays());
    o.put("ratingUpFromBaseline", p.ratingUpFromBaseline());
  }

  private static void stage(Stage s, ObjectNode o) {
    o.put("id", s.id().value());
    o.put("name", s.name());
    o.put("purpose", s.purpose());
    s.requiredConsent().ifPresent(level -> o.put("requiredConsent", level.name()));
    ArrayNode practices = o.putArray("practices");
    for (Practice p : s.practices()) {
      practice(p, practices.addObject());
    }
    ArrayNode gates = o.putArray("gates");
    for (Gate g : s.gates()) {
      GateForms.write(g, gates.addObject());
    }
  }

  private static void practice(Practice p, ObjectNode o) {
    o.put("id", p.id());
    o.put("title", p.title());
    o.put("description", p.description());
    o.put("audience", p.audience().name());
    o.put("requires", p.requires().name());
    o.put("monitoring", p.monitoring());
    o.put("individualSupport", p.individualSupport());
    o.put("source", p.source());
  }
}
