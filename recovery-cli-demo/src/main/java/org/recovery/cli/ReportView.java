package org.recovery.cli;

import java.time.ZoneId;
import org.recovery.core.common.JourneyId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.RecoveryModel;

/**
 * A progress report with what its renderers need around it: whose names, which journey, the
 * couple's zone, and where the stage sits in the model.
 *
 * @param report the report, as core built it for its viewer
 * @param names the partners' names
 * @param journey the journey's id
 * @param zone the couple's time zone
 * @param stageNumber the stage's position in the model, from 1
 * @param stageCount how many stages the model has
 * @param instruments the questionnaire definitions the report's scores were computed with
 */
record ReportView(ProgressReport report, Names names, JourneyId journey, ZoneId zone,
    int stageNumber, int stageCount, InstrumentCatalogue instruments) {

  /** The report of the session's partner now. */
  static ReportView of(Session session) {
    ProgressReport report = session.report();
    RecoveryModel model = session.model();
    return new ReportView(report, session.names(), session.journey(), session.started().zone(),
        model.indexOf(report.stage().id()) + 1, model.stages().size(), session.instruments());
  }

  /**
   * How long the couple has been in their stage, as the viewer asked to see it: a count of days
   * only for a viewer who chose day counters, otherwise the day it began.
   */
  static String duration(org.recovery.core.progress.ProgressReport.StageSummary s) {
    if (s.daysInStage().isPresent()) {
      return Words.count(s.daysInStage().getAsLong(), "day");
    }
    return "since " + s.since();
  }

  /**
   * The forgiveness steps the viewer may see, one "NAME: step" each, the viewer's own first: their
   * own step always, the other partner's only when shared.
   */
  java.util.List<String> forgiveness() {
    return report.forgiveness().entrySet().stream()
        .sorted(java.util.Comparator.comparing(e -> !e.getKey().equals(report.viewer())))
        .map(e -> names.of(e.getKey()) + ": " + Words.words(e.getValue())).toList();
  }
}
