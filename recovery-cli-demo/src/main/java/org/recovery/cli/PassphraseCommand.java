package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.persistence.passphrase.PassphraseHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code recovery passphrase}: the acting partner changes their passphrase. */
@Command(
    name = "passphrase",
    description = {
      "Change your passphrase. The current one is"
          + " checked first; the new one is asked twice on the terminal, or taken from"
          + " RECOVERY_NEW_PASSPHRASE. The key of your private entries is re-wrapped under it; your"
          + " recovery code stays as it is."
    })
final class PassphraseCommand implements Callable<Integer> {
  /** The new passphrase, for scripts. */
  static final String NEW_VARIABLE = "RECOVERY_NEW_PASSPHRASE";

  @ParentCommand private RecoveryCommand root;

  @Override
  public Integer call() {
    try (Session session = root.session()) {
      CliContext context = session.context();
      char[] next = Passphrases.choose(context, session.actor().name(), NEW_VARIABLE);
      try {
        Storage.guard(
            () -> {
              session
                  .store()
                  .changePassphrase(
                      session.journey(), session.actor().id(), session.passphrase(), next);
              return null;
            });
      } catch (RuntimeException e) {
        java.util.Arrays.fill(next, '\0');
        throw e;
      }
      PassphraseHash hash = Passphrases.hash(context, next);
      Credentials.load(session.files().credentials())
          .with(session.journey(), session.actor().id(), hash)
          .save(session.files().credentials());
      context.out().println("The passphrase of " + session.actor().name() + " is changed.");
    }
    return 0;
  }
}
