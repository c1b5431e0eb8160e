package org.recovery.cli;

import java.io.PrintWriter;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.LifecycleCommand.EndJourney;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.journey.Partner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery journey …}: the journey as a whole. */
@Command(
    name = "journey",
    description = "Show the journey; decide to try; pause, resume or end it.")
final class JourneyCommands extends Recorder.Group {
  @ParentCommand private RecoveryCommand root;

  @Command(name = "show", description = "Show the journey's partners, zone, stage and state.")
  int show() {
    try (Session session = root.session()) {
      JourneyState state = session.view().state();
      PrintWriter out = session.context().out();
      out.println("Journey " + session.journey() + " in " + session.files().database());
      for (Partner p : Partners.both(session.started())) {
        out.println("  " + p.name() + (p.id().equals(session.actor().id()) ? " (you)" : ""));
      }
      out.println("  time zone " + state.zone() + ", started " + state.startDay());
      out.println(
          "  stage: "
              + session.report().stage().name()
              + (state.isPaused() ? ", paused" : "")
              + state.outcome().map(o -> ", ended: " + Words.words(o)).orElse(""));
    }
    return 0;
  }

  @Command(
      name = "decide-to-try",
      description = "Record your decision to work on the relationship.")
  int decideToTry() {
    return Recorder.record(root, session -> new DecideToTry());
  }

  @Command(
      name = "pause",
      description = "Pause the journey from a day (today or later): every commitment is excused.")
  int pause(
      @Option(
              names = "--from",
              paramLabel = "DAY",
              defaultValue = "today",
              description = "The first paused day: today, or a date (default: today).")
          String from) {
    return Recorder.record(
        root, session -> new PauseJourney(Input.day("--from", from, session.today())));
  }

  @Command(name = "resume", description = "Resume a paused journey from today.")
  int resume() {
    return Recorder.record(root, session -> new ResumeJourney());
  }

  @Command(
      name = "end",
      description = "End the journey. Nothing can be recorded afterwards; it can still be read.")
  int end(
      @Option(
              names = "--outcome",
              required = true,
              paramLabel = "OUTCOME",
              completionCandidates = Choices.Outcomes.class,
              description = "How it ended: ${COMPLETION-CANDIDATES}.")
          JourneyOutcome outcome) {
    return Recorder.record(root, session -> new EndJourney(outcome));
  }
}
