package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery consent LEVEL}: the level of intimacy the acting partner is ready for. */
@Command(
    name = "consent",
    description = {
      "Declare the level of intimacy you are ready for."
          + " Private: your partner sees only the effective level, the lower of the two.",
      "Lowering it takes effect at once and needs no reason."
    })
final class ConsentCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Parameters(
      paramLabel = "LEVEL",
      completionCandidates = Choices.ConsentLevels.class,
      description = "${COMPLETION-CANDIDATES}.")
  private ConsentLevel level;

  @Override
  public Integer call() {
    try (Session session = root.session()) {
      Recorder.print(session, session.execute(new DeclareConsent(level)));
      session
          .context()
          .out()
          .println(
              "The effective level for you both is now "
                  + Words.words(session.view().effectiveConsent())
                  + ".");
    }
    return 0;
  }
}
