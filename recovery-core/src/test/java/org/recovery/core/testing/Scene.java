package org.recovery.core.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.setback.SetbackId;

/**
 * What the generator knows while it turns plans into commands, step by step: the step's day and
 * drawn actor, and which pool ids earlier steps created and who did. It never asks the domain; a
 * step that created nothing (because it was refused) still counts as having created its id, so
 * later commands about it are refused in turn. Ids come from a small pool per journey, kept apart
 * from other journeys' by a salt.
 */
final class Scene {
  static final int BETRAYALS = 2;
  static final int COMMITMENTS = 4;
  static final int BOUNDARIES = 3;
  static final int SETBACKS = 3;

  /**
   * Where the generator believes a commitment or boundary stands, assuming the commands given by
   * the fitting partner were accepted: proposed (or a change pending), agreed, active, or closed.
   */
  enum Stage {
    OPEN,
    AGREED,
    ACTIVE,
    CLOSED
  }

  /**
   * Something a step created: its pool slot; {@code by}, the partner who proposed it or its pending
   * change (for a betrayal, the hurt partner); {@code about}, a commitment's owner or a betrayal's
   * involved partner; and where it is believed to stand.
   */
  static final class Made {
    final int slot;
    PartnerId by;
    PartnerId about;
    Stage stage = Stage.OPEN;
    boolean everAgreed;
    boolean withdrawing;
    int proposals = 1;

    Made(int slot, PartnerId by, PartnerId about) {
      this.slot = slot;
      this.by = by;
      this.about = about;
    }

    /** Whether {@code actor} is the partner who did not propose it (or its pending change). */
    boolean answerableBy(PartnerId actor) {
      return by != null && !by.equals(actor) && !actor.equals(RandomJourneys.STRANGER);
    }
  }

  /** A report some step made about a commitment's day. */
  record Reported(Made commitment, LocalDate day, PartnerId by) {}

  private final long salt;
  private final List<Made> betrayals = new ArrayList<>();
  private final List<Made> commitments = new ArrayList<>();
  private final List<Made> boundaries = new ArrayList<>();
  private final List<Made> setbacks = new ArrayList<>();
  private final List<Reported> reports = new ArrayList<>();
  private final Set<PartnerId> screened = new HashSet<>();
  private final Set<PartnerId> decided = new HashSet<>();
  private final Map<PartnerId, Boolean> flagging = new HashMap<>();
  PartnerId actor;
  LocalDate today;
  int index;

  Scene(long salt) {
    this.salt = salt;
  }

  /** Who gives the step's command: {@code wanted} when the pick fits, unless a stranger acts. */
  PartnerId actorFor(Pick pick, PartnerId wanted) {
    return pick.fit() && !actor.equals(RandomJourneys.STRANGER) && wanted != null ? wanted : actor;
  }

  /** Whether the step's actor is one of the partners. */
  boolean byPartner() {
    return !actor.equals(RandomJourneys.STRANGER);
  }

  LocalDate day(int offset) {
    return today.plusDays(offset);
  }

  static PartnerId other(PartnerId partner) {
    return RandomJourneys.FIRST.equals(partner) ? RandomJourneys.SECOND : RandomJourneys.FIRST;
  }

  boolean hasBetrayals() {
    return !betrayals.isEmpty();
  }

  boolean hasCommitmentAt(Stage stage) {
    return commitments.stream().anyMatch(m -> m.stage == stage);
  }

  boolean hasBoundaryAt(Stage stage) {
    return boundaries.stream().anyMatch(m -> m.stage == stage);
  }

  boolean hasReports() {
    return !reports.isEmpty();
  }

  boolean hasSetbacks() {
    return !setbacks.isEmpty();
  }

  /** A betrayal to record; registered only if the roles are two different partners. */
  Made newBetrayal(PartnerId hurt, PartnerId involved) {
    boolean valid =
        byPartner()
            && !hurt.equals(involved)
            && !hurt.equals(RandomJourneys.STRANGER)
            && !involved.equals(RandomJourneys.STRANGER);
    return create(betrayals, BETRAYALS, hurt, involved, valid);
  }

  Made betrayal(Pick pick) {
    return pick(betrayals, BETRAYALS, pick);
  }

  /**
   * A commitment to propose; registered only if the generator believes the proposal is accepted:
   * partners only, and monitoring only once both partners screened clear.
   */
  Made newCommitment(PartnerId owner, boolean monitoring) {
    boolean valid =
        byPartner()
            && !owner.equals(RandomJourneys.STRANGER)
            && (!monitoring || bothScreenedClear());
    return create(commitments, COMMITMENTS, actor, owner, valid);
  }

  /** A commitment, preferring those believed to be at {@code stage}. */
  Made commitment(Pick pick, Stage stage) {
    return pick(at(commitments, stage), COMMITMENTS, pick, commitments);
  }

  Made newBoundary() {
    return create(boundaries, BOUNDARIES, actor, null, byPartner());
  }

  /** A boundary, preferring those believed to be at {@code stage}. */
  Made boundary(Pick pick, Stage stage) {
    return pick(at(boundaries, stage), BOUNDARIES, pick, boundaries);
  }

  Made newSetback(boolean valid) {
    return create(setbacks, SETBACKS, actor, null, valid && byPartner());
  }

  Made setback(Pick pick) {
    return pick(setbacks, SETBACKS, pick);
  }

  /** Whole days since the journey started (in UTC). */
  long daysSinceStart() {
    LocalDate start = LocalDate.ofInstant(RandomJourneys.START, ZoneOffset.UTC);
    return ChronoUnit.DAYS.between(start, today);
  }

  /** The first partner who has not screened yet (else the second); records {@code partner}. */
  PartnerId notYetScreened() {
    return screened.contains(RandomJourneys.FIRST) ? RandomJourneys.SECOND : RandomJourneys.FIRST;
  }

  void screenedBy(PartnerId partner, boolean flags) {
    if (!partner.equals(RandomJourneys.STRANGER)) {
      screened.add(partner);
      flagging.put(partner, flags);
    }
  }

  /** Whether both partners' latest screenings are believed clear. */
  boolean bothScreenedClear() {
    return flagging.size() == 2 && !flagging.containsValue(true);
  }

  /** The first partner who has not decided to try yet (else the second). */
  PartnerId notYetDecided() {
    return decided.contains(RandomJourneys.FIRST) ? RandomJourneys.SECOND : RandomJourneys.FIRST;
  }

  void decidedBy(PartnerId partner) {
    if (!partner.equals(RandomJourneys.STRANGER)) {
      decided.add(partner);
    }
  }

  /** Whether both partners have decided to try and screened, as far as the generator knows. */
  boolean bothDecidedAndScreened() {
    return decided.size() == 2 && screened.size() == 2;
  }

  void reported(Made commitment, LocalDate day, PartnerId by) {
    reports.add(new Reported(commitment, day, by));
  }

  /** A report an earlier step made, unless the pick strays or there is none. */
  Reported report(Pick pick) {
    if (pick.stray() || reports.isEmpty()) {
      return new Reported(commitment(pick, Stage.ACTIVE), day(-pick.choice() % 3), null);
    }
    return reports.get(reports.size() - 1 - pick.choice() % reports.size());
  }

  BetrayalId betrayalId(Made m) {
    return new BetrayalId(uuid(0x100, m.slot));
  }

  CommitmentId commitmentId(Made m) {
    return new CommitmentId(uuid(0x200, m.slot));
  }

  BoundaryId boundaryId(Made m) {
    return new BoundaryId(uuid(0x300, m.slot));
  }

  SetbackId setbackId(Made m) {
    return new SetbackId(uuid(0x400, m.slot));
  }

  /** A check-in id unique to this step. */
  CheckInId checkInId() {
    return new CheckInId(uuid(0x10000, index));
  }

  /**
   * The next unused slot, registered as created when the command is believed {@code valid}; once
   * the pool is used up, an earlier slot again (a duplicate, refused).
   */
  private static Made create(
      List<Made> made, int size, PartnerId by, PartnerId about, boolean valid) {
    if (made.size() >= size) {
      return made.get(made.size() % size);
    }
    Made m = new Made(made.size(), by, about);
    if (valid) {
      made.add(m);
    }
    return m;
  }

  private static Made pick(List<Made> made, int size, Pick pick) {
    return pick(made, size, pick, made);
  }

  /**
   * Mostly one of the {@code preferred}, recent ones first, else anything created; a stray pick
   * takes any slot of the pool, created or not, and one choice in seven ignores the preference.
   */
  private static Made pick(List<Made> preferred, int size, Pick pick, List<Made> made) {
    if (pick.stray() || made.isEmpty()) {
      int slot = pick.choice() % size;
      return slot < made.size() ? made.get(slot) : new Made(slot, null, null);
    }
    List<Made> from = preferred.isEmpty() || pick.choice() % 7 == 0 ? made : preferred;
    return from.get(from.size() - 1 - pick.choice() % from.size());
  }

  private static List<Made> at(List<Made> made, Stage stage) {
    return made.stream().filter(m -> m.stage == stage).toList();
  }

  private UUID uuid(int kind, int slot) {
    return new UUID(salt, kind + slot);
  }
}
