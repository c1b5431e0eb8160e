package org.recovery.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recovery.core.common.PartnerId;

/**
 * Shapes gate verdicts for the partner who reads them, so that no gate puts pressure on anyone:
 *
 * <ul>
 *   <li>a gate that measures how the hurt partner feels (their emotional-safety ratings, feeling
 *       heard, sharing something vulnerable) shows only met or not yet, in words, to anyone but a
 *       partner who was only hurt: never the target, the measured value or the entries behind it;
 *   <li>a gate that counts days (the stage's minimum, days without a severe setback) shows only met
 *       or not yet to a partner who has not chosen day counters.
 * </ul>
 *
 * Whether a gate is met never changes; only what is said about it.
 */
final class GatePresentation {
  private GatePresentation() {}

  static List<GateResult> forViewer(
      List<Gate> gates,
      List<GateResult> results,
      PartnerId viewer,
      Set<PartnerId> hurt,
      Set<PartnerId> involved,
      boolean dayCounters) {
    boolean onlyHurt = hurt.contains(viewer) && !involved.contains(viewer);
    List<GateResult> out = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      out.add(shaped(gates.get(i), results.get(i), onlyHurt, dayCounters));
    }
    return out;
  }

  private static GateResult shaped(Gate gate, GateResult r, boolean onlyHurt, boolean dayCounters) {
    if (!onlyHurt && gate instanceof Gate.HurtPartnersRatingHoldsUp) {
      return words(
          r,
          "The sense of safety of the partner who was hurt is holding up.",
          "Not yet: this follows how safe the partner who was hurt feels, at their pace. It"
              + " cannot be hurried, and nobody is asked for a number.");
    }
    if (!onlyHurt && gate instanceof Gate.HurtPartnersFeelHeard) {
      return words(
          r,
          "The partner who was hurt feels heard.",
          "Not yet: the partner who was hurt says when they feel heard. Keep listening; there"
              + " is no deadline.");
    }
    if (!onlyHurt && gate instanceof Gate.VulnerabilitySharedByBoth) {
      return words(
          r,
          "You both share vulnerable moments.",
          "Not yet: sharing something vulnerable comes at each person's own pace.");
    }
    if (!dayCounters && gate instanceof Gate.MinimumDaysInStage) {
      return words(
          r,
          "This stage has had the time it asks for.",
          "Not yet: this stage asks for more time. Healing can't be rushed.");
    }
    if (!dayCounters && gate instanceof Gate.NoSevereSetbackFor) {
      return words(
          r,
          "No severe setback for the time this stage asks.",
          "Not yet: this stage asks for a longer time without a severe setback.");
    }
    return r;
  }

  private static GateResult words(GateResult r, String met, String notYet) {
    return new GateResult(r.gate(), r.met(), "", "", r.met() ? met : notYet, List.of(), r.source());
  }
}
