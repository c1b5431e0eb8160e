package org.recovery.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.persistence.InWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.TypeConversionException;

/**
 * Builds the {@code recovery} command line and runs it: converters for the domain's values, and one
 * place that turns every failure into an exit code and a message without a stack trace (unless
 * {@code --verbose}).
 */
final class Cli {
  private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

  private Cli() {}

  /** Runs {@code args} in {@code context}. @return the exit code, 0 to 3 */
  static int run(CliContext context, String... args) {
    CommandLine commandLine = commandLine(context, Subcommands.neededFor(args));
    try {
      return commandLine.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** The whole configured command line, every subcommand in it: for the completion script. */
  static CommandLine commandLine(CliContext context) {
    return commandLine(context, Subcommands.ALL);
  }

  /** The configured command line with the given subcommands only (see {@link Subcommands}). */
  static CommandLine commandLine(CliContext context, List<Class<?>> subcommands) {
    RecoveryCommand root = new RecoveryCommand(context);
    CommandLine commandLine = new CommandLine(root);
    // Before anything is configured: each setting below reaches the subcommands there are now.
    subcommands.forEach(commandLine::addSubcommand);
    registerConverters(commandLine);
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setColorScheme(
        Help.defaultColorScheme(context.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
    commandLine.setAbbreviatedOptionsAllowed(false);
    // A note that starts with @ is a note, not a file whose lines become arguments.
    commandLine.setExpandAtFiles(false);
    commandLine.setExecutionExceptionHandler(
        (failure, failed, parseResult) -> handle(failure, failed, root));
    commandLine.setParameterExceptionHandler(
        (failure, args) -> {
          CommandLine failed = failure.getCommandLine();
          PrintWriter err = failed.getErr();
          err.println(Style.of(root.context()).problem(failure.getMessage()));
          CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
          err.println(seeHelp(failed));
          return CliFailure.USAGE;
        });
    return commandLine;
  }

  /** The line after a usage problem, naming the command's help: {@code See `recovery X --help`.} */
  static String seeHelp(CommandLine command) {
    return "See `" + command.getCommandSpec().qualifiedName() + " --help`.";
  }

  private static int handle(Exception failure, CommandLine failed, RecoveryCommand root) {
    PrintWriter err = failed.getErr();
    int code;
    if (failure instanceof CliFailure known) {
      code = known.exitCode();
      if (known.getCause() != null) {
        LOG.debug("{} failed", failed.getCommandName(), known.getCause());
      }
      err.println(Style.of(root.context()).problem(known.getMessage()));
      if (code == CliFailure.USAGE) {
        err.println(seeHelp(failed));
      }
    } else {
      code = CliFailure.STORAGE;
      LOG.debug("unexpected failure in {}", failed.getCommandName(), failure);
      err.println(
          Style.of(root.context())
              .problem(
                  "Something went wrong inside recovery"
                      + (failure instanceof java.io.IOException
                              || failure instanceof java.sql.SQLException
                          ? ": " + InWords.describe(failure)
                          : "")
                      + ". Run it again with --verbose for the details."));
    }
    if (root.verbose()) {
      failure.printStackTrace(err);
    }
    return code;
  }

  private static void registerConverters(CommandLine commandLine) {
    enumConverter(commandLine, BetrayalKind.class);
    enumConverter(commandLine, HeardLevel.class);
    enumConverter(commandLine, JourneyOutcome.class);
    enumConverter(commandLine, TherapyKind.class);
    enumConverter(commandLine, ForgivenessStep.class);
    enumConverter(commandLine, CommitmentCategory.class);
    enumConverter(commandLine, Cost.class);
    enumConverter(commandLine, Verification.class);
    enumConverter(commandLine, SetbackKind.class);
    enumConverter(commandLine, Severity.class);
    enumConverter(commandLine, RepairStep.class);
    enumConverter(commandLine, BoundaryArea.class);
    enumConverter(commandLine, ConsentLevel.class);
    enumConverter(commandLine, ReportCommand.Format.class);
    commandLine.registerConverter(
        Cadence.class,
        text -> {
          try {
            return Cadence.parse(text);
          } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
          }
        });
    commandLine.registerConverter(
        ZoneId.class,
        text -> {
          try {
            return ZoneId.of(text);
          } catch (DateTimeException e) {
            throw new TypeConversionException(
                "'"
                    + text
                    + "' is not a time zone; use a name such"
                    + " as Europe/Berlin or America/Chicago");
          }
        });
  }

  private static <E extends Enum<E>> void enumConverter(CommandLine commandLine, Class<E> type) {
    commandLine.registerConverter(
        type,
        text -> {
          try {
            return Words.parse(type, text);
          } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
          }
        });
  }
}
