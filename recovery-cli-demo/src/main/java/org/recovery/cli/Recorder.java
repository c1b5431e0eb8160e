package org.recovery.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;

/**
 * Runs one domain command for the partner named by {@code --as} and says what was recorded: the
 * common body of every subcommand that changes a journey.
 */
final class Recorder {
  private Recorder() {}

  /**
   * Opens a session, builds the command from it, runs it and prints each recorded event.
   *
   * @param command builds the core command; a check in its constructor becomes exit 2
   * @return 0; refusals and problems leave as {@link CliFailure}
   */
  static int record(RecoveryCommand root, Function<Session, JourneyCommand> command) {
    try (Session session = root.session()) {
      JourneyCommand built = Input.build(() -> command.apply(session));
      List<JourneyEvent> events = session.execute(built);
      print(session, events);
    }
    return 0;
  }

  /** Prints the events a command recorded, as the acting partner sees them. */
  static void print(Session session, List<JourneyEvent> events) {
    PrintWriter out = session.context().out();
    EventText text = new EventText(session.names(), session.view().state());
    String mark = session.context().unicode() ? "✓ " : "* ";
    Style style = Style.of(session.context());
    for (JourneyEvent event : events) {
      out.println(style.good(mark) + text.describe(event));
    }
  }

  /** A group of subcommands, which does nothing itself: naming no subcommand is bad usage. */
  abstract static class Group implements Callable<Integer> {
    @Override
    public Integer call() {
      throw CliFailure.usage("Say which: a subcommand is missing.");
    }
  }
}
