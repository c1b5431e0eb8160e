package org.recovery.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recovery.core.common.PartnerId;
import org.recovery.core.consent.ConsentLevel;

/**
 * Chooses the practices a report suggests. Nothing above the effective consent level; nothing
 * that monitors a partner while a safety concern stands; and when the viewer's own screening
 * flags a concern, only individual support.
 */
final class Suggestions {
  private Suggestions() {}

  static List<Practice> choose(RecoveryModel model, Stage stage, PartnerId viewer,
      Set<PartnerId> hurt, Set<PartnerId> involved, ConsentLevel effective,
      boolean concernStands, boolean viewersOwnConcern) {
    List<Practice> out = new ArrayList<>();
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
      boolean forViewer = switch (p.audience()) {
        case COUPLE, EACH_PARTNER -> true;
        case HURT_PARTNER -> hurt.contains(viewer);
        case INVOLVED_PARTNER -> involved.contains(viewer);
      };
      if (forViewer && !p.individualSupport() && effective.allows(p.requires())
          && !(p.monitoring() && concernStands)) {
        out.add(p);
      }
    }
    return out;
  }
}
