package org.recovery.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code recovery}: the root command, holding the options every subcommand takes. A thin app: each
 * subcommand parses, calls core through a {@link Session}, and renders. The subcommands are added
 * by {@link Cli} from {@link Subcommands}.
 */
@Command(
    name = "recovery",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    usageHelpWidth = 80,
    description = {
      "Keep a couple's recovery journey after a betrayal: commitments, daily check-ins,"
          + " setbacks, boundaries, consent and safety, and a progress report that explains"
          + " with reasons how far you have come.",
      "Each partner acts with --as NAME and their own passphrase (asked on the terminal, or"
          + " RECOVERY_PASSPHRASE for scripts). Try `recovery demo` first."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  refused by a rule (the rule's sentence is printed), or a wrong passphrase",
      "  2  bad usage: the problem is printed, and where the command's help is",
      "  3  storage problem: the database, a key, the credentials or a file could not",
      "     be read or written",
      "",
      "Data lives in $XDG_DATA_HOME/recovery/ (or ~/.local/share/recovery/) unless --db says"
          + " otherwise. See docs/cli.md."
    })
final class RecoveryCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      order = 100,
      description = "The database file (default: recovery.db in the data directory).")
  private Path database;

  @Option(
      names = "--as",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      order = 101,
      description = "The partner who acts or reads.")
  private String acting;

  @Option(
      names = "--journey",
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      order = 102,
      description = "The journey, when the database holds several (its id or first digits).")
  private String journey;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      order = 103,
      description = "Show the details of a failure, stack trace included.")
  private boolean verbose;

  RecoveryCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw CliFailure.usage("Say what to do: a command is missing.");
  }

  CliContext context() {
    return context;
  }

  /** The files of the database {@code --db} names, or of the default one. */
  DataFiles files() {
    return DataFiles.of(
        database != null
            ? context.resolve(database)
            : DataFiles.directory(context).resolve(DataFiles.DEFAULT_NAME));
  }

  /** Whether {@code --db} was given. */
  boolean databaseGiven() {
    return database != null;
  }

  /** The value of {@code --db} as it was typed, if it was given. */
  Optional<String> databaseText() {
    return Optional.ofNullable(database).map(Path::toString);
  }

  /** The hints to print, repeating the {@code --db} and {@code --journey} in use. */
  Hints hints() {
    return Hints.of(this);
  }

  /** The value of {@code --as}, or null. */
  String actingName() {
    return acting;
  }

  Optional<String> journeyOption() {
    return Optional.ofNullable(journey);
  }

  boolean verbose() {
    return verbose;
  }

  /** Opens a session for the partner named by {@code --as}. */
  Session session() {
    return Session.open(this);
  }
}
