package org.recovery.core.journey;

import java.util.ArrayList;
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
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.Consent;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.safety.SafetyState;
import org.recovery.core.setback.Setback;
import org.recovery.core.setback.SetbackId;

/**
 * A mutable working copy of a {@link JourneyState}, used only while one event is applied. Fields
 * start as the state's unmodifiable collections; helpers copy a collection the first time it
 * changes, so applying an event copies only what it touches.
 */
final class Draft {
  final JourneyState base;
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

  Draft(JourneyState s) {
    base = s;
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
  }

  static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
    Map<K, V> next = new LinkedHashMap<>(map);
    next.put(key, value);
    return next;
  }

  static <T> List<T> add(List<T> list, T item) {
    List<T> next = new ArrayList<>(list.size() + 1);
    next.addAll(list);
    next.add(item);
    return next;
  }

  JourneyState freeze() {
    return new JourneyState(base.id(), base.first(), base.second(), base.zone(),
        base.settings(), base.startedAt(), base.version() + 1, betrayals, decidedToTry,
        commitments, checkIns, setbacks, boundaries, consent, safety, therapySessions,
        crisisFlags, pauses, outcome, position, preferences);
  }
}
