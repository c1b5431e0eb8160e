package org.recovery.web.support;

import java.util.stream.Collectors;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Instruments;
import org.recovery.core.instrument.Item;

/**
 * The shipped catalogue with every item's wording supplied, as a practice holding licensed copies
 * would (placeholder text: the library ships none), so the standard model schedules the CSI-4 and
 * the page offers the questionnaires.
 */
public final class WordedCsi4 {
  private WordedCsi4() {}

  /** {@code instrument} with the placeholder "(item ID as printed in a licensed copy)". */
  public static Instrument worded(Instrument instrument) {
    return instrument.withWording(
        instrument.items().stream()
            .collect(
                Collectors.toMap(
                    Item::id, i -> "(item " + i.id() + " as printed in a licensed copy)")));
  }

  /** The shipped catalogue, every definition worded. */
  public static InstrumentCatalogue catalogue() {
    InstrumentCatalogue out = InstrumentCatalogue.standard();
    for (Instrument i : Instruments.all()) {
      out = out.with(worded(i));
    }
    return out;
  }
}
