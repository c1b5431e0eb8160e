package org.recovery.persistence.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Instruments;
import org.recovery.persistence.model.JsonEdits;
import org.recovery.persistence.model.JsonMutations;

class InstrumentMutationProperties {
  private static final List<JsonNode> VALID = valid();

  @Property
  void aChangedDocumentReadsAsAValidInstrumentOrIsRefusedAtAPathItHas(
      @ForAll @IntRange(min = 0, max = 3) int which, @ForAll JsonMutations.Kind kind,
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 100) int variant) {
    JsonNode changed = JsonMutations.mutate(VALID.get(which), kind, pick, variant);

    try {
      Instrument instrument = InstrumentReader.read(changed.toString());
      assertThat(InstrumentReader.read(InstrumentWriter.write(instrument))).isEqualTo(instrument);
      Statistics.label("outcome").collect("read");
    } catch (InstrumentFormatException e) {
      Statistics.label("outcome").collect("refused");
      assertThat(e.rule()).isNotBlank();
      String located = e.rule().equals("is required") ? JsonMutations.parentOf(e.path()) : e.path();
      assertThat(JsonMutations.resolve(changed, located))
          .as("%s names a place in the changed document", e.getMessage()).isPresent();
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("read").percentage(p -> p > 5);
      c.check("refused").percentage(p -> p > 50);
    });
  }

  private static List<JsonNode> valid() {
    List<JsonNode> documents = new ArrayList<>();
    for (Instrument shipped : Instruments.all()) {
      documents.add(JsonEdits.tree(InstrumentWriter.write(shipped)));
    }
    documents.add(JsonEdits.tree(JsonEdits.text("/instrument/custom-instrument.json")));
    return documents;
  }
}
