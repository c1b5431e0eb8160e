package org.recovery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.SealingEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery import FILE}: a journey from an export file, into this database. */
@Command(
    name = "import",
    description = {
      "Import a journey from a file written by `recovery"
          + " export`. The whole file is checked first; a damaged file, or one of another format"
          + " version, is refused and nothing is written.",
      "Both partners choose passphrases for the imported journey: --as NAME's from"
          + " RECOVERY_PASSPHRASE, the other's from RECOVERY_PARTNER_PASSPHRASE, or asked."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Parameters(paramLabel = "FILE", description = "The export file.")
  private Path file;

  @Option(
      names = "--another",
      description = "Keep the imported journey beside one already in this database.")
  private boolean another;

  @Option(
      names = "--zero-knowledge",
      description =
          "Import into a new database in zero-knowledge mode: no master key file; only the"
              + " partners' passphrases (or recovery codes) open it.")
  private boolean zeroKnowledge;

  @Override
  public Integer call() {
    CliContext context = root.context();
    byte[] bytes;
    Path file = context.resolve(this.file);
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw CliFailure.storage(FileProblems.cannotRead(file, e) + " Nothing was written.", e);
    }
    ExportFile.Contents contents =
        ExportFile.read(bytes, file.toString(), new ProgressBar(context, "Checking"));
    Partner acting = Partners.acting(contents.started(), root.actingName());
    Partner other = Partners.other(contents.started(), acting.id());
    JourneyId journey = contents.journey();
    DataFiles files = root.files();
    try (SealingEventStore store =
        Storage.make(files, context.passphraseIterations(), zeroKnowledge)) {
      List<JourneyId> held = Storage.guard(store::list);
      if (held.contains(journey)) {
        throw CliFailure.refused(
            "This database already holds journey "
                + journey
                + ", the"
                + " one in this file; --another cannot keep it twice. Import it into another file"
                + " with --db.");
      }
      if (!another && !held.isEmpty()) {
        throw CliFailure.refused(
            "This database already holds a journey. Import into another"
                + " file with --db, or add --another to keep both here.");
      }
      char[] actingPassphrase = Passphrases.choose(context, acting.name(), Passphrases.VARIABLE);
      char[] otherPassphrase =
          Passphrases.choose(context, other.name(), Passphrases.PARTNER_VARIABLE);
      try {
        Credentials.load(files.credentials())
            .with(journey, acting.id(), Passphrases.hash(context, actingPassphrase.clone()))
            .with(journey, other.id(), Passphrases.hash(context, otherPassphrase.clone()))
            .save(files.credentials());
        boolean sealedFromTheStart = Storage.zeroKnowledge(files);
        try {
          if (sealedFromTheStart) {
            ZeroKnowledgeKeys.begin(
                context, store, files, journey, acting, actingPassphrase, other, otherPassphrase);
          }
          Storage.guard(() -> store.append(journey, 0, contents.events(), CommandId.random()));
        } catch (RuntimeException e) {
          if (sealedFromTheStart) {
            ZeroKnowledgeKeys.undo(
                store, files, journey, acting, actingPassphrase, other, otherPassphrase);
          } else {
            Credentials.load(files.credentials()).without(journey).save(files.credentials());
          }
          throw e;
        }
      } finally {
        Arrays.fill(actingPassphrase, '\0');
        Arrays.fill(otherPassphrase, '\0');
      }
    }
    context
        .out()
        .println(
            "Imported "
                + contents.events().size()
                + " events of journey "
                + journey
                + " ("
                + Words.words(contents.scope())
                + ") into "
                + files.database()
                + ".");
    context
        .out()
        .println(
            "Continue with `"
                + Hints.of(root, another ? Optional.of(journey.toString()) : root.journeyOption())
                    .command("status --as " + Hints.quoted(acting.name()))
                + "`.");
    return 0;
  }
}
