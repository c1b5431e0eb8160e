package org.recovery.cli;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
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
      if (Storage.zeroKnowledge(files)) {
        return recoverSealed(context, files, store, journey);
      }
      Partner actor = Partners.acting(Storage.started(store, journey), root.actingName());
      if (!Storage.guard(() -> store.hasKey(journey, actor.id()))) {
        throw CliFailure.refused(
            actor.name()
                + " has no recovery code yet: it is made, and"
                + " shown, at their first command. Nothing was changed.");
      }
      RecoveryCode code = code(context, actor.name());
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

  /**
   * In a zero-knowledge database, where no name can be read before a key is open, the recovery code
   * finds its partner: it is tried on each partner's key, and {@code --as} only words the prompts.
   */
  private int recoverSealed(
      CliContext context, DataFiles files, SealingEventStore store, JourneyId journey) {
    String name = root.actingName();
    if (name == null || name.isBlank()) {
      throw CliFailure.usage("Say who is recovering with --as NAME.");
    }
    RecoveryCode code = code(context, name.strip());
    char[] next = Passphrases.choose(context, name.strip(), PassphraseCommand.NEW_VARIABLE);
    Credentials credentials = Credentials.load(files.credentials());
    for (PartnerId candidate : credentials.partnersOf(journey)) {
      if (!Storage.guard(() -> store.hasKey(journey, candidate))) {
        continue;
      }
      RecoveryCode fresh;
      try {
        fresh = Storage.guard(() -> store.recover(journey, candidate, code, next));
      } catch (WrongSecret e) {
        continue;
      }
      Partner actor =
          Partners.both(Storage.started(store, journey)).stream()
              .filter(p -> p.id().equals(candidate))
              .findFirst()
              .orElseThrow();
      credentials
          .with(journey, candidate, Passphrases.hash(context, next))
          .withPendingCode(journey, candidate, Optional.empty())
          .save(files.credentials());
      context
          .out()
          .println(
              "This recovery code is "
                  + actor.name()
                  + "'s. Their passphrase is changed, and"
                  + " the journey and their private entries open with it. The old recovery code no"
                  + " longer works.");
      context.out().flush();
      PrivateKeys.showCode(context, actor, fresh, root.hints());
      return 0;
    }
    Arrays.fill(next, '\0');
    throw CliFailure.refused(
        "That is not " + name.strip() + "'s recovery code. Nothing was changed.");
  }

  private static RecoveryCode code(CliContext context, String name) {
    Optional<String> typed = context.variable(CODE_VARIABLE);
    if (typed.isEmpty()) {
      CliContext.Terminal terminal =
          context
              .terminal()
              .orElseThrow(
                  () ->
                      CliFailure.usage(
                          "This needs "
                              + name
                              + "'s recovery code: run it on a terminal to be asked"
                              + " for it, or set "
                              + CODE_VARIABLE
                              + "."));
      typed = terminal.readSecret("Recovery code of " + name + ": ").map(String::new);
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
