package org.recovery.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Pause;
import org.recovery.core.commitment.Report;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.Consent;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.safety.SafetyState;
import org.recovery.core.setback.Setback;
import org.recovery.core.setback.SetbackId;

/**
 * A mutable working copy of a {@link JourneyState}, used while events are applied.
 *
 * <p>For one event ({@link #of}), fields start as the state's unmodifiable collections and {@link
 * #put}/{@link #add} copy a collection when it changes, so applying an event copies only what it
 * touches. For a whole history ({@link #forReplay}), the collections are copied once, changed in
 * place, and a commitment's reports are gathered in one map per commitment, so a replay copies each
 * collection once rather than once per event; {@link #freeze} builds the state once.
 */
final class Draft {
  final JourneyState base;
  private final boolean batch;
  private final Map<CommitmentId, NavigableMap<LocalDate, Report>> reports = new HashMap<>();
  private long applied;
  Map<BetrayalId, Betrayal> betrayals;
  Set<PartnerId> decidedToTry;
  Map<CommitmentId, Commitment> commitments;
  List<CheckIn> checkIns;
  Map<SetbackId, Setback> setbacks;
  Map<BoundaryId, Boundary> boundaries;
  Consent consent;
  SafetyState safety;
  List<TherapySessionRecorded> therapySessions;
  List<CrisisFlagged> crisisFlags;
  List<Pause> pauses;
  Optional<JourneyOutcome> outcome;
  StagePosition position;
  PartnerPreferences preferences;
  Optional<ModelRef> model;

  private Draft(JourneyState s, boolean batch) {
    base = s;
    this.batch = batch;
    betrayals = s.betrayals();
    decidedToTry = s.decidedToTry();
    commitments = s.commitments();
    checkIns = s.checkIns();
    setbacks = s.setbacks();
    boundaries = s.boundaries();
    consent = s.consent();
    safety = s.safety();
    therapySessions = s.therapySessions();
    crisisFlags = s.crisisFlags();
    pauses = s.pauses();
    outcome = s.outcome();
    position = s.position();
    preferences = s.preferences();
    model = s.model();
    if (batch) {
      betrayals = new LinkedHashMap<>(betrayals);
      commitments = new LinkedHashMap<>(commitments);
      checkIns = new ArrayList<>(checkIns);
      setbacks = new LinkedHashMap<>(setbacks);
      boundaries = new LinkedHashMap<>(boundaries);
      therapySessions = new ArrayList<>(therapySessions);
      crisisFlags = new ArrayList<>(crisisFlags);
      pauses = new ArrayList<>(pauses);
    }
  }

  /** A draft for applying one event to {@code s}. */
  static Draft of(JourneyState s) {
    return new Draft(s, false);
  }

  /** A draft for applying many events to {@code s}, one after another. */
  static Draft forReplay(JourneyState s) {
    return new Draft(s, true);
  }

  /** {@code map} with {@code key} set to {@code value}: changed in place when replaying. */
  <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
    Map<K, V> next = batch ? map : new LinkedHashMap<>(map);
    next.put(key, value);
    return next;
  }

  /** {@code list} with {@code item} added: changed in place when replaying. */
  <T> List<T> add(List<T> list, T item) {
    if (batch) {
      list.add(item);
      return list;
    }
    List<T> next = new ArrayList<>(list.size() + 1);
    next.addAll(list);
    next.add(item);
    return next;
  }

  /** The commitment with this id, or null. */
  Commitment commitment(CommitmentId id) {
    return commitments.get(id);
  }

  /** Records {@code report} for its day on commitment {@code id}, which exists. */
  void report(CommitmentId id, Report report) {
    if (!batch) {
      commitments = put(commitments, id, commitments.get(id).withReport(report));
      return;
    }
    reports
        .computeIfAbsent(id, k -> new TreeMap<>(commitments.get(k).reports()))
        .put(report.day(), report);
  }

  /** The report of commitment {@code id}, which exists, for {@code day}. */
  Optional<Report> reportOn(CommitmentId id, LocalDate day) {
    NavigableMap<LocalDate, Report> gathered = reports.get(id);
    return gathered != null
        ? Optional.ofNullable(gathered.get(day))
        : commitments.get(id).reportOn(day);
  }

  /** Counts one more event applied. */
  Draft applied() {
    applied++;
    return this;
  }

  /** The state after every event applied, its version counting them. */
  JourneyState freeze() {
    reports.forEach(
        (id, gathered) -> commitments.put(id, commitments.get(id).withReports(gathered)));
    reports.clear();
    return new JourneyState(
        base.id(),
        base.first(),
        base.second(),
        base.zone(),
        base.settings(),
        base.startedAt(),
        base.version() + applied,
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
}
