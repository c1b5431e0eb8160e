package org.recovery.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.recovery.core.progress.CrisisResource;
import org.recovery.core.progress.GateResult;
import org.recovery.core.progress.Indicators.CommitmentFigures;
import org.recovery.core.progress.Indicators.PartnerRates;
import org.recovery.core.progress.Indicators.RatingFigures;
import org.recovery.core.progress.Practice;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.ProgressReport.Milestone;
import org.recovery.core.progress.ProgressReport.StageSummary;
import org.recovery.core.report.ReportView;
import org.recovery.core.report.Sparkline;

/**
 * The progress report as {@code recovery status} prints it: at most 80 columns, sparklines of the
 * last weeks, colour only when the {@link Style} allows it.
 */
final class StatusRenderer {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int CHART_DAYS = 56;

  private final ReportView view;
  private final ProgressReport report;
  private final Style style;
  private final boolean unicode;
  private final String dot;
  private final String dash;
  private final UnaryOperator<String> hint;
  private final List<String> lines = new ArrayList<>();

  private StatusRenderer(
      ReportView view, Style style, boolean unicode, UnaryOperator<String> hint) {
    this.hint = hint;
    this.view = view;
    this.report = view.report();
    this.style = style;
    this.unicode = unicode;
    this.dot = unicode ? " · " : " | ";
    this.dash = unicode ? " — " : " - ";
  }

  /**
   * The lines of the status screen; {@code due} is what the core's agenda says is waiting for the
   * viewer today (one sentence each, shown under "Waiting for you today" when there is any); {@code
   * hint} turns the words of a command ({@code advance}) into the command line to suggest, with the
   * options in use.
   */
  static List<String> render(
      ReportView view, List<String> due, Style style, boolean unicode, UnaryOperator<String> hint) {
    StatusRenderer renderer = new StatusRenderer(view, style, unicode, hint);
    renderer.header();
    view.report()
        .crisisPrompt()
        .ifPresent(
            prompt -> {
              renderer.lines.add("");
              renderer.lines.addAll(Text.wrap(prompt, 0, Text.WIDTH));
              renderer.resources("If you need help now", view.report().crisisResources());
            });
    if (!due.isEmpty()) {
      renderer.heading("Waiting for you today");
      due.forEach(d -> renderer.lines.addAll(Text.wrap(d, 2, Text.WIDTH)));
    }
    renderer.stage();
    renderer.commitments();
    renderer.ratings();
    renderer.partners();
    renderer.questionnaires();
    renderer.milestones();
    renderer.forgiveness();
    renderer.suggestions();
    if (view.report().crisisPrompt().isEmpty()) {
      renderer.resources("If you need help now", view.report().crisisResources());
    }
    renderer.resources("Support for your safety", view.report().safetyResources());
    return List.copyOf(renderer.lines);
  }

  private void header() {
    Text.wrap(
            view.name(report.viewer())
                + " and "
                + view.otherName()
                + dot
                + "report for "
                + view.name(report.viewer())
                + dot
                + WHEN.format(report.asOf().atZone(view.zone()))
                + " "
                + view.zone(),
            0,
            Text.WIDTH)
        .forEach(line -> lines.add(style.bold(line)));
  }

  private void stage() {
    StageSummary s = report.stage();
    heading(
        "Stage "
            + view.stageNumber()
            + " of "
            + view.stageCount()
            + dot
            + s.name()
            + dot
            + ReportView.duration(s));
    lines.addAll(Text.wrap(s.purpose(), 2, Text.WIDTH));
    s.movedBack().ifPresent(back -> lines.addAll(Text.wrap(back.sentence(), 2, Text.WIDTH)));
    if (s.next().isEmpty()) {
      lines.add("  This is the last stage.");
      return;
    }
    long met = report.gates().stream().filter(GateResult::met).count();
    heading(
        "To move on to "
            + s.nextName().orElse(s.next().get().value())
            + dot
            + met
            + " of "
            + report.gates().size()
            + " gates met");
    for (GateResult g : report.gates()) {
      String mark = g.met() ? style.good(unicode ? "✓" : "+") : style.warn(unicode ? "✗" : "-");
      if (g.measured().isEmpty()) {
        List<String> words = Text.wrap(g.sentence(), 4, Text.WIDTH);
        lines.add("  " + mark + " " + words.get(0).substring(4));
        lines.addAll(words.subList(1, words.size()));
        continue;
      }
      List<String> verdict =
          Text.wrap(g.measured() + dot + "required: " + g.required(), 4, Text.WIDTH);
      lines.add("  " + mark + " " + verdict.get(0).substring(4));
      lines.addAll(verdict.subList(1, verdict.size()));
      lines.addAll(Text.wrap(g.sentence(), 4, Text.WIDTH));
    }
    if (s.heldForYourSafety()) {
      lines.addAll(
          Text.wrap(
              "The journey is on hold because your safety screening shows a"
                  + " concern. Only you can see why; your partner sees only that it is on hold.",
              2,
              Text.WIDTH));
    } else if (s.hold().isPresent()) {
      lines.addAll(Text.wrap(s.hold().get(), 2, Text.WIDTH));
    } else if (s.gatesMet() && s.viewerMayAgree()) {
      Text.wrap(
              "Every gate is met. Moving on is your choice: `" + hint.apply("advance") + "`.",
              2,
              Text.WIDTH)
          .forEach(line -> lines.add(style.good(line)));
    } else if (s.gatesMet() && !s.waitingFor().isEmpty()) {
      lines.addAll(
          Text.wrap(
              "Every gate is met; waiting for "
                  + String.join(" and ", s.waitingFor())
                  + " to agree.",
              2,
              Text.WIDTH));
    }
  }

  private void commitments() {
    List<CommitmentFigures> all = report.indicators().commitments();
    if (all.isEmpty()) {
      return;
    }
    heading(
        Text.column("Commitments", 33, unicode)
            + Text.column("last 8 weeks", 21, unicode)
            + "score  kept/missed");
    LocalDate from = report.asOf().atZone(view.zone()).toLocalDate().minusDays(CHART_DAYS);
    for (CommitmentFigures c : all) {
      double[] history =
          c.history().stream()
              .filter(p -> p.day().isAfter(from))
              .mapToDouble(p -> p.score())
              .toArray();
      lines.addAll(Text.wrap(c.title(), 2, Text.WIDTH));
      lines.add(
          "      "
              + Text.column(view.name(c.owner()) + dot + c.cadence(), 26, unicode)
              + " "
              + Text.column(Sparkline.of(history, 0, 1, 20, unicode), 20, unicode)
              + " "
              + String.format(
                  Locale.ROOT, "%5.2f  %d/%d", c.score(), c.kept().kept(), c.kept().missed()));
    }
    StringBuilder summary = new StringBuilder("  ");
    report
        .indicators()
        .overallReliability()
        .ifPresent(
            r -> summary.append(String.format(Locale.ROOT, "Overall reliability %.2f", r) + dot));
    summary
        .append("streak ")
        .append(Words.count(report.indicators().streak().current(), "day"))
        .append(", longest ")
        .append(report.indicators().streak().longest());
    report
        .indicators()
        .daysSinceLastSevereSetback()
        .ifPresent(
            d ->
                summary
                    .append(dot)
                    .append(Words.count(d, "day"))
                    .append(" since a severe setback"));
    lines.addAll(Text.wrap(summary.toString(), 2, Text.WIDTH));
  }

  private void ratings() {
    List<RatingFigures> all = report.indicators().ratings();
    if (all.stream().allMatch(r -> r.recent().isEmpty())) {
      return;
    }
    heading(Text.column("Ratings, last 8 weeks", 58, unicode) + "level  trend/week");
    String previous = "";
    for (RatingFigures r : all) {
      String name = view.name(r.partner());
      double[] values = r.recent().stream().mapToDouble(v -> v.value()).toArray();
      lines.add(
          "  "
              + Text.column(name.equals(previous) ? "" : name, 10, unicode)
              + Text.column(Words.words(r.kind()), 17, unicode)
              + Text.column(Sparkline.of(values, 0, 10, 28, unicode), 28, unicode)
              + " "
              + number(r.trend().level(), "%5.1f")
              + "  "
              + number(r.trend().slopePerWeek(), "%+6.2f"));
      previous = name;
    }
  }

  private void partners() {
    List<PartnerRates> all = report.indicators().partners();
    if (all.isEmpty()) {
      return;
    }
    heading("Each partner, last 4 weeks");
    for (PartnerRates p : all) {
      StringBuilder text =
          new StringBuilder(view.name(p.partner()))
              .append(": ")
              .append(
                  String.format(
                      Locale.ROOT,
                      "%.1f reactive outbursts a week (%.1f before)",
                      p.outbursts().recentPerWeek(),
                      p.outbursts().previousPerWeek()));
      p.vulnerable()
          .value()
          .ifPresent(
              v ->
                  text.append(dot)
                      .append(
                          String.format(
                              Locale.ROOT,
                              "something vulnerable shared in %.0f%% of check-ins",
                              v * 100)));
      p.triggersPerWeek()
          .ifPresent(
              t -> text.append(dot).append(String.format(Locale.ROOT, "%.1f triggers a week", t)));
      lines.addAll(Text.wrap(text.toString(), 2, Text.WIDTH));
    }
  }

  private void questionnaires() {
    List<String> section = QuestionnaireStatus.lines(view, unicode, hint);
    if (section.isEmpty()) {
      return;
    }
    heading(QuestionnaireStatus.heading(view, unicode));
    lines.addAll(section);
  }

  private void milestones() {
    if (report.milestones().isEmpty()) {
      return;
    }
    heading("Milestones");
    for (Milestone m : report.milestones()) {
      List<String> title = Text.wrap(m.title(), 14, Text.WIDTH);
      lines.add("  " + m.reachedOn() + "  " + title.get(0).substring(14));
      lines.addAll(title.subList(1, title.size()));
    }
  }

  private void forgiveness() {
    List<String> steps = view.forgiveness();
    if (steps.isEmpty()) {
      return;
    }
    heading("Forgiveness, a process of your own and never a gate");
    steps.forEach(step -> lines.addAll(Text.wrap(step, 2, Text.WIDTH)));
  }

  private void suggestions() {
    if (report.suggestions().isEmpty()) {
      return;
    }
    heading("Suggested now");
    for (Practice p : report.suggestions()) {
      List<String> title = Text.wrap(p.title(), 4, Text.WIDTH);
      lines.add("  " + (unicode ? "• " : "* ") + title.get(0).substring(4));
      lines.addAll(title.subList(1, title.size()));
      lines.addAll(Text.wrap(p.description(), 4, Text.WIDTH));
    }
  }

  private void resources(String title, List<CrisisResource> resources) {
    if (resources.isEmpty()) {
      return;
    }
    heading(title);
    for (CrisisResource r : resources) {
      lines.addAll(Text.wrap(r.name() + dash + r.contact(), 2, Text.WIDTH));
      lines.addAll(Text.wrap(r.description(), 4, Text.WIDTH));
    }
  }

  private void heading(String text) {
    lines.add("");
    Text.keepOrWrap(text, 0, Text.WIDTH).forEach(line -> lines.add(style.bold(line)));
  }

  private String number(OptionalDouble value, String format) {
    String text =
        value.isPresent()
            ? String.format(Locale.ROOT, format, value.getAsDouble())
            : unicode ? "–" : "-";
    int width = String.format(Locale.ROOT, format, 0.0).length();
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
