package org.recovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.persistence.instrument.InstrumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery questionnaire …}: validated questionnaires, their scores and schedule. */
@Command(
    name = "questionnaire",
    description = {
      "Take validated questionnaires (such as the"
          + " CSI-4), see their scores over time, and add your practice's own.",
      "Completions are kept to yourself unless --share."
    })
final class QuestionnaireCommands extends Recorder.Group {
  @ParentCommand private RecoveryCommand root;

  @Command(
      name = "list",
      description = {
        "List every questionnaire you can take: shipped and"
            + " your own. With --as, also when each the model schedules is next due for you."
      })
  int list() {
    InstrumentFolder folder = InstrumentFolder.of(root.files());
    CliContext context = root.context();
    List<String> lines;
    if (root.actingName() == null) {
      lines = new QuestionnaireListing(folder, folder.catalogue(), context.unicode()).render();
    } else {
      try (Session session = root.session()) {
        lines =
            new QuestionnaireListing(folder, session.instruments(), context.unicode())
                .withSchedule(session.report().questionnaires(), session.today())
                .render();
      }
    }
    lines.forEach(context.out()::println);
    return 0;
  }

  @Command(
      name = "take",
      description = {
        "Complete a questionnaire. On a terminal without"
            + " answers, each item is asked in turn. For scripts, give the answers: one value per"
            + " item in order (take csi-4 4 3 3 4), or ITEM=VALUE pairs (take csi-4 1=4 2=3 3=3 4=4).",
        "Shipped questionnaires carry no item wording: read the items from your own copy."
      })
  int take(
      @Parameters(
              index = "0",
              paramLabel = "ID",
              description =
                  "The questionnaire, e.g. csi-4" + " (see `recovery questionnaire list`).")
          String id,
      @Parameters(
              index = "1..*",
              arity = "0..*",
              paramLabel = "ANSWER",
              description = "The answers: values in item order, or ITEM=VALUE pairs.")
          List<String> given,
      @Option(
              names = "--private",
              description = "Keep this completion to yourself (the" + " default).")
          boolean keepPrivate,
      @Option(names = "--share", description = "Let your partner see this completion.")
          boolean share) {
    Visibility visibility = Sharing.of(PrivacyDefault.QUESTIONNAIRE, share, keepPrivate, "--share");
    Instrument instrument = find(InstrumentFolder.of(root.files()).catalogue(), id);
    CliContext context = root.context();
    AnswerInput input = new AnswerInput(instrument, context.unicode());
    Map<String, Integer> answers = given == null || given.isEmpty() ? null : input.parse(given);
    if (answers == null && context.terminal().isEmpty()) {
      throw CliFailure.usage(
          "Give the answers to "
              + instrument.name()
              + ": one value per item"
              + " in order, or ITEM=VALUE pairs. Or run this on a terminal to be asked item by"
              + " item.");
    }
    try (Session session = root.session()) {
      Map<String, Integer> complete =
          answers != null ? answers : input.ask(context.terminal().get(), context.out());
      List<JourneyEvent> events =
          session.execute(
              Input.build(() -> new CompleteInstrument(instrument.id(), complete, visibility)));
      Recorder.print(session, events);
      PrintWriter out = context.out();
      new QuestionnaireHistory(session, instrument.id()).outcome(instrument).forEach(out::println);
      if (visibility == Visibility.PRIVATE) {
        out.println(session.other().name() + " cannot see this completion.");
      }
    }
    return 0;
  }

  @Command(
      name = "history",
      description = {
        "Show the completions of a questionnaire you may"
            + " see — yours, and your partner's shared ones — with the change from each baseline."
      })
  int history(
      @Parameters(paramLabel = "ID", description = "The questionnaire, e.g. csi-4.") String id) {
    try (Session session = root.session()) {
      Instrument instrument = find(session.instruments(), id);
      new QuestionnaireHistory(session, instrument.id())
          .table(instrument)
          .forEach(session.context().out()::println);
    }
    return 0;
  }

  @Command(
      name = "add",
      description = {
        "Add your own questionnaire from a JSON definition"
            + " (format in docs/custom-models.md). It is checked first; a broken file is refused and"
            + " nothing is written.",
        "It is kept in the instruments folder beside the database, readable by you only. A"
            + " changed definition needs a new version."
      })
  int add(@Parameters(paramLabel = "FILE", description = "The definition.") Path given) {
    Path file = root.context().resolve(given);
    Instrument instrument;
    try (InputStream in = Files.newInputStream(file)) {
      instrument = InstrumentReader.read(in);
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(
          file
              + " is not a valid questionnaire definition: "
              + e.getMessage()
              + ". Nothing was written.",
          e);
    } catch (IOException e) {
      throw CliFailure.storage(FileProblems.cannotRead(file, e) + " Nothing was written.", e);
    }
    InstrumentFolder folder = InstrumentFolder.of(root.files());
    boolean added = folder.add(instrument);
    PrintWriter out = root.context().out();
    String what =
        "questionnaire "
            + instrument.id()
            + " version "
            + instrument.version()
            + " ("
            + instrument.name()
            + ", "
            + instrument.items().size()
            + " items)";
    if (added) {
      out.println("Added " + what + " as " + folder.fileOf(instrument) + ".");
      out.println(
          "Take it with `"
              + root.hints().command("questionnaire take " + instrument.id() + " --as NAME")
              + "`.");
    } else {
      out.println("The same " + what + " is already there; nothing changed.");
    }
    return 0;
  }

  /** The latest definition of {@code id}, matched in any case. @throws CliFailure 2 */
  static Instrument find(InstrumentCatalogue catalogue, String id) {
    String wanted =
        catalogue.ids().stream().filter(i -> i.equalsIgnoreCase(id.strip())).findFirst().orElse(id);
    return catalogue
        .find(wanted)
        .orElseThrow(
            () ->
                CliFailure.usage(
                    "There is no"
                        + " questionnaire '"
                        + id
                        + "'. Known are "
                        + String.join(", ", catalogue.ids())
                        + " (`recovery questionnaire list` describes them)."));
  }
}
