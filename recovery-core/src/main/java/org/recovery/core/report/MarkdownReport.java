package org.recovery.core.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
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
import org.recovery.core.words.Vocabulary;

/** The progress report as Markdown, to share with a counsellor. */
public final class MarkdownReport {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private MarkdownReport() {}

  /**
   * The report of {@code view} as one document. When the viewer's own recent entries call for help,
   * the core's crisis prompt and crisis resources come first; otherwise the crisis resources close
   * the report (every report of one's own carries them).
   */
  public static String render(ReportView view) {
    ProgressReport r = view.report();
    StringBuilder md = new StringBuilder();
    md.append("# Progress report — ")
        .append(cell(view.name(r.viewer())))
        .append(" and ")
        .append(cell(view.otherName()))
        .append("\n\n");
    md.append("Report for **")
        .append(cell(view.name(r.viewer())))
        .append("**, as of ")
        .append(WHEN.format(r.asOf().atZone(view.zone())))
        .append(" (")
        .append(view.zone())
        .append("). Model `")
        .append(r.model())
        .append("`, journey `")
        .append(view.journey())
        .append("`.\n\n");
    r.crisisPrompt()
        .ifPresent(
            prompt -> {
              md.append("**").append(cell(prompt)).append("**\n\n");
              resources(md, "If you need help now", r.crisisResources());
            });
    StageSummary s = r.stage();
    md.append("## Stage ")
        .append(view.stageNumber())
        .append(" of ")
        .append(view.stageCount())
        .append(": ")
        .append(cell(s.name()))
        .append(" (")
        .append(ReportView.duration(s))
        .append(")\n\n")
        .append(cell(s.purpose()))
        .append("\n\n");
    s.hold().ifPresent(hold -> md.append(cell(hold)).append("\n\n"));
    s.movedBack().ifPresent(back -> md.append(cell(back.sentence())).append("\n\n"));
    if (s.next().isPresent()) {
      md.append("### Gates to ")
          .append(cell(s.nextName().orElse(s.next().get().value())))
          .append("\n\n| Met | Gate | Measured | Required |\n|---|---|---|---|\n");
      for (GateResult g : r.gates()) {
        md.append("| ")
            .append(g.met() ? "yes" : "not yet")
            .append(" | ")
            .append(cell(g.sentence()))
            .append(" | ")
            .append(cell(g.measured()))
            .append(" | ")
            .append(cell(g.required()))
            .append(" |\n");
      }
      md.append('\n');
    }
    indicators(md, view, r.indicators());
    questionnaires(md, view);
    if (!r.milestones().isEmpty()) {
      md.append("## Milestones\n\n");
      for (Milestone m : r.milestones()) {
        md.append("- ").append(m.reachedOn()).append(" — ").append(cell(m.title())).append('\n');
      }
      md.append('\n');
    }
    if (!view.forgiveness().isEmpty()) {
      md.append("## Forgiveness\n\nA process of one's own, never a gate.\n\n");
      view.forgiveness().forEach(step -> md.append("- ").append(cell(step)).append('\n'));
      md.append('\n');
    }
    if (!r.suggestions().isEmpty()) {
      md.append("## Suggested practices\n\n");
      for (Practice p : r.suggestions()) {
        md.append("- **")
            .append(cell(p.title()))
            .append("** — ")
            .append(cell(p.description()))
            .append('\n');
      }
      md.append('\n');
    }
    if (r.crisisPrompt().isEmpty()) {
      resources(md, "If you need help now", r.crisisResources());
    }
    resources(md, "Support for your safety", r.safetyResources());
    return md.toString();
  }

  private static void indicators(StringBuilder md, ReportView view, Indicators i) {
    md.append("## Commitments\n\n");
    i.overallReliability()
        .ifPresent(o -> md.append(String.format(Locale.ROOT, "Overall reliability: %.2f. ", o)));
    md.append("Streak: ")
        .append(ReportView.count(i.streak().current(), "day"))
        .append(" (longest ")
        .append(i.streak().longest())
        .append(").\n\n");
    if (!i.commitments().isEmpty()) {
      md.append("| Commitment | Owner | Cadence | Cost | Score | Kept | Missed | Unreported |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
      for (CommitmentFigures c : i.commitments()) {
        md.append("| ")
            .append(cell(c.title()))
            .append(" | ")
            .append(cell(view.name(c.owner())))
            .append(" | ")
            .append(c.cadence())
            .append(" | ")
            .append(Vocabulary.words(c.cost()))
            .append(String.format(Locale.ROOT, " | %.2f | ", c.score()))
            .append(c.kept().kept())
            .append(" | ")
            .append(c.kept().missed())
            .append(" | ")
            .append(c.kept().unreported())
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!i.ratings().isEmpty()) {
      md.append(
          "## Ratings (0–10)\n\n| Partner | Rating | Level | Trend per week | Change"
              + " from baseline | Last 8 weeks |\n|---|---|---|---|---|---|\n");
      for (RatingFigures f : i.ratings()) {
        md.append("| ")
            .append(cell(view.name(f.partner())))
            .append(" | ")
            .append(Vocabulary.words(f.kind()))
            .append(" | ")
            .append(num(f.trend().level()))
            .append(" | ")
            .append(num(f.trend().slopePerWeek()))
            .append(" | ")
            .append(num(f.trend().changeFromBaseline()))
            .append(" | `")
            .append(
                Sparkline.of(
                    f.recent().stream().mapToDouble(d -> d.value()).toArray(), 0, 10, 28, true))
            .append("` |\n");
      }
      md.append('\n');
    }
    if (!i.partners().isEmpty()) {
      md.append("## Each partner (last 4 weeks)\n\n");
      for (PartnerRates p : i.partners()) {
        md.append("- ")
            .append(cell(view.name(p.partner())))
            .append(
                String.format(
                    Locale.ROOT,
                    ": %.1f reactive outbursts a week (%.1f before)",
                    p.outbursts().recentPerWeek(),
                    p.outbursts().previousPerWeek()));
        p.vulnerable()
            .value()
            .ifPresent(
                v ->
                    md.append(
                        String.format(
                            Locale.ROOT,
                            "; something vulnerable shared in %.0f%% of check-ins",
                            v * 100)));
        p.triggersPerWeek()
            .ifPresent(t -> md.append(String.format(Locale.ROOT, "; %.1f triggers a week", t)));
        md.append('\n');
      }
      md.append('\n');
    }
  }

  private static void questionnaires(StringBuilder md, ReportView view) {
    List<QuestionnaireRows.Row> rows = QuestionnaireRows.rows(view);
    List<String> schedule = QuestionnaireRows.schedule(view);
    if (rows.isEmpty() && schedule.isEmpty()) {
      return;
    }
    md.append("## Questionnaires\n\n");
    if (!rows.isEmpty()) {
      md.append(
          "| Questionnaire | Partner | Completions | Baseline | Latest | Band | Change from"
              + " baseline | Totals |\n|---|---|---|---|---|---|---|---|\n");
      for (QuestionnaireRows.Row row : rows) {
        md.append("| ")
            .append(cell(row.questionnaire()))
            .append(" | ")
            .append(cell(row.partner()))
            .append(" | ")
            .append(row.completions())
            .append(" | ")
            .append(cell(row.baseline()))
            .append(" | ")
            .append(cell(row.latest()))
            .append(" | ")
            .append(cell(row.band()))
            .append(" | ")
            .append(cell(row.change()))
            .append(" | ")
            .append(
                row.totals().length == 0
                    ? ""
                    : "`" + Sparkline.of(row.totals(), row.min(), row.max(), 28, true) + "`")
            .append(" |\n");
      }
      md.append('\n');
    }
    for (String s : schedule) {
      md.append("- ").append(cell(s)).append('\n');
    }
    if (!schedule.isEmpty()) {
      md.append('\n');
    }
  }

  private static void resources(
      StringBuilder md, String title, java.util.List<CrisisResource> resources) {
    if (resources.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    for (CrisisResource c : resources) {
      md.append("- **")
          .append(cell(c.name()))
          .append("** — ")
          .append(cell(c.contact()))
          .append(". ")
          .append(cell(c.description()))
          .append('\n');
    }
    md.append('\n');
  }

  private static String num(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "–";
  }

  /** Text that cannot break a table or start markup: pipes, asterisks and line breaks escaped. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("<", "&lt;")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
