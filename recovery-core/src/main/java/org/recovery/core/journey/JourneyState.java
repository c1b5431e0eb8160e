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
 * {@link Journey#apply}. Only the library constructs one (from a journey's events); embedders read
 * it through its accessors. Maps keep the order in which things were recorded.
 */
public final class JourneyState {
  private final JourneyId id;
  private final Partner first;
  private final Partner second;
  private final ZoneId zone;
  private final Settings settings;
  private final Instant startedAt;
  private final long version;
  private final Map<BetrayalId, Betrayal> betrayals;
  private final Set<PartnerId> decidedToTry;
  private final Map<CommitmentId, Commitment> commitments;
  private final List<CheckIn> checkIns;
  private final Map<SetbackId, Setback> setbacks;
  private final Map<BoundaryId, Boundary> boundaries;
  private final Consent consent;
  private final SafetyState safety;
  private final List<TherapySessionRecorded> therapySessions;
  private final List<CrisisFlagged> crisisFlags;
  private final List<Pause> pauses;
  private final Optional<JourneyOutcome> outcome;
  private final StagePosition position;
  private final PartnerPreferences preferences;
  private final Optional<ModelRef> model;

  /** Validates the state and makes its collections unmodifiable. */
  JourneyState(
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
      PartnerPreferences preferences,
      Optional<ModelRef> model) {
    Fields.require(
        "id",
        id,
        "first",
        first,
        "second",
        second,
        "zone",
        zone,
        "settings",
        settings,
        "startedAt",
        startedAt,
        "consent",
        consent,
        "safety",
        safety,
        "outcome",
        outcome,
        "position",
        position,
        "preferences",
        preferences,
        "model",
        model);
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
    this.id = id;
    this.first = first;
    this.second = second;
    this.zone = zone;
    this.settings = settings;
    this.startedAt = startedAt;
    this.version = version;
    this.betrayals = betrayals;
    this.decidedToTry = decidedToTry;
    this.commitments = commitments;
    this.checkIns = checkIns;
    this.setbacks = setbacks;
    this.boundaries = boundaries;
    this.consent = consent;
    this.safety = safety;
    this.therapySessions = therapySessions;
    this.crisisFlags = crisisFlags;
    this.pauses = pauses;
    this.outcome = outcome;
    this.position = position;
    this.preferences = preferences;
    this.model = model;
  }

  /** The journey's id. */
  public JourneyId id() {
    return id;
  }

  /** The partner who started the journey. */
  public Partner first() {
    return first;
  }

  /** The other partner. */
  public Partner second() {
    return second;
  }

  /** The couple's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The per-journey settings fixed at the start. */
  public Settings settings() {
    return settings;
  }

  /** When the journey started. */
  public Instant startedAt() {
    return startedAt;
  }

  /** How many events the state folds (the first event is version 1). */
  public long version() {
    return version;
  }

  /** Betrayals by id. */
  public Map<BetrayalId, Betrayal> betrayals() {
    return betrayals;
  }

  /** The partners who recorded a decision to try. */
  public Set<PartnerId> decidedToTry() {
    return decidedToTry;
  }

  /** Commitments by id. */
  public Map<CommitmentId, Commitment> commitments() {
    return commitments;
  }

  /** Check-ins in the order recorded. */
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  /** Setbacks by id. */
  public Map<SetbackId, Setback> setbacks() {
    return setbacks;
  }

  /** Boundaries by id. */
  public Map<BoundaryId, Boundary> boundaries() {
    return boundaries;
  }

  /** Both partners' consent declarations. */
  public Consent consent() {
    return consent;
  }

  /** Both partners' latest safety screening. */
  public SafetyState safety() {
    return safety;
  }

  /** Therapy sessions in the order recorded. */
  public List<TherapySessionRecorded> therapySessions() {
    return therapySessions;
  }

  /** Crisis flags in the order recorded. */
  public List<CrisisFlagged> crisisFlags() {
    return crisisFlags;
  }

  /** Pauses of the whole journey; an open one ends on {@link LocalDate#MAX}. */
  public List<Pause> pauses() {
    return pauses;
  }

  /** How the journey ended, once it has. */
  public Optional<JourneyOutcome> outcome() {
    return outcome;
  }

  /** Where the journey stands in its recovery model. */
  public StagePosition position() {
    return position;
  }

  /** Each partner's forgiveness step and day-counter choice. */
  public PartnerPreferences preferences() {
    return preferences;
  }

  /**
   * The recovery model (id and version) the journey follows; empty for a journey started before
   * models were recorded, which follows whatever model its app runs.
   */
  public Optional<ModelRef> model() {
    return model;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JourneyState o
        && id.equals(o.id)
        && first.equals(o.first)
        && second.equals(o.second)
        && zone.equals(o.zone)
        && settings.equals(o.settings)
        && startedAt.equals(o.startedAt)
        && version == o.version
        && betrayals.equals(o.betrayals)
        && decidedToTry.equals(o.decidedToTry)
        && commitments.equals(o.commitments)
        && checkIns.equals(o.checkIns)
        && setbacks.equals(o.setbacks)
        && boundaries.equals(o.boundaries)
        && consent.equals(o.consent)
        && safety.equals(o.safety)
        && therapySessions.equals(o.therapySessions)
        && crisisFlags.equals(o.crisisFlags)
        && pauses.equals(o.pauses)
        && outcome.equals(o.outcome)
        && position.equals(o.position)
        && preferences.equals(o.preferences)
        && model.equals(o.model);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        id,
        first,
        second,
        zone,
        settings,
        startedAt,
        version,
        betrayals,
        decidedToTry,
        commitments,
        checkIns,
        setbacks,
        boundaries,
        consent,
        safety,
        therapySessions,
        crisisFlags,
        pauses,
        outcome,
        position,
        preferences,
        model);
  }

  /** The journey's id and version, for logs and test failures; no partner's words. */
  @Override
  public String toString() {
    return "JourneyState[" + id + " at version " + version + "]";
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
