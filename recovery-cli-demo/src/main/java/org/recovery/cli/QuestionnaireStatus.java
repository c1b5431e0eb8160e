package org.recovery.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.progress.ScheduledQuestionnaire;
import org.recovery.core.report.QuestionnaireText;
import org.recovery.core.report.ReportView;

/**
 * The "Questionnaires" section of {@code recovery status}: per questionnaire and partner the latest
 * total, its band and the change from baseline with its verdict, then when each scheduled
 * questionnaire is due for the reader. Within 80 columns.
 */
final class QuestionnaireStatus {
  private static final int SHORT = 9;
  private static final int NAME = 10;
  private static final int TOTAL = 12;
  private static final int BAND = 16;

  private final ReportView view;
  private final boolean unicode;
  private final QuestionnaireText text;

  private QuestionnaireStatus(ReportView view, boolean unicode) {
    this.view = view;
    this.unicode = unicode;
    this.text = QuestionnaireText.of(unicode);
  }

  /** The heading of the section, with column titles when there are scores. */
  static String heading(ReportView view, boolean unicode) {
    if (view.report().instruments().isEmpty()) {
      return "Questionnaires";
    }
    return Text.column("Questionnaires", 2 + SHORT + NAME, unicode)
        + Text.column("latest", TOTAL, unicode)
        + Text.column("band", BAND, unicode)
        + "since baseline";
  }

  /** The section's lines; empty when there is nothing to show. */
  static List<String> lines(
      ReportView view, boolean unicode, java.util.function.UnaryOperator<String> hint) {
    return new QuestionnaireStatus(view, unicode).render(hint);
  }

  private List<String> render(java.util.function.UnaryOperator<String> hint) {
    List<String> lines = new ArrayList<>();
    List<InstrumentFigures> all = view.report().instruments();
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
      String label =
          QuestionnaireText.shortName(f.name()) + (versions ? " v" + f.instrumentVersion() : "");
      String start =
          "  "
              + Text.column(label, SHORT, unicode)
              + Text.column(view.name(f.partner()), NAME, unicode);
      if (f.latest().total().isEmpty()) {
        List<String> scores =
            Text.wrap(text.subscaleScores(d, f.latest()), start.length(), Text.WIDTH);
        lines.add(start + scores.get(0).substring(start.length()));
        lines.addAll(scores.subList(1, scores.size()));
        continue;
      }
      String row =
          start
              + Text.column(text.totalOf(d, f.latest()), TOTAL, unicode)
              + Text.column(text.bandShort(d, f.latest()).orElse(""), BAND, unicode);
      String change = f.change().map(c -> f.completions() == 1 ? "baseline" : change(c)).orElse("");
      if (row.length() + change.length() <= Text.WIDTH) {
        lines.add(row + change);
      } else {
        lines.add(row.stripTrailing());
        lines.add(" ".repeat(2 + SHORT + NAME) + change);
      }
    }
    LocalDate today = view.report().asOf().atZone(view.zone()).toLocalDate();
    for (ScheduledQuestionnaire s : view.report().questionnaires()) {
      String name = QuestionnaireText.shortName(s.name());
      String when = QuestionnaireText.due(s.nextDue(), today);
      lines.addAll(
          Text.wrap(
              name
                  + " "
                  + when
                  + (s.due()
                      ? (unicode ? " — " : " - ")
                          + hint.apply("questionnaire take " + s.instrument())
                      : ""),
              2,
              Text.WIDTH));
    }
    return lines;
  }

  private static String change(ReliableChange c) {
    String sign = QuestionnaireText.signed(c.change());
    if (c.clinicallySignificant()) {
      return sign + ", clinically significant";
    }
    return sign + " " + Words.words(c.direction()) + ", " + QuestionnaireText.verdictShort(c);
  }
}
