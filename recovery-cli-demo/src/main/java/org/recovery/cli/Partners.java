package org.recovery.cli;

import java.util.List;
import java.util.Locale;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Partner;

/** Finds a journey's partners by the name (any case) or id given on the command line. */
final class Partners {
  private Partners() {}

  /** Both partners, in the order the journey started with. */
  static List<Partner> both(JourneyStarted started) {
    return List.of(
        new Partner(started.firstPartner(), started.firstName()),
        new Partner(started.secondPartner(), started.secondName()));
  }

  /**
   * The partner named by {@code --as}.
   *
   * @throws CliFailure 2 if no name was given or it names nobody
   */
  static Partner acting(JourneyStarted started, String name) {
    if (name == null || name.isBlank()) {
      throw CliFailure.usage("Say who is acting with --as NAME (" + namesOf(started) + ").");
    }
    return named(started, name, "--as");
  }

  /** The partner called {@code name}; {@code what} names the option for the message. */
  static Partner named(JourneyStarted started, String name, String what) {
    String wanted = name.strip();
    for (Partner p : both(started)) {
      if (p.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))
          || p.id().toString().equalsIgnoreCase(wanted)) {
        return p;
      }
    }
    throw CliFailure.usage(
        "There is no partner called '"
            + name
            + "' in this journey ("
            + what
            + "): the partners are "
            + namesOf(started)
            + ".");
  }

  /** The partner who is not {@code partner}. */
  static Partner other(JourneyStarted started, PartnerId partner) {
    return both(started).stream().filter(p -> !p.id().equals(partner)).findFirst().orElseThrow();
  }

  private static String namesOf(JourneyStarted started) {
    return started.firstName() + " or " + started.secondName();
  }
}
