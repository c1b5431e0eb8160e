package org.recovery.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.report.ReportView;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.SealingEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery demo}: a simulated couple's journey over a few months, then its status. */
@Command(
    name = "demo",
    description = {
      "Simulate a realistic couple over a few months —"
          + " check-ins drifting upward with noise, commitments mostly kept, triggers, a conflict and"
          + " its repair, a boundary, consent changing — then show the status.",
      "The same seed and start give the same journey and the same report. Without --db it"
          + " writes demo.db in the data directory, replacing the previous demo."
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--months",
      paramLabel = "N",
      defaultValue = "6",
      description = "How many months to simulate, 1 to 36 (default: 6).")
  private int months;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "The random seed (default: 42).")
  private long seed;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description = "The first simulated day (default: so the journey ends yesterday).")
  private LocalDate start;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "Europe/Berlin",
      description = "The couple's time zone (default: Europe/Berlin).")
  private ZoneId zone;

  @Option(
      names = "--setback-on-day",
      paramLabel = "DAY",
      description =
          "Simulate a setback: a new deception comes to light on this day of the"
              + " journey (counted from 0), which sends a couple who are past Atone back to it — to"
              + " see how the model meets a regression. Try --months 6 --setback-on-day 165.")
  private Integer setbackOnDay;

  @Option(
      names = "--zero-knowledge",
      description =
          "Make the demo database in zero-knowledge mode: no master key file, and only the"
              + " partners' passphrases open it.")
  private boolean zeroKnowledge;

  @Override
  public Integer call() {
    if (months < 1 || months > 36) {
      throw CliFailure.usage("--months must be between 1 and 36, was " + months + ".");
    }
    CliContext context = root.context();
    DataFiles files =
        root.databaseGiven()
            ? root.files()
            : DataFiles.of(DataFiles.directory(context).resolve(DataFiles.DEMO_NAME));
    LocalDate first =
        start != null
            ? start
            : LocalDate.ofInstant(context.clock().instant(), zone).minusMonths(months).minusDays(1);
    Simulation.Options options =
        withSetback(
            Simulation.Options.of(seed, months, first.atStartOfDay(zone).toInstant())
                .withZone(zone));
    if (!root.databaseGiven() && Storage.zeroKnowledge(files) != zeroKnowledge) {
      DemoSimulation.removeDemoFiles(files);
    }
    try (SealingEventStore store =
        Storage.make(files, context.passphraseIterations(), zeroKnowledge)) {
      makeRoom(store, files);
      DemoSimulation.Simulated simulated = DemoSimulation.simulate(context, options);
      Simulation.Result result = simulated.result();
      String hurtPass = passphrase(result.hurt());
      String involvedPass = passphrase(result.involved());
      Credentials.load(files.credentials())
          .with(
              result.journey(),
              result.hurt().id(),
              Passphrases.hash(context, hurtPass.toCharArray()))
          .with(
              result.journey(),
              result.involved().id(),
              Passphrases.hash(context, involvedPass.toCharArray()))
          .save(files.credentials());
      if (Storage.zeroKnowledge(files)) {
        ZeroKnowledgeKeys.begin(
            context,
            store,
            files,
            result.journey(),
            result.hurt(),
            hurtPass.toCharArray(),
            result.involved(),
            involvedPass.toCharArray());
      }
      Storage.guard(
          () -> store.append(result.journey(), 0, simulated.events(), CommandId.random()));
      PrintWriter out = context.out();
      out.println(
          "Simulated "
              + months
              + " month"
              + (months == 1 ? "" : "s")
              + " of "
              + result.hurt().name()
              + " and "
              + result.involved().name()
              + " (seed "
              + seed
              + ", from "
              + first
              + "): "
              + result.commands()
              + " commands, "
              + result.refused()
              + " refused by the rules.");
      out.println(
          "Status for "
              + result.hurt().name()
              + ", the hurt partner, at the end of"
              + " the simulation:");
      out.println();
      Journeys journeys = Journeys.using(store, Clock.fixed(result.end(), zone));
      ProgressReport report =
          Storage.guard(() -> journeys.report(result.journey(), result.hurt().id())).orElseThrow();
      StatusRenderer.render(
              view(report, result, journeys),
              List.of(),
              Style.of(context),
              context.unicode(),
              words ->
                  "recovery "
                      + words
                      + " --as "
                      + Hints.quoted(result.hurt().name())
                      + " --db "
                      + Hints.quoted(files.database().toString()))
          .forEach(out::println);
      howToContinue(out, files, result, hurtPass, involvedPass);
    }
    return 0;
  }

  /** Refuses a database with a journey, unless it is the default demo file, which is replaced. */
  private void makeRoom(CloseableEventStore store, DataFiles files) {
    List<JourneyId> held = Storage.guard(store::list);
    if (held.isEmpty()) {
      return;
    }
    if (root.databaseGiven()) {
      throw CliFailure.refused(
          files.database()
              + " already holds a journey; the demo writes"
              + " only into a new or empty database. Leave out --db to use the demo file.");
    }
    Credentials credentials = Credentials.load(files.credentials());
    for (JourneyId journey : held) {
      Storage.guard(() -> store.delete(journey));
      credentials = credentials.without(journey);
    }
    credentials.save(files.credentials());
  }

  private ReportView view(ProgressReport report, Simulation.Result result, Journeys journeys) {
    return ReportView.of(
        report,
        journeys.summary(result.journey()).orElseThrow(),
        journeys.model(),
        journeys.instruments());
  }

  private void howToContinue(
      PrintWriter out,
      DataFiles files,
      Simulation.Result result,
      String hurtPass,
      String involvedPass) {
    String command = launcher() + " --db " + files.database();
    out.println();
    out.println(
        "The demo journey is in "
            + files.database()
            + (Storage.zeroKnowledge(files)
                ? ", in zero-knowledge mode: no master key, only the passphrases below open it."
                : "."));
    out.println(
        "Passphrases: "
            + result.hurt().name()
            + " → "
            + hurtPass
            + ", "
            + result.involved().name()
            + " → "
            + involvedPass
            + ".");
    out.println("Continue with, for example:");
    out.println(
        "  RECOVERY_PASSPHRASE="
            + hurtPass
            + " "
            + command
            + " status --as "
            + result.hurt().name());
    out.println(
        "  "
            + command
            + " timeline --as "
            + result.involved().name()
            + "   (asks for the passphrase)");
    out.println(
        "  "
            + command
            + " checkin --as "
            + result.hurt().name()
            + " --safety 6 --trust 5 --closeness 6 --hope 7");
  }

  /**
   * The passphrase the demo sets for a partner: their name in lower case, then "-demo-2025" (at
   * least the ten characters every passphrase needs).
   */
  static String passphrase(Partner partner) {
    return partner.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-demo-2025";
  }

  /** How this program was started: {@code java -jar FILE} from the jar, else {@code recovery}. */
  private static String launcher() {
    try {
      String location =
          DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI().getPath();
      return location.endsWith(".jar") ? "java -jar " + location : "recovery";
    } catch (RuntimeException | java.net.URISyntaxException e) {
      return "recovery";
    }
  }

  private Simulation.Options withSetback(Simulation.Options options) {
    if (setbackOnDay == null) {
      return options;
    }
    try {
      return options.withDeceptionOnDay(setbackOnDay);
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(e.getMessage().replace("newDeceptionOnDay", "--setback-on-day") + ".");
    }
  }
}
