package org.recovery.cli;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.setback.SetbackId;

/**
 * Reads the id of a commitment, boundary, setback or betrayal: a whole id is passed to core as it
 * is (core refuses an unknown one), and the first characters of an id — as output shows them — are
 * accepted when exactly one known id starts with them.
 */
final class Refs {
  private Refs() {}

  static CommitmentId commitment(Session session, String text) {
    JourneyView view = session.view();
    return resolve(
        "commitment",
        session.hintForMe("commitment list"),
        text,
        view.state().commitments().keySet(),
        CommitmentId::value,
        CommitmentId::new);
  }

  static BoundaryId boundary(Session session, String text) {
    JourneyView view = session.view();
    return resolve(
        "boundary",
        session.hintForMe("boundary list"),
        text,
        view.state().boundaries().keySet(),
        BoundaryId::value,
        BoundaryId::new);
  }

  static SetbackId setback(Session session, String text) {
    JourneyView view = session.view();
    return resolve(
        "setback",
        session.hintForMe("setback list"),
        text,
        view.state().setbacks().keySet(),
        SetbackId::value,
        SetbackId::new);
  }

  /** The betrayal {@code text} names; when it is null, the journey's only betrayal. */
  static BetrayalId betrayal(Session session, String text) {
    Collection<BetrayalId> known = session.view().state().betrayals().keySet();
    if (text == null) {
      if (known.size() == 1) {
        return known.iterator().next();
      }
      throw CliFailure.usage(
          known.isEmpty()
              ? "No betrayal is recorded yet; record one with `"
                  + session.hintForMe("betrayal record")
                  + "`."
              : "This journey has "
                  + known.size()
                  + " betrayals; name one by its id (`"
                  + session.hintForMe("betrayal list")
                  + "`).");
    }
    return resolve(
        "betrayal",
        session.hintForMe("betrayal list"),
        text,
        known,
        BetrayalId::value,
        BetrayalId::new);
  }

  private static <I> I resolve(
      String what,
      String listing,
      String text,
      Collection<I> known,
      Function<I, UUID> uuid,
      Function<UUID, I> make) {
    String prefix = text.strip().toLowerCase(Locale.ROOT);
    try {
      UUID whole = UUID.fromString(prefix);
      if (whole.toString().equals(prefix)) {
        return make.apply(whole);
      }
    } catch (IllegalArgumentException notWhole) {
      // A prefix, looked up below.
    }
    List<I> matching =
        prefix.isEmpty()
            ? List.of()
            : known.stream().filter(id -> uuid.apply(id).toString().startsWith(prefix)).toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    throw CliFailure.usage(
        (matching.isEmpty() ? "No " + what + " has" : matching.size() + " " + what + "s have")
            + " an id starting with '"
            + text
            + "'; `"
            + listing
            + "` shows them.");
  }
}
