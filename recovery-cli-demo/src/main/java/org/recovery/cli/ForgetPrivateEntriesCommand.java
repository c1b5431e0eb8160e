package org.recovery.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recovery forget-my-private-entries}: the acting partner destroys the key of their private
 * entries, after being told plainly what that means and confirming.
 */
@Command(
    name = "forget-my-private-entries",
    description = {
      "Destroy the key of your private"
          + " entries (journal, private check-ins and notes, screening answers, crisis flags, private"
          + " questionnaires, forgiveness steps): nobody can read them again, you included, from this"
          + " computer or any backup. Asks you to type FORGET, or takes --yes."
    })
final class ForgetPrivateEntriesCommand implements Callable<Integer> {
  static final String CONFIRMATION = "FORGET";

  @ParentCommand private RecoveryCommand root;

  @Option(names = "--yes", description = "Confirm without being asked (for scripts).")
  private boolean yes;

  @Override
  public Integer call() {
    try (Session session = root.session()) {
      CliContext context = session.context();
      PrintWriter out = context.out();
      out.println(
          "This destroys the key that seals your private entries, "
              + session.actor().name()
              + ". Nobody will be able to read them again: not you, not "
              + session.other().name()
              + ", not from a backup. It cannot be undone.");
      out.println(
          "What your journey's progress needs from them stays: the consent level you"
              + " declared, and that you completed the safety screening.");
      if (Storage.zeroKnowledge(session.files())) {
        out.println(
            "This database is in zero-knowledge mode, where the same key is also what opens the"
                + " journey for you: after this, you cannot open this journey any more, on this"
                + " computer or any other. "
                + session.other().name()
                + " keeps their own way in.");
      }
      out.flush();
      if (!yes) {
        CliContext.Terminal terminal =
            context
                .terminal()
                .orElseThrow(
                    () ->
                        CliFailure.usage(
                            "Confirm on a terminal, or add --yes. Nothing was changed."));
        String typed = terminal.readLine("Type " + CONFIRMATION + " to go ahead: ").orElse("");
        if (!typed.strip().toUpperCase(Locale.ROOT).equals(CONFIRMATION)) {
          out.println("Nothing was changed.");
          return 0;
        }
      }
      Storage.guard(
          () ->
              session
                  .store()
                  .forget(session.journey(), session.actor().id(), session.passphrase()));
      out.println(
          Storage.zeroKnowledge(session.files())
              ? "Done: your private entries can no longer be opened by anyone, and this journey"
                  + " no longer opens for you."
              : "Done: your private entries can no longer be opened by anyone. New private"
                  + " entries get a new key, with a new recovery code, at your next command.");
    }
    return 0;
  }
}
