package org.recovery.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.SubscaleScore;
import org.recovery.core.instrument.Total;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.progress.InstrumentFigures.Completion;
import org.recovery.core.report.QuestionnaireText;
import org.recovery.core.report.Sparkline;

/**
 * One questionnaire's results as the acting partner may see them — their own completions and the
 * other partner's shared ones, from the progress report: the score just recorded, or the whole
 * history as a table with each partner's change from baseline and a chart of the totals.
 */
final class QuestionnaireHistory {
  private final List<InstrumentFigures> figures;
  private final Names names;
  private final PartnerId viewer;
  private final ZoneId zone;
  private final InstrumentCatalogue catalogue;
  private final String takeHint;
  private final boolean unicode;
  private final QuestionnaireText text;

  QuestionnaireHistory(Session session, String instrument) {
    this.figures =
        session.report().instruments().stream()
            .filter(f -> f.instrument().equals(instrument))
            .toList();
    this.names = session.names();
    this.viewer = session.actor().id();
    this.zone = session.started().zone();
    this.catalogue = session.instruments();
    this.unicode = session.context().unicode();
    this.takeHint = session.hintForMe("questionnaire take " + instrument);
    this.text = QuestionnaireText.of(unicode);
  }

  /** What a completion just recorded scored, and how it compares with the baseline. */
  List<String> outcome(Instrument instrument) {
    Optional<InstrumentFigures> mine =
        figures.stream()
            .filter(
                f -> f.partner().equals(viewer) && f.instrumentVersion() == instrument.version())
            .findFirst();
    if (mine.isEmpty()) {
      return List.of();
    }
    InstrumentFigures f = mine.get();
    List<String> lines = new ArrayList<>();
    StringBuilder total = new StringBuilder();
    if (f.latest().total().isPresent()) {
      total.append("Total ").append(text.totalOf(instrument, f.latest()));
      text.band(instrument, f.latest()).ifPresent(b -> total.append(", ").append(b));
      lines.addAll(Text.wrap(total + ".", 0, Text.WIDTH));
    }
    if (!f.latest().subscales().isEmpty()) {
      lines.addAll(
          Text.wrap(
              "Subscales: " + text.subscaleScores(instrument, f.latest()) + ".", 0, Text.WIDTH));
    }
    if (f.completions() == 1) {
      lines.addAll(
          Text.wrap(
              "This is your first completion: your baseline. Later ones are" + " compared with it.",
              0,
              Text.WIDTH));
    } else {
      lines.addAll(
          Text.wrap(
              "Since your baseline on " + day(f.baselineAt()) + ": " + change(instrument, f) + ".",
              0,
              Text.WIDTH));
    }
    return lines;
  }

  /** The history table, the changes from baseline and a chart of the totals. */
  List<String> table(Instrument instrument) {
    List<String> lines = new ArrayList<>();
    lines.addAll(Text.wrap(instrument.name(), 0, Text.WIDTH));
    lines.add(text.total(instrument));
    if (!instrument.subscales().isEmpty()) {
      lines.addAll(Text.wrap("subscales: " + text.subscales(instrument), 0, Text.WIDTH));
    }
    lines.addAll(Text.wrap(text.cutOffs(instrument), 0, Text.WIDTH));
    lines.add("");
    if (figures.isEmpty()) {
      lines.addAll(
          Text.wrap(
              "No completion of "
                  + QuestionnaireText.shortName(instrument.name())
                  + " that you may see yet. Take it with `"
                  + takeHint
                  + "`.",
              0,
              Text.WIDTH));
      return lines;
    }
    rows(lines);
    lines.add("");
    lines.add("From baseline to latest");
    for (InstrumentFigures f : figures) {
      Instrument definition = definition(f);
      String head =
          who(f)
              + ", "
              + day(f.baselineAt())
              + (unicode ? " → " : " -> ")
              + day(f.latestAt())
              + ": ";
      lines.addAll(
          Text.wrap(
              head
                  + (f.completions() == 1
                      ? "one completion so far, the" + " baseline"
                      : change(definition, f)),
              2,
              Text.WIDTH));
    }
    chart(lines, instrument);
    return lines;
  }

  private void rows(List<String> lines) {
    boolean versions =
        figures.stream().mapToInt(InstrumentFigures::instrumentVersion).distinct().count() > 1;
    lines.add(
        Text.column("Date", 12, unicode)
            + Text.column("Who", 12, unicode)
            + pad("Total", 6)
            + "  Band");
    record Row(Instant at, InstrumentFigures figures, Completion completion) {}
    List<Row> rows = new ArrayList<>();
    for (InstrumentFigures f : figures) {
      f.history().forEach(c -> rows.add(new Row(c.at(), f, c)));
    }
    rows.sort(Comparator.comparing(Row::at));
    String dash = unicode ? "–" : "-";
    for (Row r : rows) {
      Instrument definition = definition(r.figures());
      Score score = r.completion().score();
      String total =
          score.total().isPresent() ? QuestionnaireText.number(score.total().getAsDouble()) : dash;
      String line =
          Text.column(day(r.at()).toString(), 12, unicode)
              + Text.column(names.of(r.figures().partner()), 12, unicode)
              + pad(total, 6)
              + "  "
              + text.bandShort(definition, score).orElse(dash)
              + (versions ? "  version " + r.figures().instrumentVersion() : "")
              + (r.completion().visibility() == Visibility.PRIVATE ? "  (private)" : "");
      lines.addAll(Text.keepOrWrap(line, 12, Text.WIDTH));
      if (!score.subscales().isEmpty()) {
        lines.addAll(Text.wrap(text.subscaleScores(definition, score), 12, Text.WIDTH));
      }
    }
  }

  private void chart(List<String> lines, Instrument instrument) {
    Optional<Total> total = instrument.total();
    if (total.isEmpty()) {
      return;
    }
    lines.add("");
    lines.add("Totals, oldest first (" + text.range(total.get().min(), total.get().max()) + ")");
    for (InstrumentFigures f : figures) {
      double[] values =
          f.history().stream()
              .map(Completion::score)
              .filter(s -> s.total().isPresent())
              .mapToDouble(s -> s.total().getAsDouble())
              .toArray();
      if (values.length > 0) {
        lines.add(
            "  "
                + Text.column(who(f), 16, unicode)
                + " "
                + Sparkline.of(values, total.get().min(), total.get().max(), 40, unicode));
      }
    }
  }

  private String change(Instrument definition, InstrumentFigures f) {
    if (f.change().isPresent()) {
      return text.change(definition, f.change().get());
    }
    List<String> parts = new ArrayList<>();
    for (SubscaleScore s : f.baseline().subscales()) {
      String name = definition.subscale(s.subscale()).map(x -> x.name()).orElse(s.subscale());
      parts.add(
          name
              + " "
              + QuestionnaireText.number(s.value())
              + (unicode ? " → " : " -> ")
              + QuestionnaireText.number(f.latest().subscale(s.subscale()).orElse(s.value())));
    }
    return String.join(", ", parts) + " (no total score, so no verdict)";
  }

  private String who(InstrumentFigures f) {
    boolean versions = figures.stream().filter(g -> g.partner().equals(f.partner())).count() > 1;
    return names.of(f.partner()) + (versions ? " (version " + f.instrumentVersion() + ")" : "");
  }

  private Instrument definition(InstrumentFigures f) {
    return QuestionnaireText.definition(catalogue, f.instrument(), f.instrumentVersion());
  }

  private LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  private static String pad(String value, int width) {
    return " ".repeat(Math.max(0, width - value.length())) + value;
  }
}
