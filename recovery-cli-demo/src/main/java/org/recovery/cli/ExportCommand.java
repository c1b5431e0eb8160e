package org.recovery.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery export}: the journey as a versioned JSON file. */
@Command(
    name = "export",
    description = {
      "Export the journey as a versioned JSON file that"
          + " `recovery import` reads back (format in docs/cli.md). The file is readable by you only.",
      "It holds what you may see: your partner's private entries stay behind. With --complete"
          + " and your partner's passphrase too (RECOVERY_PARTNER_PASSPHRASE, or asked), it holds"
          + " everything: a full backup."
    })
final class ExportCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "The file to write.")
  private Path output;

  @Option(
      names = "--complete",
      description =
          "Export every event, your partner's private"
              + " entries too; needs your partner's passphrase.")
  private boolean complete;

  @Override
  public Integer call() {
    try (Session session = root.session()) {
      List<JourneyEvent> events;
      if (complete) {
        session.verifyOtherPartner();
        events = session.fullHistory();
      } else {
        events = session.view().events();
      }
      int sealed = events.size();
      events = events.stream().filter(e -> !(e instanceof PersonalEvent.SealedEntry)).toList();
      sealed -= events.size();
      byte[] bytes =
          ExportFile.write(
              session.journey(),
              events,
              complete ? ExportFile.Scope.COMPLETE : ExportFile.Scope.PARTNER_VIEW,
              session.actor(),
              session.context().clock().instant(),
              new ProgressBar(session.context(), "Exporting"));
      Path file = session.context().resolve(output);
      try {
        OwnerOnlyFiles.write(file, bytes);
      } catch (IOException e) {
        throw CliFailure.storage("Cannot write " + file + ": " + e.getMessage() + ".", e);
      }
      session
          .context()
          .out()
          .println(
              "Exported "
                  + events.size()
                  + " events of journey "
                  + session.journey()
                  + (complete ? " (complete)" : " (as " + session.actor().name() + " may see it)")
                  + " to "
                  + file
                  + "."
                  + (sealed == 0
                      ? ""
                      : " "
                          + sealed
                          + " private entries whose key was destroyed cannot be opened and"
                          + " were left out."));
    }
    return 0;
  }
}
