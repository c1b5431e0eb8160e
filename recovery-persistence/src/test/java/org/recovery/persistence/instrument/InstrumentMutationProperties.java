package org.recovery.persistence.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Instruments;
import org.recovery.persistence.model.JsonEdits;
import org.recovery.persistence.model.JsonMutations;

class InstrumentMutationProperties {
  private static final List<JsonNode> VALID = valid();

  @Property
  void aChangedDocumentReadsAsAValidInstrumentOrIsRefusedAtAPathItHas(
      @ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll JsonMutations.Kind kind,
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 100) int variant) {
    JsonNode changed = JsonMutations.mutate(VALID.get(which), kind, pick, variant);

    JsonMutations.readsBackOrIsRefusedAtAPlace(
        changed, InstrumentReader::read, InstrumentWriter::write);
    JsonMutations.coverBothOutcomes();
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
