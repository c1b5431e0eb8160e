package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.Betrayal;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.safety.Hold;

/**
 * What gates may look at: the state folded from shared events only, plus the documented exceptions
 * — the effective consent level, who has completed the safety screening, whether a safety concern
 * stands and the days the journey was held (used only to hold the journey and freeze its scores,
 * never shown as a concern).
 */
record CoupleFacts(
    JourneyState shared,
    ConsentLevel effectiveConsent,
    Set<PartnerId> screened,
    boolean concernStands,
    List<Hold> holds,
    Instant asOf,
    RecoveryModel model) {

  static CoupleFacts of(List<? extends JourneyEvent> history, RecoveryModel model, Instant asOf) {
    JourneyState full = Journey.replay(history);
    List<JourneyEvent> sharedEvents =
        history.stream()
            .filter(e -> e.visibility() == Visibility.SHARED)
            .map(JourneyEvent.class::cast)
            .toList();
    return of(full, Journey.replay(sharedEvents), model, asOf);
  }

  static CoupleFacts of(JourneyState full, JourneyState shared, RecoveryModel model, Instant asOf) {
    return new CoupleFacts(
        shared,
        full.consent().effective(),
        full.safety().screened(),
        full.safety().concernStands(),
        full.safety().holds(),
        asOf,
        model);
  }

  LocalDate today() {
    return shared.dayOf(asOf);
  }

  StageId stage() {
    return shared.position().stage().orElse(model.first().id());
  }

  Stage stageDefinition() {
    return model
        .stage(stage())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "journey "
                        + shared.id()
                        + " is in stage "
                        + stage()
                        + ", unknown to model "
                        + model.id()));
  }

  long daysInStage() {
    return ChronoUnit.DAYS.between(shared.dayOf(shared.position().since()), today());
  }

  Set<PartnerId> hurtPartners() {
    Set<PartnerId> out = new LinkedHashSet<>();
    for (Betrayal b : shared.betrayals().values()) {
      out.add(b.hurtPartner());
    }
    return out;
  }

  Set<PartnerId> involvedPartners() {
    Set<PartnerId> out = new LinkedHashSet<>();
    for (Betrayal b : shared.betrayals().values()) {
      out.add(b.involvedPartner());
    }
    return out;
  }

  /** The occurrences of {@code c} from its first day to today, settled as of now. */
  List<OccurrenceStatus> occurrences(Commitment c) {
    if (c.schedule().isEmpty()) {
      return List.of();
    }
    LocalDate first = c.schedule().get(0).effectiveFrom();
    if (first.isAfter(today())) {
      return List.of();
    }
    return Figures.frozen(
        c.occurrences(
            first, today(), asOf, shared.zone(), shared.settings().reportGrace(), shared.pauses()),
        holds);
  }
}
