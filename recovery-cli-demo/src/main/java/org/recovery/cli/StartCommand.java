package org.recovery.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.persistence.SealingEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recovery start}: a new journey for the partner named by {@code --as} and their partner.
 */
@Command(
    name = "start",
    description = {
      "Start a journey for two partners: you (--as NAME) and --partner NAME.",
      "Each partner chooses a passphrase now: asked on the terminal, or taken from"
          + " RECOVERY_PASSPHRASE (yours) and RECOVERY_PARTNER_PASSPHRASE (your partner's).",
      "With --zero-knowledge, a new database keeps no master key: nothing but a partner's"
          + " passphrase or recovery code opens the journey, and each one's recovery code is shown"
          + " at their own first command."
    })
final class StartCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--partner",
      required = true,
      paramLabel = "NAME",
      description = "Your partner's name, as both of you will see it.")
  private String partner;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "The couple's time zone, e.g. Europe/Berlin; it decides where each day"
              + " begins and ends (default: this computer's zone).")
  private ZoneId zone;

  @Option(
      names = "--cooling-off-days",
      paramLabel = "DAYS",
      defaultValue = "7",
      description = "How long a change that makes a commitment easier waits (default: 7).")
  private int coolingOffDays;

  @Option(
      names = "--report-grace-hours",
      paramLabel = "HOURS",
      defaultValue = "24",
      description = "How long after a day a commitment can still be reported (default: 24).")
  private int reportGraceHours;

  @Option(
      names = "--another",
      description = "Keep the new journey beside one already in this database.")
  private boolean another;

  @Option(
      names = "--zero-knowledge",
      description =
          "Make a new database in zero-knowledge mode: no master key file; only a partner's"
              + " passphrase (or recovery code) opens the journey. The database remembers it.")
  private boolean zeroKnowledge;

  @Override
  public Integer call() {
    CliContext context = root.context();
    String me = root.actingName();
    if (me == null || me.isBlank()) {
      throw CliFailure.usage("Say who starts the journey with --as NAME.");
    }
    Partner first = Input.build(() -> Partner.named(me));
    Partner second = Input.build(() -> Partner.named(partner));
    if (first.name().toLowerCase(Locale.ROOT).equals(second.name().toLowerCase(Locale.ROOT))) {
      throw CliFailure.usage(
          "The two partners need different names, so --as can tell them" + " apart.");
    }
    Settings settings = Input.build(() -> new Settings(coolingOffDays, reportGraceHours));
    ZoneId couple = zone != null ? zone : context.defaultZone();
    DataFiles files = root.files();
    JourneyId journey = JourneyId.random();
    try (SealingEventStore store =
        Storage.make(files, context.passphraseIterations(), zeroKnowledge)) {
      if (!another && !Storage.guard(store::list).isEmpty()) {
        throw CliFailure.refused(
            "This database already holds a journey. Keep another journey"
                + " in another file with --db, or add --another to keep both here.");
      }
      char[] firstPassphrase = Passphrases.choose(context, first.name(), Passphrases.VARIABLE);
      char[] secondPassphrase =
          Passphrases.choose(context, second.name(), Passphrases.PARTNER_VARIABLE);
      try {
        Credentials.load(files.credentials())
            .with(journey, first.id(), Passphrases.hash(context, firstPassphrase.clone()))
            .with(journey, second.id(), Passphrases.hash(context, secondPassphrase.clone()))
            .save(files.credentials());
        boolean sealedFromTheStart = Storage.zeroKnowledge(files);
        try {
          if (sealedFromTheStart) {
            ZeroKnowledgeKeys.begin(
                context, store, files, journey, first, firstPassphrase, second, secondPassphrase);
          }
          Storage.guard(
              () ->
                  Journeys.using(store, context.clock())
                      .start(journey, first, second, couple, settings));
        } catch (RuntimeException e) {
          if (sealedFromTheStart) {
            ZeroKnowledgeKeys.undo(
                store, files, journey, first, firstPassphrase, second, secondPassphrase);
          } else {
            Credentials.load(files.credentials()).without(journey).save(files.credentials());
          }
          throw e;
        }
      } finally {
        java.util.Arrays.fill(firstPassphrase, '\0');
        java.util.Arrays.fill(secondPassphrase, '\0');
      }
    }
    PrintWriter out = context.out();
    out.println(
        "Started journey "
            + journey
            + " for "
            + first.name()
            + " and "
            + second.name()
            + " ("
            + couple
            + ") in "
            + files.database()
            + ".");
    if (Storage.zeroKnowledge(files)) {
      out.println(
          "This database is in zero-knowledge mode: it keeps no master key, and only your"
              + " passphrases or recovery codes open it. Each of you sees your recovery code at"
              + " your first command.");
    }
    Hints hints = Hints.of(root, another ? Optional.of(journey.toString()) : root.journeyOption());
    out.println(
        "Next: record what happened with `"
            + hints.command("betrayal record --as NAME")
            + " ...`, and check in each day with `"
            + hints.command("checkin --as NAME")
            + " ...`.");
    return 0;
  }
}
