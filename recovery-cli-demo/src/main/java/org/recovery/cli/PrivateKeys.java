package org.recovery.cli;

import java.io.PrintWriter;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.persistence.RecoveryCode;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.WrongSecret;

/**
 * Each partner's key of their private entries: unlocked with their passphrase for the length of one
 * command, made at their first command, when their recovery code is shown once (on standard error,
 * so that it never ends up in a report or export written to standard output).
 */
final class PrivateKeys {
  private PrivateKeys() {}

  /**
   * {@code partner}'s passphrase, from {@code variable} or asked, checked: by unlocking their key
   * if they have one (one slow derivation, not two), else against the credentials file. Their key
   * is then unlocked in {@code store}, and made if they had none. The caller wipes the passphrase.
   *
   * @throws CliFailure 1 if it is wrong, 2 if none can be had, 3 if none is stored
   */
  static char[] unlock(
      CliContext context,
      SealingEventStore store,
      DataFiles files,
      JourneyId journey,
      Partner partner,
      String variable,
      Hints hints) {
    boolean hasKey = Storage.guard(() -> store.hasKey(journey, partner.id()));
    char[] passphrase =
        hasKey
            ? Passphrases.ask(context, partner.name(), variable)
            : Passphrases.verified(context, files.credentials(), journey, partner, variable);
    try {
      unlock(context, store, journey, partner, passphrase, hasKey, hints);
      return passphrase;
    } catch (RuntimeException e) {
      java.util.Arrays.fill(passphrase, '\0');
      throw e;
    }
  }

  private static void unlock(
      CliContext context,
      SealingEventStore store,
      JourneyId journey,
      Partner partner,
      char[] passphrase,
      boolean hadKey,
      Hints hints) {
    SealingEventStore.Unlocked unlocked;
    try {
      unlocked = Storage.guard(() -> store.unlock(journey, partner.id(), passphrase));
    } catch (WrongSecret e) {
      throw CliFailure.refused(
          hadKey
              ? "That is not " + partner.name() + "'s passphrase."
              : partner.name()
                  + "'s passphrase is right, but it does not unlock their private"
                  + " entries, which are sealed under another one. Set it again with the recovery"
                  + " code: `"
                  + hints.command("recover --as " + Hints.quoted(partner.name()))
                  + "`.");
    }
    if (unlocked.recoveryCode().isPresent()) {
      PrintWriter err = context.err();
      err.println(
          "Your private entries, "
              + partner.name()
              + ", are now sealed with a key only"
              + " you can unlock"
              + (unlocked.sealedNow() == 0
                  ? "."
                  : " (the " + unlocked.sealedNow() + " you wrote before, too)."));
      showCode(context, partner, unlocked.recoveryCode().get(), hints);
    }
  }

  /** Shows a recovery code once, with what it is for and what losing it means. */
  static void showCode(CliContext context, Partner partner, RecoveryCode code, Hints hints) {
    PrintWriter err = context.err();
    err.println("Your recovery code, shown only this once:");
    err.println();
    err.println("    " + code.text());
    err.println();
    err.println(
        "Write it down and keep it where your partner cannot find it. If you forget your"
            + " passphrase, this code is the only way back to your private entries: `"
            + hints.command("recover --as " + Hints.quoted(partner.name()))
            + "`.");
    err.println(
        "Without your passphrase or this code, your private entries are gone for good."
            + " Nobody can reset them for you: not your partner, and not whoever looks after this"
            + " computer.");
    err.flush();
  }
}
