package org.recovery.core.journey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;

/**
 * Each partner's own settings and personal records: where they are in forgiveness, and whether they
 * want day counters ("90 days without…"), which some find encouraging and others pressure.
 *
 * @param forgiveness each partner's latest forgiveness step
 * @param forgivenessSeenBy who may see each partner's latest forgiveness step, as its author chose
 * @param dayCounters the partners who chose to see day counters
 */
public record PartnerPreferences(
    Map<PartnerId, ForgivenessStep> forgiveness,
    Map<PartnerId, Visibility> forgivenessSeenBy,
    Set<PartnerId> dayCounters) {

  /** Makes the collections unmodifiable. */
  public PartnerPreferences {
    forgiveness = Map.copyOf(forgiveness);
    forgivenessSeenBy = Map.copyOf(forgivenessSeenBy);
    dayCounters = Set.copyOf(dayCounters);
  }

  /** Nothing chosen yet: no forgiveness recorded, no day counters. */
  public static PartnerPreferences none() {
    return new PartnerPreferences(Map.of(), Map.of(), Set.of());
  }

  /** Returns these preferences with {@code partner}'s forgiveness step and who may see it. */
  public PartnerPreferences withForgiveness(
      PartnerId partner, ForgivenessStep step, Visibility seenBy) {
    Map<PartnerId, ForgivenessStep> next = new HashMap<>(forgiveness);
    next.put(partner, step);
    Map<PartnerId, Visibility> nextSeenBy = new HashMap<>(forgivenessSeenBy);
    nextSeenBy.put(partner, seenBy);
    return new PartnerPreferences(next, nextSeenBy, dayCounters);
  }

  /** Returns these preferences with {@code partner}'s choice about day counters. */
  public PartnerPreferences withDayCounters(PartnerId partner, boolean shown) {
    Set<PartnerId> next = new HashSet<>(dayCounters);
    if (shown) {
      next.add(partner);
    } else {
      next.remove(partner);
    }
    return new PartnerPreferences(forgiveness, forgivenessSeenBy, next);
  }

  /** The latest forgiveness step of {@code partner}, if recorded. */
  public Optional<ForgivenessStep> forgivenessOf(PartnerId partner) {
    return Optional.ofNullable(forgiveness.get(partner));
  }

  /** Who may see {@code partner}'s latest forgiveness step, if one is recorded. */
  public Optional<Visibility> forgivenessSeenBy(PartnerId partner) {
    return Optional.ofNullable(forgivenessSeenBy.get(partner));
  }

  /** Whether {@code partner} chose to see day counters. */
  public boolean showsDayCounters(PartnerId partner) {
    return dayCounters.contains(partner);
  }
}
