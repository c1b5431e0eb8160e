package org.recovery.cli;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Partner;
import org.recovery.persistence.RecoveryCode;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.WrongSecret;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recovery recover}: a partner who has forgotten their passphrase sets a new one with their
 * recovery code, and gets a new code. Nobody else can: the other partner has neither.
 */
@Command(
    name = "recover",
    description = {
      "Forgotten your passphrase? Set a new one with your"
          + " recovery code (asked on the terminal, or taken from RECOVERY_CODE). The new passphrase"
          + " is asked twice, or taken from RECOVERY_NEW_PASSPHRASE. You get a new recovery code; the"
          + " old one stops working."
    })
final class RecoverCommand implements Callable<Integer> {
  /** The recovery code, for scripts. */
  static final String CODE_VARIABLE = "RECOVERY_CODE";

  @ParentCommand private RecoveryCommand root;

  @Override
  public Integer call() {
    CliContext context = root.context();
    DataFiles files = root.files();
    if (!Files.exists(files.database())) {
      throw CliFailure.refused("There is no journey in " + files.database() + ".");
    }
    try (SealingEventStore store = Storage.open(files, context.passphraseIterations())) {
      JourneyId journey = Storage.pick(store, root.journeyOption(), files, root.hints());
      Partner actor =
          Partners.acting(
              (JourneyStarted) Storage.history(store, journey).get(0), root.actingName());
      if (!Storage.guard(() -> store.hasKey(journey, actor.id()))) {
        throw CliFailure.refused(
            actor.name()
                + " has no recovery code yet: it is made, and"
                + " shown, at their first command. Nothing was changed.");
      }
      RecoveryCode code = code(context, actor);
      char[] next = Passphrases.choose(context, actor.name(), PassphraseCommand.NEW_VARIABLE);
      RecoveryCode fresh;
      try {
        fresh = Storage.guard(() -> store.recover(journey, actor.id(), code, next));
      } catch (WrongSecret e) {
        Arrays.fill(next, '\0');
        throw CliFailure.refused(
            "That is not " + actor.name() + "'s recovery code. Nothing was" + " changed.");
      }
      Credentials.load(files.credentials())
          .with(journey, actor.id(), Passphrases.hash(context, next))
          .save(files.credentials());
      context
          .out()
          .println(
              "The passphrase of "
                  + actor.name()
                  + " is changed, and their"
                  + " private entries open with it. The old recovery code no longer works.");
      context.out().flush();
      PrivateKeys.showCode(context, actor, fresh, root.hints());
    }
    return 0;
  }

  private static RecoveryCode code(CliContext context, Partner actor) {
    Optional<String> typed = context.variable(CODE_VARIABLE);
    if (typed.isEmpty()) {
      CliContext.Terminal terminal =
          context
              .terminal()
              .orElseThrow(
                  () ->
                      CliFailure.usage(
                          "This needs "
                              + actor.name()
                              + "'s recovery code: run it on a terminal to be asked"
                              + " for it, or set "
                              + CODE_VARIABLE
                              + "."));
      typed = terminal.readSecret("Recovery code of " + actor.name() + ": ").map(String::new);
    }
    try {
      return RecoveryCode.parse(
          typed.orElseThrow(
              () -> CliFailure.usage("No recovery code was given; nothing was changed.")));
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(e.getMessage() + " Nothing was changed.");
    }
  }
}
