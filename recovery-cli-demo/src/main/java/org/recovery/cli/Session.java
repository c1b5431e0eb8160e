package org.recovery.cli;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;
import org.recovery.core.journey.JourneySummary;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Partner;
import org.recovery.core.progress.Agenda;
import org.recovery.core.progress.CrisisDirectory;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.report.ReportView;
import org.recovery.persistence.SealingEventStore;

/**
 * One partner at work on one journey: the store opened, the journey chosen, the partner named by
 * {@code --as} found and their passphrase checked. Commands run through {@link Journeys}, so every
 * decision stays in core; a refusal becomes a {@link CliFailure} with the rule's sentence.
 */
final class Session implements AutoCloseable {
  private final CliContext context;
  private final DataFiles files;
  private final SealingEventStore store;
  private final Journeys journeys;
  private final JourneyId journey;
  private final JourneyStarted started;
  private final Partner actor;
  private final Hints hints;
  private final char[] passphrase;
  private List<JourneyEvent> history;
  private JourneyView view;
  private JourneyFolds folds;

  private Session(
      CliContext context,
      DataFiles files,
      SealingEventStore store,
      InstrumentCatalogue instruments,
      JourneyId journey,
      List<JourneyEvent> history,
      Partner actor,
      char[] passphrase,
      Hints hints) {
    this.context = context;
    this.files = files;
    this.store = store;
    this.journeys = Journeys.using(store, context.clock()).withInstruments(instruments);
    this.journey = journey;
    this.history = history;
    this.started = (JourneyStarted) history.get(0);
    this.actor = actor;
    this.passphrase = passphrase;
    this.hints = hints;
  }

  /**
   * Opens the session the global options describe.
   *
   * @throws CliFailure 1 if there is no journey or the passphrase is wrong, 2 if {@code --as} is
   *     missing or names nobody, 3 if the store cannot be opened or a questionnaire file beside it
   *     is broken
   */
  static Session open(RecoveryCommand root) {
    CliContext context = root.context();
    DataFiles files = root.files();
    if (!Files.exists(files.database())) {
      throw CliFailure.refused(
          "There is no journey in "
              + files.database()
              + " yet. Start one"
              + " with `"
              + root.hints().command("start --as NAME --partner NAME")
              + "`, or see one with `recovery demo`.");
    }
    InstrumentCatalogue instruments = InstrumentFolder.of(files).catalogue();
    SealingEventStore store =
        context.stores().apply(Storage.open(files, context.passphraseIterations()));
    try {
      JourneyId journey = Storage.pick(store, root.journeyOption(), files, root.hints());
      Partner actor;
      char[] passphrase;
      if (Storage.zeroKnowledge(files)) {
        ZeroKnowledgeKeys.Unlocked unlocked =
            ZeroKnowledgeKeys.unlockActing(
                context, store, files, journey, root.actingName(), root.hints());
        actor = unlocked.actor();
        passphrase = unlocked.passphrase();
      } else {
        actor = Partners.acting(Storage.started(store, journey), root.actingName());
        passphrase =
            PrivateKeys.unlock(
                context, store, files, journey, actor, Passphrases.VARIABLE, root.hints());
      }
      return new Session(
          context,
          files,
          store,
          instruments,
          journey,
          Storage.history(store, journey),
          actor,
          passphrase,
          root.hints());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** {@code recovery WORDS} with the {@code --db} and {@code --journey} in use, to suggest. */
  String hint(String words) {
    return hints.command(words);
  }

  /** {@code recovery WORDS --as ME} with the options in use: a command for the acting partner. */
  String hintForMe(String words) {
    return hints.command(words + " --as " + Hints.quoted(actor.name()));
  }

  /**
   * Checks the other partner's passphrase too, from {@value Passphrases#PARTNER_VARIABLE}, and
   * unlocks their private entries for this session.
   */
  void verifyOtherPartner() {
    java.util.Arrays.fill(
        PrivateKeys.unlock(
            context, store, files, journey, other(), Passphrases.PARTNER_VARIABLE, hints),
        '\0');
    history = null;
    view = null;
    folds = null;
  }

  /** The store, with the acting partner's key unlocked. */
  SealingEventStore store() {
    return store;
  }

  /** The acting partner's passphrase, checked when the session opened; wiped when it closes. */
  char[] passphrase() {
    return passphrase;
  }

  /** Hints for commands with the options in use. */
  Hints hints() {
    return hints;
  }

  /**
   * Runs {@code command} as the acting partner.
   *
   * @return the events it recorded
   * @throws CliFailure 1 with the rule's sentence if a rule refused it
   */
  List<JourneyEvent> execute(JourneyCommand command) {
    Decision decision = Storage.guard(() -> journeys.execute(journey, actor.id(), command));
    view = null;
    history = null;
    folds = null;
    if (decision instanceof Decision.Rejected rejected) {
      throw CliFailure.refused(rejected.reason().reason());
    }
    return decision.events();
  }

  /** The journey as the acting partner may see it now. */
  JourneyView view() {
    if (view == null) {
      view = folds().view();
    }
    return view;
  }

  /**
   * The history folded for the acting partner once (the whole journey, their view, the shared
   * facts), for the view, the report and the agenda to share.
   */
  private JourneyFolds folds() {
    if (folds == null) {
      folds = JourneyFolds.of(fullHistory(), actor.id());
    }
    return folds;
  }

  /**
   * The acting partner's progress report now, with international crisis resources: what {@link
   * Journeys#report} gives, from the history this session has already read and decrypted.
   */
  ProgressReport report() {
    return Progress.report(
        journeys.model(),
        journeys.instruments(),
        fullHistory(),
        folds(),
        context.clock().instant(),
        CrisisDirectory.standard(),
        "");
  }

  /** The acting partner's report now, with the names, zone and model around it, to render. */
  ReportView reportView() {
    return ReportView.of(report(), JourneySummary.of(view().state()), model(), instruments());
  }

  /**
   * What the acting partner can do now and what is due for them today, as the core's rules say:
   * what {@link Journeys#agenda} gives, from the history this session has already read.
   */
  Agenda agenda() {
    return Agenda.of(
        journeys.model(),
        journeys.instruments(),
        fullHistory(),
        folds(),
        context.clock().instant());
  }

  /** The recovery model the journey follows. */
  RecoveryModel model() {
    return journeys.model();
  }

  /** The questionnaires partners can complete: the shipped ones and the practice's own. */
  InstrumentCatalogue instruments() {
    return journeys.instruments();
  }

  /** Every event of the journey, the other partner's private ones included. */
  List<JourneyEvent> fullHistory() {
    if (history == null) {
      history = Storage.history(store, journey);
    }
    return history;
  }

  /** Today in the couple's time zone. */
  LocalDate today() {
    return LocalDate.ofInstant(context.clock().instant(), started.zone());
  }

  /** The names of both partners, for output. */
  Names names() {
    return Names.of(started, actor.id());
  }

  JourneyId journey() {
    return journey;
  }

  Partner actor() {
    return actor;
  }

  /** The other partner. */
  Partner other() {
    return Partners.other(started, actor.id());
  }

  /** The partner called {@code name} (or with that id). @throws CliFailure 2 if nobody is */
  Partner partnerNamed(String name) {
    return Partners.named(started, name, "partner");
  }

  JourneyStarted started() {
    return started;
  }

  CliContext context() {
    return context;
  }

  DataFiles files() {
    return files;
  }

  @Override
  public void close() {
    java.util.Arrays.fill(passphrase, '\0');
    store.close();
  }
}
