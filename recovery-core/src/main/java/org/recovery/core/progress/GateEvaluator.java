package org.recovery.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.Betrayal;

/** Measures gates against the couple's shared facts. Pure. */
final class GateEvaluator {
  private GateEvaluator() {}

  static List<GateResult> evaluate(List<Gate> gates, CoupleFacts facts) {
    List<GateResult> out = new ArrayList<>();
    for (Gate g : gates) {
      out.add(evaluate(g, facts));
    }
    return out;
  }

  static GateResult evaluate(Gate gate, CoupleFacts f) {
    if (gate instanceof Gate.BothPartnersScreenedForSafety g) {
      int n = f.screened().size();
      return result(
          g,
          n == 2,
          n + " of 2",
          "2 of 2",
          n == 2
              ? "Both of you have completed the private safety screening."
              : "Each of you completes the private safety screening (" + n + " of 2 done).",
          List.of());
    }
    if (gate instanceof Gate.BothPartnersDecidedToTry g) {
      int n = f.shared().decidedToTry().size();
      return result(
          g,
          n == 2,
          n + " of 2",
          "2 of 2",
          n == 2
              ? "Both of you have decided to work on the relationship."
              : "Each of you decides, in your own time, whether to try (" + n + " of 2 so far).",
          f.shared().decidedToTry().stream().map(p -> "partner:" + p).toList());
    }
    if (gate instanceof Gate.MinimumDaysInStage g) {
      long days = f.daysInStage();
      return result(
          g,
          days >= g.days(),
          days(days),
          "at least " + days(g.days()),
          days >= g.days()
              ? days(days) + " in this stage; this stage asks for at least " + g.days() + "."
              : days(days)
                  + " in this stage; give it at least "
                  + g.days()
                  + " — healing cannot be rushed.",
          List.of());
    }
    if (gate instanceof Gate.ResponsibilityTakenForEveryBetrayal g) {
      return betrayals(
          g,
          f,
          Betrayal::isAcknowledged,
          "responsibility taken",
          "The involved partner has taken responsibility for ");
    }
    if (gate instanceof Gate.HurtPartnersFeelHeard g) {
      return betrayals(
          g,
          f,
          b -> b.heard().map(h -> h.compareTo(g.atLeast()) >= 0).orElse(false),
          "hurt partner feels heard",
          "The hurt partner feels heard about ");
    }
    if (gate instanceof Gate.NoContactCommitmentActive g) {
      return commitmentFor(g, f, CommitmentCategory.NO_CONTACT, true);
    }
    if (gate instanceof Gate.TransparencyCommitmentActive g) {
      return commitmentFor(g, f, CommitmentCategory.TRANSPARENCY, false);
    }
    if (gate instanceof Gate.RitualsInPlace g) {
      List<String> ids = active(f, CommitmentCategory.CONNECTION, null);
      boolean met = ids.size() >= g.count();
      return result(
          g,
          met,
          ids.size() + " active",
          "at least " + g.count(),
          met
              ? "You have rituals of your own in place (" + ids.size() + ")."
              : "Agree on a ritual of your own — a date night, a weekly walk — as a connection"
                  + " commitment.",
          ids);
    }
    return BehaviourGates.evaluate(gate, f);
  }

  private static GateResult betrayals(
      Gate g,
      CoupleFacts f,
      java.util.function.Predicate<Betrayal> holds,
      String what,
      String prefix) {
    List<Betrayal> all = List.copyOf(f.shared().betrayals().values());
    if (all.isEmpty()) {
      return result(
          g,
          false,
          "no betrayal recorded",
          "every betrayal",
          "No betrayal is recorded yet; record what happened first.",
          List.of());
    }
    List<String> evidence = new ArrayList<>();
    int ok = 0;
    for (Betrayal b : all) {
      if (holds.test(b)) {
        ok++;
        evidence.add("betrayal:" + b.id());
      }
    }
    boolean met = ok == all.size();
    return result(
        g,
        met,
        ok + " of " + all.size(),
        "every betrayal",
        met
            ? prefix + (all.size() == 1 ? "the betrayal." : "every betrayal.")
            : what + ": " + ok + " of " + all.size() + " betrayals so far.",
        evidence);
  }

  private static GateResult commitmentFor(
      Gate g, CoupleFacts f, CommitmentCategory category, boolean affairsOnly) {
    List<PartnerId> owners = new ArrayList<>();
    for (Betrayal b : f.shared().betrayals().values()) {
      if ((!affairsOnly || b.kind().involvesAffairPartner())
          && !owners.contains(b.involvedPartner())) {
        owners.add(b.involvedPartner());
      }
    }
    String name = category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    if (owners.isEmpty()) {
      boolean vacuous = affairsOnly && !f.shared().betrayals().isEmpty();
      return result(
          g,
          vacuous,
          vacuous ? "not needed" : "no betrayal recorded",
          "an active " + name + " commitment",
          vacuous
              ? "No betrayal involved an affair partner, so no " + name + " commitment is needed."
              : "No betrayal is recorded yet; record what happened first.",
          List.of());
    }
    List<String> evidence = new ArrayList<>();
    int ok = 0;
    for (PartnerId owner : owners) {
      List<String> ids = active(f, category, owner);
      evidence.addAll(ids);
      ok += ids.isEmpty() ? 0 : 1;
    }
    boolean met = ok == owners.size();
    String who =
        owners.size() == 1
            ? f.shared().partner(owners.get(0)).name()
            : "each involved" + " partner";
    return result(
        g,
        met,
        ok + " of " + owners.size(),
        "an active " + name + " commitment",
        met
            ? who + " keeps an active " + name + " commitment."
            : who + " needs an active " + name + " commitment, proposed and accepted.",
        evidence);
  }

  /** Ids of commitments of {@code category} active today, of {@code owner} (any if null). */
  static List<String> active(CoupleFacts f, CommitmentCategory category, PartnerId owner) {
    List<String> ids = new ArrayList<>();
    for (Commitment c : f.shared().commitments().values()) {
      if (c.category() == category
          && (owner == null || c.owner().equals(owner))
          && c.statusOn(f.today()) == CommitmentStatus.ACTIVE) {
        ids.add("commitment:" + c.id());
      }
    }
    return ids;
  }

  /** {@code n} days in words: "1 day", "0 days", "14 days". */
  static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  static GateResult result(
      Gate g,
      boolean met,
      String measured,
      String required,
      String sentence,
      List<String> evidence) {
    return new GateResult(g.id(), met, measured, required, sentence, evidence, g.source());
  }
}
