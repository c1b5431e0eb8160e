package org.recovery.core.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.StageCommand;
import org.recovery.core.journey.StageEvent.AdvanceAgreed;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.journey.rules.JourneyRules;
import org.recovery.core.safety.Hold;

/**
 * Decides commands with a recovery model: stage commands, and the stage movements other commands
 * cause. Pure:
 *
 * <ul>
 *   <li>a hurt partner's agreement to move on is accepted only when every gate of the current stage
 *       is met; the journey moves on once every hurt partner has agreed (the pace is theirs);
 *   <li>a severe setback (new deception, renewed contact) moves a couple who are past the model's
 *       fallback stage back to it;
 *   <li>consent never moves a stage: a lower effective level narrows what is suggested, at once,
 *       and nothing else;
 *   <li>while a safety concern stands, the journey holds its place.
 * </ul>
 */
public final class Progression {
  private Progression() {}

  /**
   * Decides {@code command} of {@code actor} at {@code now}, with the standard questionnaires.
   *
   * @see #decide(RecoveryModel, InstrumentCatalogue, JourneyHistory, PartnerId, JourneyCommand,
   *     Instant)
   */
  public static Decision decide(
      RecoveryModel model,
      JourneyHistory history,
      PartnerId actor,
      JourneyCommand command,
      Instant now) {
    return decide(model, InstrumentCatalogue.standard(), history, actor, command, now);
  }

  /**
   * Decides {@code command} of {@code actor} at {@code now}: the one pure decision of the library,
   * which {@code Journeys} runs too. It applies the journey's own rules, then the model's: stage
   * commands and the stage movements other commands cause. The same arguments always give the same
   * decision, and a refusal changes nothing.
   *
   * @param model the recovery model the journey follows
   * @param instruments the questionnaires a partner can complete
   * @param history the journey's events so far and their state
   * @return the new events (the command's and the model's follow-ups), or the refusal with the
   *     rule's code and a sentence
   */
  public static Decision decide(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      JourneyHistory history,
      PartnerId actor,
      JourneyCommand command,
      Instant now) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(history, "history must not be null");
    List<JourneyEvent> events = history.events();
    JourneyState full = history.state();
    if (command instanceof StageCommand.AgreeToAdvance) {
      return agree(model, events, full, actor, now);
    }
    Decision decision = JourneyRules.decide(full, actor, command, now, instruments);
    if (!decision.isAccepted()) {
      return decision;
    }
    JourneyState after = full;
    for (JourneyEvent e : decision.events()) {
      after = Journey.apply(after, e);
    }
    List<JourneyEvent> accepted = new ArrayList<>(decision.events());
    followUp(model, after, decision.events(), now).ifPresent(accepted::add);
    return new Decision.Accepted(accepted);
  }

  private static Optional<JourneyEvent> followUp(
      RecoveryModel model, JourneyState after, List<JourneyEvent> events, Instant now) {
    StageId stage = after.position().stage().orElse(model.first().id());
    for (JourneyEvent e : events) {
      if (e instanceof SetbackRecorded s
          && s.kind().isAlwaysSevere()
          && model.indexOf(stage) > model.indexOf(model.fallbackOnSevereSetback())) {
        return Optional.of(
            new StageMovedBack(
                stage,
                model.fallbackOnSevereSetback(),
                MoveBackCause.SEVERE_SETBACK,
                s.setback().toString(),
                s.by(),
                now));
      }
    }
    return Optional.empty();
  }

  private static Decision agree(
      RecoveryModel model,
      List<? extends JourneyEvent> history,
      JourneyState full,
      PartnerId actor,
      Instant now) {
    Optional<Rejection> outside = JourneyRules.refuseOutsiders(full, actor);
    if (outside.isPresent()) {
      return new Decision.Rejected(outside.get());
    }
    CoupleFacts facts = CoupleFacts.of(history, model, now);
    Set<PartnerId> hurt = facts.hurtPartners();
    if (!hurt.contains(actor)) {
      return reject(
          RejectionCode.NOT_THE_HURT_PARTNER,
          hurt.isEmpty()
              ? "Record what happened first: the partner who was hurt sets the pace."
              : "The pace is set by the partner who was hurt; only they agree to move on.");
    }
    StageId stage = facts.stage();
    Optional<Stage> next = model.next(stage);
    if (next.isEmpty()) {
      return reject(RejectionCode.LAST_STAGE, "You are in the model's last stage.");
    }
    if (full.position().agreed().contains(actor)) {
      return reject(RejectionCode.ALREADY_RECORDED, "You have already agreed to move on.");
    }
    if (facts.concernStands()) {
      return reject(
          RejectionCode.JOURNEY_HELD,
          full.safety().concernStandsFor(actor)
              ? "The journey holds its place while your safety screening shows a concern."
                  + " Only you can see why."
              : Hold.SENTENCE);
    }
    List<GateResult> unmet =
        GateEvaluator.evaluate(facts.stageDefinition().gates(), facts).stream()
            .filter(r -> !r.met())
            .toList();
    if (!unmet.isEmpty()) {
      return reject(
          RejectionCode.GATES_NOT_MET,
          "Not yet: " + unmet.stream().map(GateResult::sentence).collect(Collectors.joining(" ")));
    }
    List<JourneyEvent> events = new ArrayList<>();
    events.add(new AdvanceAgreed(stage, next.get().id(), actor, now));
    Set<PartnerId> agreed = new java.util.HashSet<>(full.position().agreed());
    agreed.add(actor);
    if (agreed.containsAll(hurt)) {
      events.add(new StageAdvanced(stage, next.get().id(), actor, now));
    }
    return new Decision.Accepted(events);
  }

  private static Decision reject(RejectionCode code, String reason) {
    return new Decision.Rejected(Rejection.of(code, reason));
  }
}
