package org.recovery.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.ConsentLevel;

/**
 * Chooses the practices a report suggests. Nothing above the effective consent level; nothing that
 * monitors a partner while a safety concern stands; and when the viewer's own screening flags a
 * concern, only individual support. The safety screening itself is suggested to a partner who has
 * not taken it, in any stage, and to nobody who has.
 */
final class Suggestions {
  /**
   * Suggested to a partner, in any stage, until they have taken the safety screening themself;
   * never once they have.
   */
  static final Practice TAKE_THE_SCREENING =
      new Practice(
          "take-the-screening",
          "Take the safety screening",
          "A few private questions about your safety, answered on your own. Your partner never sees"
              + " your answers.",
          Audience.EACH_PARTNER,
          ConsentLevel.NONE,
          false,
          false,
          "Stith, McCollum & Rosen 2011: screen every couple, each partner alone");

  private Suggestions() {}

  static List<Practice> choose(
      RecoveryModel model,
      Stage stage,
      PartnerId viewer,
      Set<PartnerId> hurt,
      Set<PartnerId> involved,
      ConsentLevel effective,
      boolean concernStands,
      boolean viewersOwnConcern,
      boolean viewerScreened) {
    List<Practice> out = new ArrayList<>();
    if (!viewerScreened) {
      out.add(TAKE_THE_SCREENING);
    }
    if (viewersOwnConcern) {
      for (Stage s : model.stages()) {
        for (Practice p : s.practices()) {
          if (p.individualSupport() && !p.monitoring()) {
            out.add(p);
          }
        }
      }
      return out;
    }
    for (Practice p : stage.practices()) {
      boolean forViewer =
          switch (p.audience()) {
            case COUPLE, EACH_PARTNER -> true;
            case HURT_PARTNER -> hurt.contains(viewer);
            case INVOLVED_PARTNER -> involved.contains(viewer);
          };
      if (forViewer
          && !p.individualSupport()
          && effective.allows(p.requires())
          && !(p.monitoring() && concernStands)) {
        out.add(p);
      }
    }
    return out;
  }
}
