package org.recovery.persistence.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.Subscale;
import org.recovery.core.instrument.SubscaleScore;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.progress.InstrumentFigures.Completion;
import org.recovery.core.progress.ScheduledQuestionnaire;
import org.recovery.core.report.QuestionnaireText;
import org.recovery.core.report.ReportView;

/**
 * The questionnaire part of the report's stable JSON: the reader's schedule ({@code
 * questionnaires}) and every questionnaire history they may see ({@code instruments}). Field names
 * are fixed here and documented in docs/report-format.md.
 */
final class QuestionnaireJson {
  private QuestionnaireJson() {}

  /** The questionnaires the model schedules, as they stand for the reader. */
  static ArrayNode schedule(ReportView view) {
    ArrayNode out = ReportJson.JSON.arrayNode();
    for (ScheduledQuestionnaire s : view.report().questionnaires()) {
      out.addObject()
          .put("instrument", s.instrument())
          .put("name", s.name())
          .put("everyDays", s.everyDays())
          .put("lastCompleted", s.lastCompleted().map(LocalDate::toString).orElse(null))
          .put("nextDue", s.nextDue().toString())
          .put("due", s.due());
    }
    return out;
  }

  /** Per questionnaire, definition version and partner: every completion and the change. */
  static ArrayNode instruments(ReportView view) {
    ArrayNode out = ReportJson.JSON.arrayNode();
    for (InstrumentFigures f : view.report().instruments()) {
      Instrument d =
          QuestionnaireText.definition(view.instruments(), f.instrument(), f.instrumentVersion());
      ObjectNode node =
          out.addObject()
              .put("instrument", f.instrument())
              .put("version", f.instrumentVersion())
              .put("name", f.name())
              .put("partner", f.partner().toString())
              .put("completions", f.completions());
      if (d.total().isPresent()) {
        node.putObject("total")
            .put("min", d.total().get().min())
            .put("max", d.total().get().max())
            .put("polarity", ReportJson.kebab(d.total().get().polarity()));
      } else {
        node.putNull("total");
      }
      ArrayNode cutOffs = node.putArray("cutOffs");
      for (CutOff c : d.cutOffs()) {
        cutOffs
            .addObject()
            .put("id", c.id())
            .put("threshold", c.threshold())
            .put("flaggedWhen", ReportJson.kebab(c.flaggedWhen()))
            .put("meaning", c.meaning());
      }
      if (d.rci().isPresent()) {
        node.put("reliableChangeIndex", d.rci().get().value());
      } else {
        node.putNull("reliableChangeIndex");
      }
      ArrayNode history = node.putArray("history");
      for (Completion c : f.history()) {
        history.add(
            completion(view, d, c.at(), c.score())
                .put("visibility", ReportJson.kebab(c.visibility())));
      }
      node.set("baseline", completion(view, d, f.baselineAt(), f.baseline()));
      node.set("latest", completion(view, d, f.latestAt(), f.latest()));
      node.set("change", f.change().map(QuestionnaireJson::change).orElse(null));
    }
    return out;
  }

  private static ObjectNode completion(ReportView view, Instrument d, Instant at, Score score) {
    ObjectNode node =
        ReportJson.JSON
            .objectNode()
            .put("at", at.toString())
            .put("day", LocalDate.ofInstant(at, view.zone()).toString());
    if (score.total().isPresent()) {
      node.put("total", score.total().getAsDouble());
    } else {
      node.putNull("total");
    }
    ArrayNode subscales = node.putArray("subscales");
    for (SubscaleScore s : score.subscales()) {
      subscales
          .addObject()
          .put("id", s.subscale())
          .put("name", d.subscale(s.subscale()).map(Subscale::name).orElse(s.subscale()))
          .put("value", s.value());
    }
    ArrayNode flagged = node.putArray("flaggedBy");
    score.classification().forEach(c -> flagged.add(c.id()));
    return node;
  }

  private static ObjectNode change(ReliableChange c) {
    return ReportJson.JSON
        .objectNode()
        .put("baseline", c.baseline())
        .put("latest", c.latest())
        .put("change", c.change())
        .put("direction", ReportJson.kebab(c.direction()))
        .put("verdict", ReportJson.kebab(c.verdict()))
        .put("reliable", c.reliable())
        .put("clinicallySignificant", c.clinicallySignificant());
  }
}
