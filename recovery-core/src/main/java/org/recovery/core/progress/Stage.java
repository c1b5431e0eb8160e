package org.recovery.core.progress;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.common.StageId;
import org.recovery.core.consent.ConsentLevel;

/**
 * One stage of a recovery model.
 *
 * @param id the stage's id
 * @param name its name for people
 * @param purpose what the stage is for, in a sentence or two
 * @param practices what the model suggests in this stage
 * @param gates the rules that make the next stage reachable; empty for the last stage
 * @param requiredConsent the consent level the stage's intimacy practices are about, if any.
 *     Descriptive only: a lower effective level narrows what is suggested and never moves the
 *     couple, restarts a minimum or holds them back
 */
public record Stage(
    StageId id,
    String name,
    String purpose,
    List<Practice> practices,
    List<Gate> gates,
    Optional<ConsentLevel> requiredConsent) {

  /** Validates the stage. @throws IllegalArgumentException naming the field */
  public Stage {
    Objects.requireNonNull(id, "stage id must not be null");
    Checks.text("stage " + id + " name", name, 80);
    Checks.text("stage " + id + " purpose", purpose, 1000);
    practices = List.copyOf(practices);
    gates = List.copyOf(gates);
    Objects.requireNonNull(requiredConsent, "stage " + id + " requiredConsent must not be null");
    Set<String> seen = new HashSet<>();
    for (Practice p : practices) {
      if (!seen.add(p.id())) {
        throw new IllegalArgumentException("stage " + id + " lists practice " + p.id() + " twice");
      }
    }
  }
}
