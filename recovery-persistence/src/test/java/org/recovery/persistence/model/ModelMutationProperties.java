package org.recovery.persistence.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;

class ModelMutationProperties {
  private static final JsonNode CUSTOM = JsonEdits.tree(JsonEdits.text("/model/custom-model.json"));
  private static final JsonNode STANDARD =
      JsonEdits.tree(ModelWriter.write(StandardModel.create()));

  @Property
  void aChangedDocumentReadsAsAValidModelOrIsRefusedAtAPathItHas(
      @ForAll boolean standard, @ForAll JsonMutations.Kind kind,
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 100) int variant) {
    JsonNode changed = JsonMutations.mutate(standard ? STANDARD : CUSTOM, kind, pick, variant);

    try {
      RecoveryModel model = ModelReader.read(changed.toString());
      assertThat(ModelReader.read(ModelWriter.write(model))).isEqualTo(model);
      Statistics.label("outcome").collect("read");
    } catch (ModelFormatException e) {
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
}
