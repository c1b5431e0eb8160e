package org.recovery.core.testing;

import java.util.Map;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Instruments;

/**
 * The shipped instruments as a practice holding a licensed copy would use them: the CSI-4 with its
 * wording supplied (placeholder text here; the library ships none), the others as shipped.
 */
public final class WordedInstruments {
  private WordedInstruments() {}

  /** The CSI-4 with placeholder wording for each item. */
  public static Instrument csi4() {
    return Instruments.csi4()
        .withWording(
            Map.of(
                "1",
                "(item 1 as printed in a licensed copy)",
                "2",
                "(item 2 ...)",
                "3",
                "(item 3 ...)",
                "4",
                "(item 4 ...)"));
  }

  /** A catalogue of the worded CSI-4 and the other shipped definitions. */
  public static InstrumentCatalogue catalogue() {
    return InstrumentCatalogue.standard().with(csi4());
  }
}
