package org.recovery.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The {@code recovery} subcommands, and which of them a command line needs. Building picocli's
 * model of a command reads every option of every class by reflection; the whole tree costs a
 * noticeable part of a start, so a run builds only the subcommand it names, and the whole tree only
 * when it cannot be sure which one that is (help, a misspelt name, an option it does not know
 * before the name). What is parsed and printed is the same either way.
 */
final class Subcommands {
  /** In the order {@code recovery --help} lists them. */
  static final List<Class<?>> ALL =
      List.of(
          StartCommand.class,
          JourneyCommands.class,
          BetrayalCommands.class,
          CommitmentCommands.class,
          CheckInCommand.class,
          QuestionnaireCommands.class,
          SetbackCommands.class,
          BoundaryCommands.class,
          ConsentCommand.class,
          SafetyScreeningCommand.class,
          TherapyCommand.class,
          JournalCommand.class,
          CrisisCommand.class,
          ForgivenessCommand.class,
          DayCountersCommand.class,
          AdvanceCommand.class,
          StatusCommand.class,
          ReportCommand.class,
          TimelineCommand.class,
          ExportCommand.class,
          ImportCommand.class,
          PassphraseCommand.class,
          RecoverCommand.class,
          ForgetPrivateEntriesCommand.class,
          DemoCommand.class,
          CompletionCommand.class);

  /** The root's options that take a value as the next argument. */
  private static final Set<String> WITH_VALUE = Set.of("--db", "--as", "--journey");

  /** The root's options that take no value. */
  private static final Set<String> FLAGS = Set.of("-v", "--verbose");

  private static final Map<String, Class<?>> BY_NAME = byName();

  private Subcommands() {}

  /**
   * The subcommands to build for {@code args}: the one it names, when everything before that name
   * is one of the root's own options; otherwise all of them.
   */
  static List<Class<?>> neededFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (WITH_VALUE.contains(arg)) {
        i++;
      } else if (!FLAGS.contains(arg) && !withValueInline(arg)) {
        Class<?> named = BY_NAME.get(arg);
        return named == null ? ALL : List.of(named);
      }
    }
    return ALL;
  }

  private static boolean withValueInline(String arg) {
    int equals = arg.indexOf('=');
    return equals > 0 && WITH_VALUE.contains(arg.substring(0, equals));
  }

  private static Map<String, Class<?>> byName() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> sub : ALL) {
      Command command = sub.getAnnotation(Command.class);
      byName.put(command.name(), sub);
      for (String alias : command.aliases()) {
        byName.put(alias, sub);
      }
    }
    return Map.copyOf(byName);
  }
}
