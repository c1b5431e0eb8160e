package org.recovery.core;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.StageId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneySummary;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.LifecycleCommand;
import org.recovery.core.journey.ModelRef;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.Agenda;
import org.recovery.core.progress.CrisisDirectory;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.Progression;
import org.recovery.core.progress.QuestionnaireSchedule;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.RecordedEvent;

/**
 * The entry point an embedding application calls: start a journey, run a partner's command, read a
 * partner's view and progress report. It loads the journey from an {@link EventStore}, decides with
 * its {@link RecoveryModel} (see {@link Progression}), and appends the result; when the other
 * partner wrote in between, it reads and decides again.
 *
 * <p>Thread-safe if the store is. Time comes from the {@link Clock} given at construction. It keeps
 * the recently used journeys in memory and asks the store only for events written since; a journey
 * deleted through another {@code Journeys} is noticed on its next use.
 */
public final class Journeys {
  /** How often a command is retried after a concurrency conflict, by default. */
  public static final int DEFAULT_ATTEMPTS = 8;

  /** How many recently used journeys are kept in memory, so a command reads only new events. */
  static final int CACHED_JOURNEYS = 256;

  private final EventStore store;
  private final Clock clock;
  private final int attempts;
  private final RecoveryModel model;
  private final Map<ModelRef, RecoveryModel> models;
  private final InstrumentCatalogue instruments;
  private final JourneyCache cache = new JourneyCache(CACHED_JOURNEYS);

  private Journeys(
      EventStore store,
      Clock clock,
      int attempts,
      RecoveryModel model,
      Collection<RecoveryModel> earlier,
      InstrumentCatalogue instruments) {
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    this.attempts = attempts;
    this.model = Objects.requireNonNull(model, "model must not be null");
    this.instruments = Objects.requireNonNull(instruments, "instruments must not be null");
    Map<ModelRef, RecoveryModel> known = new LinkedHashMap<>();
    for (RecoveryModel m : earlier) {
      known.put(m.ref(), m);
    }
    known.put(model.ref(), model);
    for (RecoveryModel m : known.values()) {
      for (QuestionnaireSchedule q : m.questionnaires()) {
        if (instruments.find(q.instrument()).isEmpty()) {
          throw new IllegalArgumentException(
              "model "
                  + m.ref()
                  + " schedules questionnaire "
                  + q.instrument()
                  + ", which the instrument catalogue does not have");
        }
      }
    }
    this.models = Map.copyOf(known);
  }

  /** Journeys kept in {@code store}, timed by {@code clock}, following the standard model. */
  public static Journeys using(EventStore store, Clock clock) {
    return new Journeys(
        store,
        clock,
        DEFAULT_ATTEMPTS,
        StandardModel.create(),
        List.of(),
        InstrumentCatalogue.standard());
  }

  /** The same, retrying a conflicting command at most {@code attempts} times in all. */
  public static Journeys using(EventStore store, Clock clock, int attempts) {
    return new Journeys(
        store, clock, attempts, StandardModel.create(), List.of(), InstrumentCatalogue.standard());
  }

  /**
   * These journeys with {@code model} as the model new journeys follow (the standard model by
   * default). A journey that started with another model, or another version, keeps following it
   * until a partner moves it on purpose ({@link LifecycleCommand.FollowModel}): give those models
   * to {@link #withEarlierModels}. A journey started before models were recorded follows {@code
   * model}.
   *
   * @throws IllegalArgumentException if the model schedules a questionnaire the instrument
   *     catalogue does not have
   */
  public Journeys withModel(RecoveryModel model) {
    List<RecoveryModel> earlier = new ArrayList<>(models.values());
    earlier.removeIf(m -> m.ref().equals(this.model.ref()));
    return new Journeys(store, clock, attempts, model, earlier, instruments);
  }

  /**
   * These journeys, also able to decide for journeys that follow one of {@code earlier} (other
   * models, or earlier versions of the current one).
   *
   * @throws IllegalArgumentException if a model schedules a questionnaire the instrument catalogue
   *     does not have
   */
  public Journeys withEarlierModels(Collection<RecoveryModel> earlier) {
    List<RecoveryModel> all = new ArrayList<>(models.values());
    all.addAll(earlier);
    return new Journeys(store, clock, attempts, model, all, instruments);
  }

  /**
   * These journeys with {@code instruments} as the questionnaires partners can complete and reports
   * score (the standard catalogue by default).
   *
   * @throws IllegalArgumentException if the model schedules a questionnaire the catalogue does not
   *     have
   */
  public Journeys withInstruments(InstrumentCatalogue instruments) {
    return new Journeys(store, clock, attempts, model, models.values(), instruments);
  }

  /** The model new journeys follow. */
  public RecoveryModel model() {
    return model;
  }

  /**
   * The model {@code journey} follows: the one it records, or the current model for a journey
   * started before models were recorded.
   *
   * @return empty if the journey does not exist
   * @throws IllegalStateException if the journey follows a model these journeys were not given
   */
  public Optional<RecoveryModel> modelOf(JourneyId journey) {
    return cache.load(store, journey).map(this::modelOf);
  }

  private RecoveryModel modelOf(JourneyHistory history) {
    Optional<ModelRef> ref = history.state().model();
    if (ref.isEmpty()) {
      return model;
    }
    RecoveryModel followed = models.get(ref.get());
    if (followed == null) {
      throw new IllegalStateException(
          "journey "
              + history.state().id()
              + " follows model "
              + ref.get()
              + ", which these Journeys were not given: add it with withEarlierModels");
    }
    return followed;
  }

  /** The questionnaires partners can complete. */
  public InstrumentCatalogue instruments() {
    return instruments;
  }

  /**
   * Starts a new journey with a random id.
   *
   * @return the new journey's id
   */
  public JourneyId start(Partner first, Partner second, ZoneId zone, Settings settings) {
    return start(JourneyId.random(), first, second, zone, settings);
  }

  /**
   * Starts a new journey with a given id (for imports and reproducible simulations).
   *
   * @return {@code id}
   * @throws ConcurrencyConflict if a journey with this id exists
   */
  public JourneyId start(
      JourneyId id, Partner first, Partner second, ZoneId zone, Settings settings) {
    store.append(
        id,
        0,
        List.of(Journey.start(id, first, second, zone, settings, model.ref(), clock.instant())),
        CommandId.random());
    return id;
  }

  /**
   * Runs {@code command} as {@code actor}, with a new command id.
   *
   * @see #execute(JourneyId, PartnerId, JourneyCommand, CommandId)
   */
  public Decision execute(JourneyId journey, PartnerId actor, JourneyCommand command) {
    // A command id made now cannot have been stored before: no earlier append to look for.
    return run(journey, actor, command, CommandId.random(), false);
  }

  /**
   * Runs {@code command} as {@code actor}: the decision's events are stored when it is accepted,
   * and nothing is stored when it is refused. A concurrency conflict is retried (read, decide,
   * append) up to the configured number of attempts. If an append of {@code commandId} was already
   * stored (the caller retries after a lost answer), nothing is decided again: the answer is the
   * events stored the first time.
   *
   * @param command the command
   * @param commandId identifies the command across retries by the caller, so it is stored once
   * @return the decision; a journey that does not exist is refused with {@link
   *     RejectionCode#JOURNEY_NOT_FOUND}
   * @throws ConcurrencyConflict if every attempt conflicted
   */
  public Decision execute(
      JourneyId journey, PartnerId actor, JourneyCommand command, CommandId commandId) {
    Objects.requireNonNull(commandId, "commandId must not be null");
    return run(journey, actor, command, commandId, true);
  }

  private Decision run(
      JourneyId journey,
      PartnerId actor,
      JourneyCommand command,
      CommandId commandId,
      boolean mayBeStored) {
    Objects.requireNonNull(command, "command must not be null");
    ConcurrencyConflict last = null;
    for (int attempt = 0; attempt < attempts; attempt++) {
      if (mayBeStored) {
        List<RecordedEvent> earlier = store.readCommand(journey, commandId);
        if (!earlier.isEmpty()) {
          return new Decision.Accepted(events(earlier));
        }
      }
      Optional<JourneyHistory> loaded = cache.load(store, journey);
      if (loaded.isEmpty() || !loaded.get().state().isPartner(actor)) {
        return notFound(journey);
      }
      JourneyState state = loaded.get().state();
      Optional<Rejection> unavailable = refuseUnknownModel(state, command);
      if (unavailable.isPresent()) {
        return new Decision.Rejected(unavailable.get());
      }
      Decision decision =
          Progression.decide(
              modelOf(loaded.get()), instruments, loaded.get(), actor, command, clock.instant());
      if (!decision.isAccepted()) {
        return decision;
      }
      try {
        List<RecordedEvent> stored =
            store.appendAndRead(journey, state.version(), decision.events(), commandId);
        cache.appended(loaded.get(), stored);
        return decision;
      } catch (ConcurrencyConflict conflict) {
        last = conflict;
      }
    }
    throw last;
  }

  /**
   * The journey as {@code viewer} may see it.
   *
   * @return empty if the journey does not exist or {@code viewer} is not one of its partners
   */
  public Optional<JourneyView> view(JourneyId journey, PartnerId viewer) {
    return cache
        .load(store, journey)
        .filter(l -> l.state().isPartner(viewer))
        .map(l -> JourneyView.of(l.events(), viewer));
  }

  /**
   * The progress report of {@code viewer} now, with international crisis resources.
   *
   * @return empty if the journey does not exist or {@code viewer} is not one of its partners
   */
  public Optional<ProgressReport> report(JourneyId journey, PartnerId viewer) {
    return report(journey, viewer, CrisisDirectory.standard(), "");
  }

  /**
   * The progress report of {@code viewer} now.
   *
   * @param directory where crisis and safety resources come from
   * @param region the viewer's ISO 3166 country code, or empty
   * @return empty if the journey does not exist or {@code viewer} is not one of its partners
   */
  public Optional<ProgressReport> report(
      JourneyId journey, PartnerId viewer, CrisisDirectory directory, String region) {
    return cache
        .load(store, journey)
        .filter(l -> l.state().isPartner(viewer))
        .map(
            l ->
                Progress.report(
                    modelOf(l),
                    instruments,
                    l.events(),
                    cache.folds(l, viewer),
                    clock.instant(),
                    directory,
                    region));
  }

  /**
   * What {@code viewer} can do now and what is due for them today: see {@link Agenda}.
   *
   * @return empty if the journey does not exist or {@code viewer} is not one of its partners
   */
  public Optional<Agenda> agenda(JourneyId journey, PartnerId viewer) {
    return cache
        .load(store, journey)
        .filter(l -> l.state().isPartner(viewer))
        .map(
            l ->
                Agenda.of(
                    modelOf(l), instruments, l.events(), cache.folds(l, viewer), clock.instant()));
  }

  /**
   * Who {@code journey} is between, its zone, start and outcome: enough to find its partners after
   * a restart.
   *
   * @return empty if no such journey is stored
   */
  public Optional<JourneySummary> summary(JourneyId journey) {
    return cache.load(store, journey).map(l -> JourneySummary.of(l.state()));
  }

  /** The ids of all stored journeys. */
  public List<JourneyId> list() {
    return store.list();
  }

  /**
   * Drops what this {@code Journeys} holds of {@code journey} in memory (its events and state, kept
   * so a command reads only new events); the store is not touched. The next use reads the whole
   * history from the store again. An app calls it when a journey should leave memory, for example
   * when none of its partners is logged in any more.
   */
  public void dropFromMemory(JourneyId journey) {
    Objects.requireNonNull(journey, "journey must not be null");
    cache.evict(journey);
  }

  /** Deletes a journey and everything stored about it. @return whether it existed */
  public boolean delete(JourneyId journey) {
    cache.evict(journey);
    return store.delete(journey);
  }

  private static List<JourneyEvent> events(List<RecordedEvent> history) {
    return history.stream().map(RecordedEvent::event).toList();
  }

  private Optional<Rejection> refuseUnknownModel(JourneyState state, JourneyCommand command) {
    if (!(command instanceof LifecycleCommand.FollowModel c)) {
      return Optional.empty();
    }
    RecoveryModel target = models.get(c.model());
    if (target == null) {
      return Optional.of(
          Rejection.of(
              RejectionCode.MODEL_UNAVAILABLE,
              "This app does not have model " + c.model() + "; it has " + models.keySet() + "."));
    }
    Optional<StageId> stage = state.position().stage();
    if (stage.isPresent() && target.stage(stage.get()).isEmpty()) {
      return Optional.of(
          Rejection.of(
              RejectionCode.MODEL_UNAVAILABLE,
              "Model "
                  + c.model()
                  + " has no stage "
                  + stage.get()
                  + ", where this journey stands."));
    }
    return Optional.empty();
  }

  private static Decision notFound(JourneyId journey) {
    return new Decision.Rejected(
        Rejection.of(
            RejectionCode.JOURNEY_NOT_FOUND, "There is no journey " + journey + " you belong to."));
  }
}
