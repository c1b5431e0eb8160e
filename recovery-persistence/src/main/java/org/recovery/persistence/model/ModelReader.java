package org.recovery.persistence.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.recovery.core.common.StageId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.progress.Audience;
import org.recovery.core.progress.Gate;
import org.recovery.core.progress.ModelParameters;
import org.recovery.core.progress.Practice;
import org.recovery.core.progress.QuestionnaireSchedule;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.Stage;
import org.recovery.persistence.json.Documents;
import org.recovery.persistence.json.Fields;
import org.recovery.persistence.json.Paths;

/**
 * Reads a {@link RecoveryModel} from JSON, the form {@link ModelWriter} writes and
 * docs/custom-models.md describes:
 *
 * <pre>{@code
 * { "id": "...", "version": 1, "name": "...", "fallbackOnSevereSetback": "<stage id>",
 *   "parameters": { "reliabilityHalfLifeDays": 13.0, ... },
 *   "stages": [ { "id": "...", "name": "...", "purpose": "...", "requiredConsent": "...",
 *     "practices": [ { "id": "...", "title": "...", ... } ],
 *     "gates": [ { "rule": "minimum-days-in-stage", "days": 42, "source": "..." } ] } ],
 *   "questionnaires": [ { "instrument": "csi-4", "everyDays": 28, "source": "..." } ] }
 * }</pre>
 *
 * <p>Strict: every field is required except a stage's {@code requiredConsent} and the model's
 * {@code questionnaires} (none when absent, as in files written before schedules); a field the
 * format does not have, a value of the wrong kind, an unknown rule or enum value, and every rule of
 * the core records (ranges, a stage listed twice, an unknown fallback stage) are refused with a
 * {@link ModelFormatException} naming the path. Either the whole model is read, or nothing is.
 *
 * <p>Thread-safe; holds no state.
 */
public final class ModelReader {
  private static final BiFunction<String, String, ModelFormatException> ERRORS =
      ModelFormatException::new;

  private ModelReader() {}

  /**
   * Reads a model from a JSON text.
   *
   * @throws ModelFormatException naming the path of the first problem found
   * @throws NullPointerException if {@code json} is null
   */
  public static RecoveryModel read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return model(Documents.parse(json, ERRORS));
  }

  /**
   * Reads a model from a stream of JSON (UTF-8, or UTF-16/32 with its byte order mark). The stream
   * is read to the end of the document and left open.
   *
   * @throws ModelFormatException naming the path of the first problem found
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public static RecoveryModel read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return model(Documents.parse(in, ERRORS));
  }

  private static RecoveryModel model(JsonNode root) {
    Fields m =
        Fields.of(root, Paths.ROOT, ERRORS)
            .only(
                "id",
                "version",
                "name",
                "fallbackOnSevereSetback",
                "parameters",
                "stages",
                "questionnaires");
    String id = m.text("id");
    int version = m.integer("version");
    String name = m.text("name");
    StageId fallback = stageId(m, "fallbackOnSevereSetback");
    ModelParameters parameters = parameters(m.object("parameters"));
    List<Stage> stages = new ArrayList<>();
    List<JsonNode> list = m.list("stages");
    for (int i = 0; i < list.size(); i++) {
      stages.add(stage(m.element("stages", i, list.get(i))));
    }
    List<QuestionnaireSchedule> questionnaires = new ArrayList<>();
    list = m.optionalList("questionnaires");
    for (int i = 0; i < list.size(); i++) {
      questionnaires.add(questionnaire(m.element("questionnaires", i, list.get(i))));
    }
    m.says("id", "model id")
        .says("version", "model version")
        .says("name", "model name")
        .otherwise("stages");
    return m.build(
        () -> new RecoveryModel(id, version, name, stages, fallback, parameters, questionnaires));
  }

  private static QuestionnaireSchedule questionnaire(Fields q) {
    q.only("instrument", "everyDays", "source");
    String instrument = q.text("instrument");
    q.says("instrument", "questionnaire instrument")
        .says("everyDays", "questionnaire " + instrument + " everyDays")
        .says("source", "questionnaire " + instrument + " source");
    return q.build(
        () -> new QuestionnaireSchedule(instrument, q.integer("everyDays"), q.text("source")));
  }

  private static ModelParameters parameters(Fields p) {
    p.only(
            "reliabilityHalfLifeDays",
            "highCostWeight",
            "trendLevelDays",
            "trendSlopeWeeks",
            "baselineDays",
            "crisisWindowDays",
            "ratingUpFromBaseline")
        .says("reliabilityHalfLifeDays", "reliability half-life days")
        .says("highCostWeight", "high-cost weight")
        .says("trendLevelDays", "trend level days")
        .says("trendSlopeWeeks", "trend slope weeks")
        .says("baselineDays", "baseline days")
        .says("crisisWindowDays", "crisis window days")
        .says("ratingUpFromBaseline", "rating up from baseline");
    return p.build(
        () ->
            new ModelParameters(
                p.number("reliabilityHalfLifeDays"),
                p.number("highCostWeight"),
                p.integer("trendLevelDays"),
                p.integer("trendSlopeWeeks"),
                p.integer("baselineDays"),
                p.integer("crisisWindowDays"),
                p.number("ratingUpFromBaseline")));
  }

  private static Stage stage(Fields s) {
    s.only("id", "name", "purpose", "requiredConsent", "practices", "gates");
    StageId id = stageId(s, "id");
    String name = s.text("name");
    String purpose = s.text("purpose");
    var requiredConsent = s.optionalChoice("requiredConsent", ConsentLevel.class);
    List<Practice> practices = new ArrayList<>();
    List<JsonNode> list = s.list("practices");
    for (int i = 0; i < list.size(); i++) {
      practices.add(practice(s.element("practices", i, list.get(i))));
    }
    List<Gate> gates = new ArrayList<>();
    list = s.list("gates");
    for (int i = 0; i < list.size(); i++) {
      gates.add(GateForms.read(s.element("gates", i, list.get(i))));
    }
    s.says("name", "stage " + id + " name").says("purpose", "stage " + id + " purpose");
    return s.build(() -> new Stage(id, name, purpose, practices, gates, requiredConsent));
  }

  private static Practice practice(Fields p) {
    p.only(
        "id",
        "title",
        "description",
        "audience",
        "requires",
        "monitoring",
        "individualSupport",
        "source");
    String id = p.text("id");
    p.says("id", "practice id")
        .says("title", "practice " + id + " title")
        .says("description", "practice " + id + " description")
        .says("source", "practice " + id + " source");
    return p.build(
        () ->
            new Practice(
                id,
                p.text("title"),
                p.text("description"),
                p.choice("audience", Audience.class),
                p.choice("requires", ConsentLevel.class),
                p.bool("monitoring"),
                p.bool("individualSupport"),
                p.text("source")));
  }

  private static StageId stageId(Fields f, String name) {
    String value = f.text(name);
    return f.buildAt(name, () -> new StageId(value));
  }
}
