package org.recovery.persistence.model;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.progress.StandardModel;

class ModelMutationProperties {
  private static final JsonNode CUSTOM = JsonEdits.tree(JsonEdits.text("/model/custom-model.json"));
  private static final JsonNode STANDARD =
      JsonEdits.tree(ModelWriter.write(StandardModel.create()));

  @Property
  void aChangedDocumentReadsAsAValidModelOrIsRefusedAtAPathItHas(
      @ForAll boolean standard,
      @ForAll JsonMutations.Kind kind,
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 100) int variant) {
    JsonNode changed = JsonMutations.mutate(standard ? STANDARD : CUSTOM, kind, pick, variant);

    JsonMutations.readsBackOrIsRefusedAtAPlace(changed, ModelReader::read, ModelWriter::write);
    JsonMutations.coverBothOutcomes();
  }
}
