package org.recovery.cli;

import java.util.Arrays;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Partner;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.WrongSecret;

/**
 * The partners' keys in a zero-knowledge store, where nothing but a partner's key opens a journey:
 * not even the partners' names can be read before one of them is unlocked, so the passphrase finds
 * its partner, and {@code --as} is checked against the names it then opens.
 */
final class ZeroKnowledgeKeys {
  private ZeroKnowledgeKeys() {}

  /**
   * Makes both partners' keys of a journey about to start, unlocked in {@code store} so that the
   * first append wraps its data key for both, and keeps each one's recovery code sealed under their
   * own passphrase until their first own command. The partners' passphrase hashes must be saved
   * already. The caller wipes the passphrases.
   */
  static void begin(
      CliContext context,
      SealingEventStore store,
      DataFiles files,
      JourneyId journey,
      Partner first,
      char[] firstPassphrase,
      Partner second,
      char[] secondPassphrase) {
    Credentials credentials = Credentials.load(files.credentials());
    for (Partner partner : new Partner[] {first, second}) {
      char[] passphrase = partner == first ? firstPassphrase : secondPassphrase;
      SealingEventStore.Unlocked unlocked =
          Storage.guard(() -> store.unlock(journey, partner.id(), passphrase));
      credentials =
          credentials.withPendingCode(
              journey,
              partner.id(),
              unlocked
                  .recoveryCode()
                  .map(code -> PendingCode.seal(code, passphrase, context.passphraseIterations())));
    }
    credentials.save(files.credentials());
  }

  /**
   * Undoes {@link #begin} after the journey could not be stored: destroys the keys made for it and
   * forgets its credentials, so nothing of it is left.
   */
  static void undo(
      SealingEventStore store,
      DataFiles files,
      JourneyId journey,
      Partner first,
      char[] firstPassphrase,
      Partner second,
      char[] secondPassphrase) {
    try {
      store.forget(journey, first.id(), firstPassphrase);
      store.forget(journey, second.id(), secondPassphrase);
    } finally {
      Credentials.load(files.credentials()).without(journey).save(files.credentials());
    }
  }

  /**
   * Unlocks the key of the partner {@code name} names with their passphrase, from {@value
   * Passphrases#VARIABLE} or asked, and shows their recovery code if it is still waiting.
   *
   * @return the partner, and their passphrase, which the caller wipes
   * @throws CliFailure 1 if the passphrase is not that partner's, 2 if no name or passphrase was
   *     given
   */
  static Unlocked unlockActing(
      CliContext context,
      SealingEventStore store,
      DataFiles files,
      JourneyId journey,
      String name,
      Hints hints) {
    if (name == null || name.isBlank()) {
      throw CliFailure.usage("Say who is acting with --as NAME.");
    }
    char[] passphrase = Passphrases.ask(context, name.strip(), Passphrases.VARIABLE);
    Credentials credentials = Credentials.load(files.credentials());
    if (credentials.partnersOf(journey).isEmpty()) {
      Arrays.fill(passphrase, '\0');
      throw CliFailure.storage(
          "The credentials file "
              + files.credentials()
              + " is missing or does not know this journey, and in a zero-knowledge database it"
              + " is what tells the partners' keys apart. Put back its copy. Nothing was changed.",
          null);
    }
    boolean forgotten = false;
    for (PartnerId candidate : credentials.partnersOf(journey)) {
      if (!Storage.guard(() -> store.hasKey(journey, candidate))) {
        forgotten |=
            credentials.of(journey, candidate).map(h -> h.matches(passphrase)).orElse(false);
        continue;
      }
      try {
        Storage.guard(() -> store.unlock(journey, candidate, passphrase));
      } catch (WrongSecret e) {
        continue;
      }
      JourneyStarted started = Storage.started(store, journey);
      Partner actor = Partners.acting(started, name);
      if (actor.id().equals(candidate)) {
        showWaitingCode(context, files, journey, actor, passphrase, hints);
        return new Unlocked(actor, passphrase);
      }
      store.lock(journey, candidate);
    }
    Arrays.fill(passphrase, '\0');
    throw CliFailure.refused(
        forgotten
            ? name.strip()
                + "'s key was destroyed when they forgot their private entries. In a"
                + " zero-knowledge database that key was also what opened the journey, so nothing"
                + " opens it for them any more. Nothing was changed."
            : "That is not " + name.strip() + "'s passphrase.");
  }

  private static void showWaitingCode(
      CliContext context,
      DataFiles files,
      JourneyId journey,
      Partner actor,
      char[] passphrase,
      Hints hints) {
    Credentials credentials = Credentials.load(files.credentials());
    Optional<PendingCode> waiting = credentials.pendingCode(journey, actor.id());
    if (waiting.isEmpty()) {
      return;
    }
    waiting
        .flatMap(code -> code.open(passphrase))
        .ifPresent(
            code -> {
              context
                  .err()
                  .println(
                      "Your entries, "
                          + actor.name()
                          + ", are sealed with a key only you can unlock: in this"
                          + " zero-knowledge database, nothing else opens your journey.");
              PrivateKeys.showCode(context, actor, code, hints);
            });
    credentials.withPendingCode(journey, actor.id(), Optional.empty()).save(files.credentials());
  }

  /** The acting partner, unlocked, and their passphrase. */
  record Unlocked(Partner actor, char[] passphrase) {}
}
