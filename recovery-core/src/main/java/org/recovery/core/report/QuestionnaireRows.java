package org.recovery.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Score;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.progress.InstrumentFigures.Completion;
import org.recovery.core.progress.ScheduledQuestionnaire;

/**
 * The questionnaire section of the Markdown and HTML reports as plain texts, one row per
 * questionnaire and partner, and one sentence per scheduled questionnaire; each format escapes and
 * lays them out its own way.
 */
final class QuestionnaireRows {
  private QuestionnaireRows() {}

  /**
   * One questionnaire's results for one partner.
   *
   * @param questionnaire its name (and version, when several are in the report)
   * @param partner who answered
   * @param completions how many completions count
   * @param baseline the first total (or subscales) and its day
   * @param latest the latest total (or subscales) and its day
   * @param band where the latest total lies against the cut-offs, or empty
   * @param change the change from baseline and its verdict, or empty
   * @param totals the totals oldest first, or an empty array without a total
   * @param min the lowest total, for charts
   * @param max the highest total, for charts
   */
  record Row(
      String questionnaire,
      String partner,
      int completions,
      String baseline,
      String latest,
      String band,
      String change,
      double[] totals,
      double min,
      double max) {}

  static List<Row> rows(ReportView view) {
    QuestionnaireText text = QuestionnaireText.of(true);
    List<InstrumentFigures> all = view.report().instruments();
    List<Row> rows = new ArrayList<>();
    for (InstrumentFigures f : all) {
      Instrument d =
          QuestionnaireText.definition(view.instruments(), f.instrument(), f.instrumentVersion());
      boolean versions =
          all.stream()
                  .filter(g -> g.instrument().equals(f.instrument()))
                  .mapToInt(InstrumentFigures::instrumentVersion)
                  .distinct()
                  .count()
              > 1;
      double[] totals =
          f.history().stream()
              .map(Completion::score)
              .filter(s -> s.total().isPresent())
              .mapToDouble(s -> s.total().getAsDouble())
              .toArray();
      rows.add(
          new Row(
              f.name() + (versions ? ", version " + f.instrumentVersion() : ""),
              view.name(f.partner()),
              f.completions(),
              scored(view, text, d, f.baseline(), f.baselineAt()),
              scored(view, text, d, f.latest(), f.latestAt()),
              text.band(d, f.latest()).orElse(""),
              f.completions() < 2 ? "" : f.change().map(c -> text.change(d, c)).orElse(""),
              totals,
              d.total().map(t -> t.min()).orElse(0.0),
              d.total().map(t -> t.max()).orElse(1.0)));
    }
    return rows;
  }

  /** One sentence per scheduled questionnaire, for the reader. */
  static List<String> schedule(ReportView view) {
    LocalDate today = view.today();
    List<String> out = new ArrayList<>();
    for (ScheduledQuestionnaire s : view.report().questionnaires()) {
      out.add(
          s.name()
              + ": every "
              + ReportView.count(s.everyDays(), "day")
              + s.lastCompleted().map(d -> "; last completed " + d).orElse("; not completed yet")
              + "; "
              + QuestionnaireText.due(s.nextDue(), today)
              + ".");
    }
    return out;
  }

  private static String scored(
      ReportView view, QuestionnaireText text, Instrument d, Score score, Instant at) {
    String value =
        score.total().isPresent()
            ? QuestionnaireText.number(score.total().getAsDouble())
            : text.subscaleScores(d, score);
    return value + " (" + LocalDate.ofInstant(at, view.zone()) + ")";
  }
}
