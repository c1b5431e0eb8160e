package org.recovery.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.recovery.core.progress.Agenda;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code recovery status}: the acting partner's progress report, for an 80-column terminal. */
@Command(
    name = "status",
    description = {
      "Show what is waiting for you today and your progress"
          + " report: the stage and the gates to"
          + " the next, commitments and ratings with small charts, questionnaire scores and when one"
          + " is due, milestones and suggestions.",
      "Only what you may see counts: never your partner's private entries."
    })
final class StatusCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Override
  public Integer call() {
    try (Session session = root.session()) {
      print(session);
    }
    return 0;
  }

  /** Prints the status of the session's partner. */
  static void print(Session session) {
    CliContext context = session.context();
    PrintWriter out = context.out();
    List<String> due = session.agenda().due().stream().map(Agenda.Due::sentence).toList();
    StatusRenderer.render(
            session.reportView(), due, Style.of(context), context.unicode(), session::hintForMe)
        .forEach(out::println);
  }
}
