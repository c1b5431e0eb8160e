package org.recovery.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * Where passphrases come from: the terminal, without echo, or — for scripts — an environment
 * variable: {@value #VARIABLE} for the partner named by {@code --as}, and {@value
 * #PARTNER_VARIABLE} for the other partner where both are needed ({@code start}, {@code import},
 * {@code export --complete}).
 */
final class Passphrases {
  /** The acting partner's passphrase. */
  static final String VARIABLE = "RECOVERY_PASSPHRASE";

  /** The other partner's passphrase. */
  static final String PARTNER_VARIABLE = "RECOVERY_PARTNER_PASSPHRASE";

  /** How many times a new passphrase is asked for on the terminal before giving up. */
  static final int TRIES = 3;

  private Passphrases() {}

  /**
   * Checks {@code partner}'s passphrase against the credentials file, and returns it, for unlocking
   * their key; the caller wipes it.
   *
   * @throws CliFailure 1 if it is wrong, 2 if none can be had, 3 if none is stored
   */
  static char[] verified(
      CliContext context, Path file, JourneyId journey, Partner partner, String variable) {
    PassphraseHash hash =
        Credentials.load(file)
            .of(journey, partner.id())
            .orElseThrow(
                () ->
                    CliFailure.storage(
                        "No passphrase is stored for "
                            + partner.name()
                            + " in "
                            + file
                            + ": the credentials file is missing or does not know this journey.",
                        null));
    char[] given = ask(context, partner.name(), variable);
    if (!hash.matches(given)) {
      Arrays.fill(given, '\0');
      throw CliFailure.refused("That is not " + partner.name() + "'s passphrase.");
    }
    return given;
  }

  /** {@code name}'s passphrase, from {@code variable} or asked once. */
  static char[] ask(CliContext context, String name, String variable) {
    Optional<String> set = context.variable(variable);
    if (set.isPresent()) {
      return set.get().toCharArray();
    }
    CliContext.Terminal terminal =
        context
            .terminal()
            .orElseThrow(
                () ->
                    CliFailure.usage(
                        "This needs "
                            + name
                            + "'s passphrase: run it on a terminal to be asked for it, or set "
                            + variable
                            + "."));
    return terminal
        .readSecret("Passphrase for " + name + ": ")
        .orElseThrow(() -> CliFailure.usage("No passphrase was given for " + name + "."));
  }

  /**
   * A new passphrase for {@code name}: from {@code variable}, or asked twice on the terminal. On
   * the terminal a passphrase that cannot be used, or two that differ, is explained and asked for
   * again, up to {@value #TRIES} times.
   *
   * @throws CliFailure 2 if none can be had, or it cannot be used (after {@value #TRIES} tries)
   */
  static char[] choose(CliContext context, String name, String variable) {
    Optional<String> set = context.variable(variable);
    if (set.isPresent()) {
      char[] chosen = set.get().toCharArray();
      Optional<String> problem = PassphraseHash.problemWith(chosen);
      if (problem.isPresent()) {
        Arrays.fill(chosen, '\0');
        throw CliFailure.usage(
            "The passphrase for " + name + " in " + variable + " cannot be used. " + problem.get());
      }
      return chosen;
    }
    CliContext.Terminal terminal =
        context
            .terminal()
            .orElseThrow(
                () ->
                    CliFailure.usage(
                        "Choose a passphrase for "
                            + name
                            + ": run this on a terminal to be asked for it, or"
                            + " set "
                            + variable
                            + "."));
    for (int attempt = 1; ; attempt++) {
      Optional<char[]> typed =
          terminal.readSecret(
              "Choose a passphrase for "
                  + name
                  + " (at least "
                  + PassphraseHash.MIN_LENGTH
                  + " characters): ");
      if (typed.isEmpty()) {
        throw CliFailure.usage("No passphrase was given for " + name + "; nothing was changed.");
      }
      char[] chosen = typed.get();
      Optional<String> problem = PassphraseHash.problemWith(chosen);
      if (problem.isEmpty()) {
        char[] again = terminal.readSecret("Type it again: ").orElse(new char[0]);
        boolean same = Arrays.equals(chosen, again);
        Arrays.fill(again, '\0');
        if (same) {
          return chosen;
        }
        problem = Optional.of("The two passphrases differ.");
      }
      Arrays.fill(chosen, '\0');
      if (attempt == TRIES) {
        throw CliFailure.usage(
            problem.get()
                + " No passphrase was chosen for "
                + name
                + " after "
                + TRIES
                + " tries; nothing was changed.");
      }
      context.err().println(problem.get() + " Please try again.");
    }
  }

  /** Hashes {@code passphrase} with the context's work factor and wipes it. */
  static PassphraseHash hash(CliContext context, char[] passphrase) {
    try {
      return PassphraseHash.create(passphrase, context.passphraseIterations());
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }
}
