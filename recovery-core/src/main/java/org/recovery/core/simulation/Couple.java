package org.recovery.core.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.CommitmentCommand.AcceptCommitment;
import org.recovery.core.journey.CommitmentCommand.ActivateCommitment;
import org.recovery.core.journey.CommitmentCommand.ProposeCommitment;
import org.recovery.core.journey.Partner;
import org.recovery.core.setback.SetbackId;

/**
 * The simulated couple and what the simulation remembers between days: who they are, their moods,
 * the commitments they set up, and the loose ends (a report to give late, a disputed day to confirm
 * after talking).
 */
final class Couple {
  /** A report of {@code commitment} for {@code day}, to be made or confirmed later. */
  record Loose(Tracked commitment, int day) {}

  final Driver driver;
  final SeededIds ids;
  final Random random;
  final Plan plan;
  final Partner maya;
  final Partner daniel;
  final Mood mayaMood;
  final Mood danielMood;
  final BetrayalId affair;
  final List<Tracked> commitments = new ArrayList<>();
  final List<Loose> lateReports = new ArrayList<>();
  final List<Loose> disputed = new ArrayList<>();
  SetbackId conflict;
  SetbackId deception;

  Couple(Driver driver, SeededIds ids, Random random, Plan plan, Partner maya, Partner daniel) {
    this.driver = driver;
    this.ids = ids;
    this.random = random;
    this.plan = plan;
    this.maya = maya;
    this.daniel = daniel;
    this.mayaMood = Mood.hurt(random);
    this.danielMood = Mood.involved(random);
    this.affair = ids.betrayal();
  }

  LocalDate date(int day) {
    return driver.date(day);
  }

  PartnerId other(PartnerId partner) {
    return partner.equals(maya.id()) ? daniel.id() : maya.id();
  }

  Mood mood(PartnerId partner) {
    return partner.equals(maya.id()) ? mayaMood : danielMood;
  }

  /** {@code by} proposes a commitment for {@code owner}; it is tracked but not yet active. */
  Tracked propose(
      Tracked.Kind kind,
      PartnerId by,
      PartnerId owner,
      String title,
      CommitmentCategory category,
      Cost cost,
      Cadence cadence,
      Verification verification) {
    Tracked t = new Tracked(kind, ids.commitment(), owner, verification, cadence);
    if (driver.act(
        by, new ProposeCommitment(t.id(), owner, title, category, cost, cadence, verification))) {
      commitments.add(t);
    }
    return t;
  }

  /** The partner who did not propose {@code kind} accepts it, and its owner starts it today. */
  void acceptAndStart(Tracked.Kind kind, PartnerId acceptor, int day) {
    for (Tracked t : commitments) {
      if (t.kind() == kind
          && !t.isActiveOn(day)
          && driver.act(acceptor, new AcceptCommitment(t.id()))
          && driver.act(t.owner(), new ActivateCommitment(t.id(), date(day)))) {
        t.activeFrom(day, t.proposedCadence());
      }
    }
  }

  /** The tracked commitment of {@code kind}, if it was proposed. */
  Optional<Tracked> commitment(Tracked.Kind kind) {
    return commitments.stream().filter(t -> t.kind() == kind).findFirst();
  }

  /** How likely Daniel keeps a due commitment on {@code day}: from 0.85 rising to 0.97. */
  double keepChance(int day) {
    return 0.85 + 0.12 * Math.min(1.0, day / 365.0);
  }
}
