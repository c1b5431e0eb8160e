package org.recovery.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;

/**
 * The couple of the sealed-entry and key tests: Ana and Ben, their passphrases, what they write.
 */
final class AnaAndBen {
  static final PartnerId ANA = new PartnerId(new UUID(1, 1));
  static final PartnerId BEN = new PartnerId(new UUID(2, 2));
  static final Instant AT = Instant.parse("2026-03-02T07:00:00Z");
  static final char[] ANAS = "ana-passphrase-1".toCharArray();
  static final char[] BENS = "ben-passphrase-1".toCharArray();

  private AnaAndBen() {}

  /** Ana starts {@code journey} with Ben, in Berlin, on the standard model. */
  static JourneyStarted started(JourneyId journey) {
    return new JourneyStarted(
        journey, ANA, "Ana", BEN, "Ben", ZoneId.of("Europe/Berlin"), 7, 36, "standard", 3, ANA, AT);
  }

  /** A journal entry of {@code by}, private to them. */
  static JournalEntryWritten journal(PartnerId by, String text) {
    return new JournalEntryWritten(LocalDate.of(2026, 3, 2), text, by, AT);
  }
}
