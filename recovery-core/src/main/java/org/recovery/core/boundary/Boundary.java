package org.recovery.core.boundary;

import java.util.Objects;
import java.util.Optional;

/**
 * A boundary as it stands: the wording both partners agreed to (if any), and a change waiting for
 * the other partner's answer (if any).
 *
 * @param id the boundary's id
 * @param area the part of life it is about
 * @param agreedText the wording both partners agreed to; empty before the first agreement and after
 *     an agreed withdrawal
 * @param revision the revision number of the agreed wording (0 before the first agreement)
 * @param pending a change waiting for the other partner's agreement
 * @param lastProposal the highest revision number ever proposed, so every proposal — even one after
 *     a declined one — gets a number of its own
 */
public record Boundary(
    BoundaryId id,
    BoundaryArea area,
    Optional<String> agreedText,
    int revision,
    Optional<BoundaryChange> pending,
    int lastProposal) {

  /** Validates the boundary. */
  public Boundary {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(area, "area must not be null");
    Objects.requireNonNull(agreedText, "agreedText must not be null");
    if (revision < 0) {
      throw new IllegalArgumentException("revision must not be negative, was " + revision);
    }
    Objects.requireNonNull(pending, "pending must not be null");
    if (lastProposal < revision) {
      throw new IllegalArgumentException(
          "lastProposal must be at least revision " + revision + ", was " + lastProposal);
    }
  }

  /** A boundary that one partner has just proposed. */
  public static Boundary proposed(BoundaryId id, BoundaryArea area, BoundaryChange change) {
    return new Boundary(id, area, Optional.empty(), 0, Optional.of(change), change.revision());
  }

  /** Whether the boundary is in force: both partners agreed to its wording, and not withdrawn. */
  public boolean isActive() {
    return agreedText.isPresent();
  }

  /** The number the next proposed change gets. */
  public int nextRevision() {
    return lastProposal + 1;
  }

  /** Whether it ended: it was once agreed, and both partners agreed to withdraw it. */
  public boolean isWithdrawn() {
    return agreedText.isEmpty() && revision > 0;
  }

  /** Returns this boundary with {@code change} waiting for the other partner. */
  public Boundary withPending(BoundaryChange change) {
    return new Boundary(
        id,
        area,
        agreedText,
        revision,
        Optional.of(change),
        Math.max(lastProposal, change.revision()));
  }

  /** Returns this boundary with its pending change dropped (declined or taken back). */
  public Boundary withoutPending() {
    return new Boundary(id, area, agreedText, revision, Optional.empty(), lastProposal);
  }

  /**
   * Returns this boundary after the other partner agreed to the pending change.
   *
   * @throws IllegalStateException if nothing is pending
   */
  public Boundary agreed() {
    BoundaryChange change =
        pending.orElseThrow(
            () -> new IllegalStateException("boundary " + id + " has no pending change"));
    Optional<String> text =
        change.kind() == BoundaryChange.Kind.WITHDRAW
            ? Optional.empty()
            : Optional.of(change.text());
    return new Boundary(id, area, text, change.revision(), Optional.empty(), lastProposal);
  }
}
