package org.recovery.core.progress;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.common.StageId;
import org.recovery.core.journey.ModelRef;

/**
 * A recovery model: ordered stages, each with its practices and the gates to the next, and the
 * parameters of the indicators. Models are data: a counselling practice can define its own (in
 * code, or as JSON read by the persistence module). {@link StandardModel#create()} is the default.
 *
 * @param id a stable id, e.g. {@code standard}
 * @param version the model's version; bump it when thresholds change
 * @param name its name for people
 * @param stages the stages in order; the first is where every journey begins
 * @param fallbackOnSevereSetback where a severe setback (new deception, renewed contact) sends a
 *     couple who are further along
 * @param parameters the numbers the indicators use
 * @param questionnaires the questionnaires each partner is asked to complete regularly, each
 *     instrument once; possibly none
 */
public record RecoveryModel(
    String id,
    int version,
    String name,
    List<Stage> stages,
    StageId fallbackOnSevereSetback,
    ModelParameters parameters,
    List<QuestionnaireSchedule> questionnaires) {

  /**
   * Validates the model.
   *
   * @throws IllegalArgumentException naming the field: fewer than two stages, a stage id used
   *     twice, a last stage with gates, a non-last stage without gates, an unknown fallback, or a
   *     practice id that means different practices in two stages (the same practice may be
   *     suggested in several), or a questionnaire scheduled twice
   */
  public RecoveryModel {
    Checks.text("model id", id, 60);
    Checks.range("model version", version, 1, 1_000_000);
    Checks.text("model name", name, 120);
    stages = List.copyOf(stages);
    Objects.requireNonNull(fallbackOnSevereSetback, "fallbackOnSevereSetback must not be null");
    Objects.requireNonNull(parameters, "parameters must not be null");
    if (stages.size() < 2) {
      throw new IllegalArgumentException("a model needs at least two stages, has " + stages.size());
    }
    Map<StageId, Integer> index = new HashMap<>();
    Map<String, Practice> practices = new HashMap<>();
    Map<String, StageId> firstStage = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      if (index.put(s.id(), i) != null) {
        throw new IllegalArgumentException("stage " + s.id() + " appears twice in the model");
      }
      boolean last = i == stages.size() - 1;
      if (last && !s.gates().isEmpty()) {
        throw new IllegalArgumentException("the last stage " + s.id() + " must have no gates");
      }
      if (!last && s.gates().isEmpty()) {
        throw new IllegalArgumentException("stage " + s.id() + " needs at least one gate");
      }
      for (Practice p : s.practices()) {
        Practice same = practices.putIfAbsent(p.id(), p);
        firstStage.putIfAbsent(p.id(), s.id());
        if (same != null && same != p && !same.equals(p)) {
          throw new IllegalArgumentException(
              "practice "
                  + p.id()
                  + " differs between stages "
                  + firstStage.get(p.id())
                  + " and "
                  + s.id()
                  + "; a practice suggested in several stages must be the same everywhere");
        }
      }
    }
    if (!index.containsKey(fallbackOnSevereSetback)) {
      throw new IllegalArgumentException(
          "fallbackOnSevereSetback names unknown stage " + fallbackOnSevereSetback);
    }
    questionnaires =
        List.copyOf(Objects.requireNonNull(questionnaires, "questionnaires must not be null"));
    Set<String> scheduled = new HashSet<>();
    for (QuestionnaireSchedule q : questionnaires) {
      if (!scheduled.add(q.instrument())) {
        throw new IllegalArgumentException(
            "questionnaires must name each instrument once; " + q.instrument() + " appears twice");
      }
    }
  }

  /** A model that schedules no questionnaire. */
  public RecoveryModel(
      String id,
      int version,
      String name,
      List<Stage> stages,
      StageId fallbackOnSevereSetback,
      ModelParameters parameters) {
    this(id, version, name, stages, fallbackOnSevereSetback, parameters, List.of());
  }

  /** This model's id and version, as a journey records it. */
  public ModelRef ref() {
    return new ModelRef(id, version);
  }

  /** The first stage, where every journey begins. */
  public Stage first() {
    return stages.get(0);
  }

  /** The stage with this id, if the model has it. */
  public Optional<Stage> stage(StageId id) {
    return stages.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The position of a stage in the model, from 0.
   *
   * @throws IllegalArgumentException if the model has no such stage
   */
  public int indexOf(StageId id) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("model " + this.id + " has no stage " + id);
  }

  /** The stage after {@code id}, unless it is the last. */
  public Optional<Stage> next(StageId id) {
    int i = indexOf(id);
    return i + 1 < stages.size() ? Optional.of(stages.get(i + 1)) : Optional.empty();
  }

  /** The stage before {@code id}, unless it is the first. */
  public Optional<Stage> previous(StageId id) {
    int i = indexOf(id);
    return i > 0 ? Optional.of(stages.get(i - 1)) : Optional.empty();
  }
}
