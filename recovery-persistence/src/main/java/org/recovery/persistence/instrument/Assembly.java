package org.recovery.persistence.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.ReliableChangeIndex;
import org.recovery.core.instrument.Subscale;
import org.recovery.core.instrument.Total;
import org.recovery.core.instrument.WordingLicence;
import org.recovery.persistence.json.Fields;
import org.recovery.persistence.json.Paths;

/**
 * Builds an {@link Instrument} one part at a time, so that a rule core checks across the parts (an
 * unknown item in a subscale, a total range the scales cannot give, a cut-off without a total) is
 * reported at the path of the part that breaks it: each step builds the instrument with one more
 * part, and a refusal belongs to the part just added. Core's rules are applied, never restated.
 */
final class Assembly {
  private final String id;
  private final String name;
  private final int version;
  private List<Item> items = List.of();
  private final List<Subscale> subscales = new ArrayList<>();
  private Optional<Total> total = Optional.empty();
  private final List<CutOff> cutOffs = new ArrayList<>();
  private Optional<ReliableChangeIndex> rci = Optional.empty();
  private WordingLicence licence = WordingLicence.SCORING_ONLY;
  private final List<String> sources = new ArrayList<>();

  Assembly(String id, String name, int version) {
    this.id = id;
    this.name = name;
    this.version = version;
  }

  Instrument assemble(
      Fields d,
      WordingLicence wordingLicence,
      List<Item> allItems,
      List<Subscale> allSubscales,
      Optional<Total> theTotal,
      List<CutOff> allCutOffs,
      Optional<ReliableChangeIndex> theRci,
      List<String> allSources) {
    items = allItems;
    d.says("id", "instrument id")
        .says("name", "name of instrument " + id)
        .says("version", "version of instrument " + id)
        .otherwise("items");
    Instrument built = d.build(this::build);
    for (int i = 0; i < allSubscales.size(); i++) {
      subscales.add(allSubscales.get(i));
      built = d.within(Paths.index(d.at("subscales"), i), this::build);
    }
    if (theTotal.isPresent()) {
      total = theTotal;
      built = d.within(d.at("total"), this::build);
    }
    for (int i = 0; i < allCutOffs.size(); i++) {
      cutOffs.add(allCutOffs.get(i));
      built = d.within(Paths.index(d.at("cutOffs"), i), this::build);
    }
    if (theRci.isPresent()) {
      rci = theRci;
      built = d.within(d.at("rci"), this::build);
    }
    licence = wordingLicence;
    built = d.within(d.at("wordingLicence"), this::build);
    for (int i = 0; i < allSources.size(); i++) {
      sources.add(allSources.get(i));
      built = d.within(Paths.index(d.at("sources"), i), this::build);
    }
    return built;
  }

  private Instrument build() {
    return new Instrument(
        id, name, version, items, subscales, total, cutOffs, rci, licence, sources);
  }
}
