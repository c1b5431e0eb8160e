package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.MoveBackCause;

/**
 * Where a couple stands, for one partner: the stage and the gates to the next with their measured
 * and required values, the indicators, the milestones reached, what to try now, and — when the
 * partner needs them — crisis and safety resources. Built by {@link Progress#report}; the same
 * events, model and instant always give the same report, and nothing in it derives from the other
 * partner's private entries.
 *
 * @param viewer the partner the report is for
 * @param asOf the instant it describes
 * @param model the id and version of the model, e.g. {@code standard@1}
 * @param stage the current stage and what moving on needs
 * @param gates each gate to the next stage (empty in the last stage)
 * @param indicators the figures
 * @param milestones small wins reached, oldest first
 * @param suggestions practices for now, within the effective consent level and the safety state
 * @param crisisResources help for a crisis, in every report: crisis help is always one step away
 * @param crisisPrompt present when the viewer's own recent entries call for that help to come first
 *     (a crisis they flagged lately, or check-ins that look like one): a gentle sentence for them
 *     alone
 * @param safetyResources shown when the viewer's own safety screening flags a concern
 * @param forgiveness forgiveness steps the viewer may see: their own, and the other partner's only
 *     if shared
 * @param instruments per questionnaire and partner, the baseline, latest score and change of the
 *     completions the viewer may see (their own, and the other partner's shared ones)
 * @param questionnaires the questionnaires the model schedules, with when the viewer last completed
 *     each and when it is next due
 */
public record ProgressReport(
    PartnerId viewer,
    Instant asOf,
    String model,
    StageSummary stage,
    List<GateResult> gates,
    Indicators indicators,
    List<Milestone> milestones,
    List<Practice> suggestions,
    List<CrisisResource> crisisResources,
    Optional<String> crisisPrompt,
    List<CrisisResource> safetyResources,
    Map<PartnerId, ForgivenessStep> forgiveness,
    List<InstrumentFigures> instruments,
    List<ScheduledQuestionnaire> questionnaires) {

  /** Validates the report and makes its collections unmodifiable. */
  public ProgressReport {
    Objects.requireNonNull(viewer, "viewer must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(stage, "stage must not be null");
    gates = List.copyOf(gates);
    Objects.requireNonNull(indicators, "indicators must not be null");
    milestones = List.copyOf(milestones);
    suggestions = List.copyOf(suggestions);
    crisisResources = List.copyOf(crisisResources);
    Objects.requireNonNull(crisisPrompt, "crisisPrompt must not be null");
    safetyResources = List.copyOf(safetyResources);
    forgiveness = Map.copyOf(forgiveness);
    instruments = List.copyOf(instruments);
    questionnaires = List.copyOf(questionnaires);
  }

  /**
   * The current stage and what moving on needs.
   *
   * @param id the stage
   * @param name its name
   * @param purpose what it is for
   * @param since the day the couple entered it
   * @param daysInStage whole days since then; empty for a viewer who has not chosen day counters,
   *     so that nobody is shown a running count of days unasked
   * @param next the next stage's id, unless this is the last
   * @param nextName the next stage's name, unless this is the last
   * @param gatesMet whether every gate to the next stage is met
   * @param viewerMayAgree whether the viewer is a hurt partner who may agree to move on now
   * @param waitingFor names of hurt partners whose agreement is still needed once gates are met
   * @param heldForYourSafety the journey holds its place because of the viewer's own screening
   * @param movedBack why the couple is in this stage, when they came to it by moving back
   * @param hold while the journey is on hold, the one sentence both partners see: it names no cause
   *     ({@link org.recovery.core.safety.Hold#SENTENCE})
   */
  public record StageSummary(
      StageId id,
      String name,
      String purpose,
      LocalDate since,
      OptionalLong daysInStage,
      Optional<StageId> next,
      Optional<String> nextName,
      boolean gatesMet,
      boolean viewerMayAgree,
      List<String> waitingFor,
      boolean heldForYourSafety,
      Optional<MovedBack> movedBack,
      Optional<String> hold) {

    /** Validates the summary. */
    public StageSummary {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(purpose, "purpose must not be null");
      Objects.requireNonNull(since, "since must not be null");
      Objects.requireNonNull(daysInStage, "daysInStage must not be null");
      Objects.requireNonNull(next, "next must not be null");
      Objects.requireNonNull(nextName, "nextName must not be null");
      waitingFor = List.copyOf(waitingFor);
      Objects.requireNonNull(movedBack, "movedBack must not be null");
      Objects.requireNonNull(hold, "hold must not be null");
    }
  }

  /**
   * How and why a couple moved back to the stage they are in.
   *
   * @param from the stage they were in
   * @param on the day they moved back
   * @param cause why
   * @param reference the id of the setback that caused it, or empty
   * @param sentence the reason in plain words
   */
  public record MovedBack(
      StageId from, LocalDate on, MoveBackCause cause, String reference, String sentence) {

    /** Validates the record. */
    public MovedBack {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(on, "on must not be null");
      Objects.requireNonNull(cause, "cause must not be null");
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(sentence, "sentence must not be null");
    }
  }

  /**
   * A small win to celebrate.
   *
   * @param id a stable slug
   * @param title what was reached
   * @param reachedOn the day it was reached
   * @param dayCounter whether it counts days; shown only to partners who chose day counters
   */
  public record Milestone(String id, String title, LocalDate reachedOn, boolean dayCounter) {

    /** Validates the milestone. */
    public Milestone {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(title, "title must not be null");
      Objects.requireNonNull(reachedOn, "reachedOn must not be null");
    }
  }
}
