package org.recovery.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.WordingLicence;
import org.recovery.core.progress.ScheduledQuestionnaire;
import org.recovery.core.report.QuestionnaireText;
import org.recovery.persistence.instrument.InstrumentFiles;

/**
 * {@code recovery questionnaire list}: every questionnaire a journey can use, what it measures and
 * how it is scored, where it comes from, and — for a partner — when the scheduled ones are next
 * due. At most 80 columns.
 */
final class QuestionnaireListing {
  private final InstrumentFolder folder;
  private final InstrumentCatalogue catalogue;
  private final Map<String, Path> own = new HashMap<>();
  private final QuestionnaireText text;
  private final String dot;
  private List<ScheduledQuestionnaire> schedule = List.of();
  private LocalDate today;

  QuestionnaireListing(InstrumentFolder folder, InstrumentCatalogue catalogue, boolean unicode) {
    this.folder = folder;
    this.catalogue = catalogue;
    this.text = QuestionnaireText.of(unicode);
    for (InstrumentFiles.Entry s : folder.stored()) {
      own.put(key(s.instrument()), s.file());
    }
    this.dot = unicode ? " · " : " | ";
  }

  /** The same listing, with the acting partner's schedule as of {@code day}. */
  QuestionnaireListing withSchedule(List<ScheduledQuestionnaire> entries, LocalDate day) {
    this.schedule = List.copyOf(entries);
    this.today = day;
    return this;
  }

  List<String> render() {
    List<String> lines = new ArrayList<>();
    List<Instrument> latest = catalogue.latest();
    long own = latest.stream().filter(i -> source(i).isPresent()).count();
    lines.addAll(
        Text.wrap(
            latest.size()
                + " questionnaire"
                + (latest.size() == 1 ? "" : "s")
                + ": "
                + (latest.size() - own)
                + " shipped, "
                + (own == 0
                    ? "none of your own (add one" + " with `recovery questionnaire add FILE`)."
                    : own + " of your own, kept in " + folder.path() + "."),
            0,
            Text.WIDTH));
    for (Instrument i : latest) {
      lines.add("");
      entry(lines, i);
    }
    lines.add("");
    lines.addAll(
        Text.wrap(
            "Take one with `recovery questionnaire take ID --as NAME`; see its"
                + " scores with `recovery questionnaire history ID --as NAME`.",
            0,
            Text.WIDTH));
    return lines;
  }

  private void entry(List<String> lines, Instrument i) {
    Optional<Path> file = source(i);
    lines.addAll(Text.wrap(i.id() + dot + i.name(), 0, Text.WIDTH));
    List<String> versions =
        catalogue.definitions().stream()
            .filter(d -> d.id().equals(i.id()) && d.version() != i.version())
            .map(d -> Integer.toString(d.version()))
            .toList();
    add(
        lines,
        "version "
            + i.version()
            + dot
            + file.map(f -> "your own").orElse("shipped")
            + dot
            + i.items().size()
            + " items, answers "
            + answers(i));
    add(lines, text.total(i));
    if (!i.subscales().isEmpty()) {
      add(lines, "subscales: " + text.subscales(i));
    }
    add(lines, text.cutOffs(i));
    add(lines, wording(i));
    file.ifPresent(
        f ->
            add(
                lines,
                "kept in "
                    + f.getFileName()
                    + (versions.isEmpty()
                        ? ""
                        : "; earlier versions "
                            + String.join(", ", versions)
                            + " still score old completions")));
    schedule.stream()
        .filter(s -> s.instrument().equals(i.id()))
        .findFirst()
        .ifPresent(s -> add(lines, scheduled(s)));
  }

  /** The file a definition came from; empty for a shipped one. */
  private Optional<Path> source(Instrument i) {
    boolean shipped =
        InstrumentCatalogue.standard().find(i.id(), i.version()).filter(i::equals).isPresent();
    return shipped ? Optional.empty() : Optional.ofNullable(own.get(key(i)));
  }

  private static String key(Instrument i) {
    return i.id() + "@" + i.version();
  }

  private String scheduled(ScheduledQuestionnaire s) {
    String line =
        "scheduled every "
            + Words.count(s.everyDays(), "day")
            + s.lastCompleted().map(d -> dot + "you last took it on " + d).orElse("")
            + dot
            + QuestionnaireText.due(s.nextDue(), today);
    return s.due() ? line + " — recovery questionnaire take " + s.instrument() : line;
  }

  private String answers(Instrument i) {
    Set<String> ranges = new LinkedHashSet<>();
    for (Item item : i.items()) {
      ranges.add(text.scale(item));
    }
    return String.join(" or ", ranges);
  }

  private static String wording(Instrument i) {
    boolean all = i.items().stream().allMatch(item -> item.wording().isPresent());
    if (all || i.wordingLicence() == WordingLicence.SHIPPED) {
      return "wording: included";
    }
    return "wording: not included; read the items from your own copy of the questionnaire";
  }

  private static void add(List<String> lines, String line) {
    lines.addAll(Text.wrap(line, 2, Text.WIDTH));
  }
}
