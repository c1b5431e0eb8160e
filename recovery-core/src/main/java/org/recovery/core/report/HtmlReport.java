package org.recovery.core.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.recovery.core.indicator.DatedRating;
import org.recovery.core.progress.CrisisResource;
import org.recovery.core.progress.GateResult;
import org.recovery.core.progress.Indicators;
import org.recovery.core.progress.Indicators.CommitmentFigures;
import org.recovery.core.progress.Indicators.RatingFigures;
import org.recovery.core.progress.Practice;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.ProgressReport.Milestone;
import org.recovery.core.progress.ProgressReport.StageSummary;
import org.recovery.core.words.Vocabulary;

/**
 * The progress report as one self-contained HTML page (no scripts, no external resources), with a
 * small SVG chart per rating. Every text from the journey is escaped.
 */
public final class HtmlReport {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:56em;"
          + "margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}"
          + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}.met{color:#176f2c}"
          + ".open{color:#8a5a00}svg{vertical-align:middle}";

  private HtmlReport() {}

  /**
   * The report of {@code view} as one document. When the viewer's own recent entries call for help,
   * the core's crisis prompt and crisis resources come first; otherwise the crisis resources close
   * the report (every report of one's own carries them).
   */
  public static String render(ReportView view) {
    ProgressReport r = view.report();
    StringBuilder h =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>Progress report</title><style>"
                + STYLE
                + "</style></head><body>\n");
    h.append("<h1>Progress report — ")
        .append(esc(view.name(r.viewer())))
        .append(" and ")
        .append(esc(view.otherName()))
        .append("</h1>\n<p>Report for <strong>")
        .append(esc(view.name(r.viewer())))
        .append("</strong>, as of ")
        .append(WHEN.format(r.asOf().atZone(view.zone())))
        .append(" (")
        .append(esc(view.zone().getId()))
        .append("). Model ")
        .append(esc(r.model()))
        .append(", journey ")
        .append(view.journey())
        .append(".</p>\n");
    r.crisisPrompt()
        .ifPresent(
            prompt -> {
              h.append("<p role=\"alert\"><strong>").append(esc(prompt)).append("</strong></p>\n");
              resources(h, "If you need help now", r.crisisResources());
            });
    StageSummary s = r.stage();
    h.append("<h2>Stage ")
        .append(view.stageNumber())
        .append(" of ")
        .append(view.stageCount())
        .append(": ")
        .append(esc(s.name()))
        .append(" (")
        .append(esc(ReportView.duration(s)))
        .append(")</h2>\n<p>")
        .append(esc(s.purpose()))
        .append("</p>\n");
    s.hold().ifPresent(hold -> h.append("<p>").append(esc(hold)).append("</p>\n"));
    s.movedBack().ifPresent(back -> h.append("<p>").append(esc(back.sentence())).append("</p>\n"));
    if (s.next().isPresent()) {
      h.append("<h3>Gates to ")
          .append(esc(s.nextName().orElse(s.next().get().value())))
          .append(
              "</h3>\n<table><tr><th>Met</th><th>Gate</th><th>Measured</th>"
                  + "<th>Required</th></tr>\n");
      for (GateResult g : r.gates()) {
        h.append("<tr><td class=\"")
            .append(g.met() ? "met\">yes" : "open\">not yet")
            .append("</td><td>")
            .append(esc(g.sentence()))
            .append("</td><td>")
            .append(esc(g.measured()))
            .append("</td><td>")
            .append(esc(g.required()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    indicators(h, view, r.indicators());
    questionnaires(h, view);
    if (!r.milestones().isEmpty()) {
      h.append("<h2>Milestones</h2>\n<ul>\n");
      for (Milestone m : r.milestones()) {
        h.append("<li>")
            .append(m.reachedOn())
            .append(" — ")
            .append(esc(m.title()))
            .append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (!view.forgiveness().isEmpty()) {
      h.append("<h2>Forgiveness</h2>\n<p>A process of one's own, never a gate.</p>\n<ul>\n");
      view.forgiveness().forEach(step -> h.append("<li>").append(esc(step)).append("</li>\n"));
      h.append("</ul>\n");
    }
    if (!r.suggestions().isEmpty()) {
      h.append("<h2>Suggested practices</h2>\n<ul>\n");
      for (Practice p : r.suggestions()) {
        h.append("<li><strong>")
            .append(esc(p.title()))
            .append("</strong> — ")
            .append(esc(p.description()))
            .append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (r.crisisPrompt().isEmpty()) {
      resources(h, "If you need help now", r.crisisResources());
    }
    resources(h, "Support for your safety", r.safetyResources());
    return h.append("</body></html>\n").toString();
  }

  private static void indicators(StringBuilder h, ReportView view, Indicators i) {
    h.append("<h2>Commitments</h2>\n<p>");
    i.overallReliability()
        .ifPresent(o -> h.append(String.format(Locale.ROOT, "Overall reliability %.2f. ", o)));
    h.append("Streak ")
        .append(ReportView.count(i.streak().current(), "day"))
        .append(" (longest ")
        .append(i.streak().longest())
        .append(").</p>\n");
    if (!i.commitments().isEmpty()) {
      h.append(
          "<table><tr><th>Commitment</th><th>Owner</th><th>Cadence</th><th>Score</th>"
              + "<th>Kept</th><th>Missed</th><th>Unreported</th></tr>\n");
      for (CommitmentFigures c : i.commitments()) {
        h.append("<tr><td>")
            .append(esc(c.title()))
            .append("</td><td>")
            .append(esc(view.name(c.owner())))
            .append("</td><td>")
            .append(esc(c.cadence()))
            .append(String.format(Locale.ROOT, "</td><td>%.2f</td><td>", c.score()))
            .append(c.kept().kept())
            .append("</td><td>")
            .append(c.kept().missed())
            .append("</td><td>")
            .append(c.kept().unreported())
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!i.ratings().isEmpty()) {
      h.append(
          "<h2>Ratings (0–10)</h2>\n<table><tr><th>Partner</th><th>Rating</th>"
              + "<th>Level</th><th>Trend per week</th><th>Last 8 weeks</th></tr>\n");
      for (RatingFigures f : i.ratings()) {
        h.append("<tr><td>")
            .append(esc(view.name(f.partner())))
            .append("</td><td>")
            .append(Vocabulary.words(f.kind()))
            .append("</td><td>")
            .append(num(f.trend().level()))
            .append("</td><td>")
            .append(num(f.trend().slopePerWeek()))
            .append("</td><td>")
            .append(chart(f.recent()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  private static void questionnaires(StringBuilder h, ReportView view) {
    List<QuestionnaireRows.Row> rows = QuestionnaireRows.rows(view);
    List<String> schedule = QuestionnaireRows.schedule(view);
    if (rows.isEmpty() && schedule.isEmpty()) {
      return;
    }
    h.append("<h2>Questionnaires</h2>\n");
    if (!rows.isEmpty()) {
      h.append(
          "<table><tr><th>Questionnaire</th><th>Partner</th><th>Completions</th>"
              + "<th>Baseline</th><th>Latest</th><th>Band</th><th>Change from baseline</th>"
              + "<th>Totals</th></tr>\n");
      for (QuestionnaireRows.Row row : rows) {
        h.append("<tr><td>")
            .append(esc(row.questionnaire()))
            .append("</td><td>")
            .append(esc(row.partner()))
            .append("</td><td>")
            .append(row.completions())
            .append("</td><td>")
            .append(esc(row.baseline()))
            .append("</td><td>")
            .append(esc(row.latest()))
            .append("</td><td>")
            .append(esc(row.band()))
            .append("</td><td>")
            .append(esc(row.change()))
            .append("</td><td>")
            .append(totals(row))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!schedule.isEmpty()) {
      h.append("<ul>\n");
      schedule.forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
      h.append("</ul>\n");
    }
  }

  private static String totals(QuestionnaireRows.Row row) {
    double[] v = row.totals();
    if (v.length < 2) {
      return "";
    }
    StringBuilder points = new StringBuilder();
    double span = row.max() - row.min();
    for (int k = 0; k < v.length; k++) {
      points.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              k * 160.0 / (v.length - 1),
              22 - (v[k] - row.min()) / span * 20.0));
    }
    return "<svg width=\"160\" height=\"24\" role=\"img\" aria-label=\"totals\">"
        + "<polyline fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"1.5\" points=\""
        + points.toString().strip()
        + "\"/></svg>";
  }

  private static String chart(List<DatedRating> recent) {
    if (recent.size() < 2) {
      return "";
    }
    StringBuilder points = new StringBuilder();
    for (int k = 0; k < recent.size(); k++) {
      points.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              k * 160.0 / (recent.size() - 1),
              22 - recent.get(k).value() * 2.0));
    }
    return "<svg width=\"160\" height=\"24\" role=\"img\" aria-label=\"daily ratings\">"
        + "<polyline fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"1.5\" points=\""
        + points.toString().strip()
        + "\"/></svg>";
  }

  private static void resources(StringBuilder h, String title, List<CrisisResource> list) {
    if (list.isEmpty()) {
      return;
    }
    h.append("<h2>").append(title).append("</h2>\n<ul>\n");
    for (CrisisResource c : list) {
      h.append("<li><strong>")
          .append(esc(c.name()))
          .append("</strong> — ")
          .append(esc(c.contact()))
          .append(". ")
          .append(esc(c.description()))
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private static String num(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "–";
  }

  /** Text safe in HTML content and attribute values. */
  private static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
