package org.recovery.cli;

import java.util.Map;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;

/**
 * The partners' names for output, from the viewer's side: the viewer is "you" in sentences where
 * that reads better, and by name in tables.
 *
 * @param names each partner's display name
 * @param viewer the partner reading
 */
record Names(Map<PartnerId, String> names, PartnerId viewer) {

  static Names of(JourneyStarted started, PartnerId viewer) {
    return new Names(
        Map.of(
            started.firstPartner(),
            started.firstName(),
            started.secondPartner(),
            started.secondName()),
        viewer);
  }

  /** The partner's name, or a placeholder for an id this journey does not know. */
  String of(PartnerId partner) {
    return names.getOrDefault(partner, "someone");
  }

  /** The other partner's name. */
  String other() {
    return names.entrySet().stream()
        .filter(e -> !e.getKey().equals(viewer))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("your partner");
  }
}
