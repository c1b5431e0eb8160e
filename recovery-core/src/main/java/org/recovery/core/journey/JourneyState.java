package org.recovery.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Pause;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.Consent;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.safety.SafetyState;
import org.recovery.core.setback.Setback;
import org.recovery.core.setback.SetbackId;

/**
 * A journey's state after a number of events: an immutable value, replaced (never changed) by
 * {@link Journey#apply}. Maps keep the order in which things were recorded.
 *
 * @param id the journey's id
 * @param first the partner who started the journey
 * @param second the other partner
 * @param zone the couple's time zone
 * @param settings the per-journey settings fixed at the start
 * @param startedAt when the journey started
 * @param version how many events the state folds (the first event is version 1)
 * @param betrayals betrayals by id
 * @param decidedToTry the partners who recorded a decision to try
 * @param commitments commitments by id
 * @param checkIns check-ins in the order recorded
 * @param setbacks setbacks by id
 * @param boundaries boundaries by id
 * @param consent both partners' consent declarations
 * @param safety both partners' latest safety screening
 * @param therapySessions therapy sessions in the order recorded
 * @param crisisFlags crisis flags in the order recorded
 * @param pauses pauses of the whole journey; an open one ends on {@link LocalDate#MAX}
 * @param outcome how the journey ended, once it has
 * @param position where the journey stands in its recovery model
 * @param preferences each partner's forgiveness step and day-counter choice
 */
public record JourneyState(
    JourneyId id,
    Partner first,
    Partner second,
    ZoneId zone,
    Settings settings,
    Instant startedAt,
    long version,
    Map<BetrayalId, Betrayal> betrayals,
    Set<PartnerId> decidedToTry,
    Map<CommitmentId, Commitment> commitments,
    List<CheckIn> checkIns,
    Map<SetbackId, Setback> setbacks,
    Map<BoundaryId, Boundary> boundaries,
    Consent consent,
    SafetyState safety,
    List<TherapySessionRecorded> therapySessions,
    List<CrisisFlagged> crisisFlags,
    List<Pause> pauses,
    Optional<JourneyOutcome> outcome,
    StagePosition position,
    PartnerPreferences preferences) {

  /** Validates the state and makes its collections unmodifiable. */
  public JourneyState {
    Fields.require("id", id, "first", first, "second", second, "zone", zone,
        "settings", settings, "startedAt", startedAt, "consent", consent, "safety", safety,
        "outcome", outcome, "position", position, "preferences", preferences);
    if (first.id().equals(second.id())) {
      throw new IllegalArgumentException("the two partners must have different ids");
    }
    betrayals = ordered(betrayals);
    decidedToTry = Set.copyOf(decidedToTry);
    commitments = ordered(commitments);
    checkIns = List.copyOf(checkIns);
    setbacks = ordered(setbacks);
    boundaries = ordered(boundaries);
    therapySessions = List.copyOf(therapySessions);
    crisisFlags = List.copyOf(crisisFlags);
    pauses = List.copyOf(pauses);
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The day {@code instant} falls on in the couple's time zone. */
  public LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /** The day the journey started, in the couple's time zone. */
  public LocalDate startDay() {
    return dayOf(startedAt);
  }

  /** Whether {@code partner} is one of the two partners. */
  public boolean isPartner(PartnerId partner) {
    return first.id().equals(partner) || second.id().equals(partner);
  }

  /**
   * The partner who is not {@code partner}.
   *
   * @throws IllegalArgumentException if {@code partner} is not one of the two
   */
  public Partner other(PartnerId partner) {
    if (first.id().equals(partner)) {
      return second;
    }
    if (second.id().equals(partner)) {
      return first;
    }
    throw new IllegalArgumentException(partner + " is not a partner of journey " + id);
  }

  /**
   * The partner with this id.
   *
   * @throws IllegalArgumentException if {@code partner} is not one of the two
   */
  public Partner partner(PartnerId partner) {
    return other(other(partner).id());
  }

  /** Whether the journey has ended. */
  public boolean hasEnded() {
    return outcome.isPresent();
  }

  /** Whether a pause of the journey is open (not yet resumed). */
  public boolean isPaused() {
    return pauses.stream().anyMatch(p -> p.until().equals(LocalDate.MAX));
  }

  /** Whether the journey is paused on {@code day}. */
  public boolean isPausedOn(LocalDate day) {
    return pauses.stream().anyMatch(p -> p.covers(day));
  }

  /** The betrayal with this id, if recorded. */
  public Optional<Betrayal> betrayal(BetrayalId betrayal) {
    return Optional.ofNullable(betrayals.get(betrayal));
  }

  /** The commitment with this id, if proposed. */
  public Optional<Commitment> commitment(CommitmentId commitment) {
    return Optional.ofNullable(commitments.get(commitment));
  }

  /** The setback with this id, if recorded. */
  public Optional<Setback> setback(SetbackId setback) {
    return Optional.ofNullable(setbacks.get(setback));
  }

  /** The boundary with this id, if proposed. */
  public Optional<Boundary> boundary(BoundaryId boundary) {
    return Optional.ofNullable(boundaries.get(boundary));
  }

  /** Returns a mutable copy for {@link Evolution} to change and freeze. */
  Draft draft() {
    return Draft.of(this);
  }
}
