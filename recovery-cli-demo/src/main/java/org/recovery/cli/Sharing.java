package org.recovery.cli;

import org.recovery.core.common.Visibility;
import org.recovery.core.journey.PrivacyDefault;

/**
 * Who sees an entry: the core's {@link PrivacyDefault} for its kind, unless the person chose with a
 * share option or {@code --private}. The CLI decides no default of its own.
 */
final class Sharing {
  private Sharing() {}

  /**
   * The visibility of an entry of {@code kind}.
   *
   * @param shareOption how the share option is spelled, for the error
   * @throws CliFailure if both options are given, or a share option for an always private kind
   */
  static Visibility of(
      PrivacyDefault kind, boolean share, boolean keepPrivate, String shareOption) {
    if (share && keepPrivate) {
      throw CliFailure.usage("Say " + shareOption + " or --private, not both.");
    }
    if (share && !kind.choosable()) {
      throw CliFailure.usage(
          "This kind of entry is always private: leave out " + shareOption + ".");
    }
    if (share) {
      return Visibility.SHARED;
    }
    return keepPrivate ? Visibility.PRIVATE : kind.visibility();
  }
}
