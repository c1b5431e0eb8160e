package org.recovery.persistence.instrument;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.ResponseScale;
import org.recovery.core.instrument.Subscale;
import org.recovery.persistence.json.Documents;

/**
 * Writes an {@link Instrument} as the JSON {@link InstrumentReader} reads: indented, fields in a
 * fixed order, optional parts (wording, labels, total, reliable-change index) left out when absent.
 * Reading what this writes gives an equal instrument.
 *
 * <p>Thread-safe; holds no state.
 */
public final class InstrumentWriter {
  private InstrumentWriter() {}

  /**
   * The JSON of {@code instrument}, ending with a line break.
   *
   * @throws NullPointerException if {@code instrument} is null
   */
  public static String write(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument must not be null");
    ObjectNode root = Documents.object();
    root.put("id", instrument.id());
    root.put("name", instrument.name());
    root.put("version", instrument.version());
    root.put("wordingLicence", instrument.wordingLicence().name());
    ArrayNode items = root.putArray("items");
    for (Item i : instrument.items()) {
      item(i, items.addObject());
    }
    ArrayNode subscales = root.putArray("subscales");
    for (Subscale s : instrument.subscales()) {
      ObjectNode o = subscales.addObject();
      o.put("id", s.id());
      o.put("name", s.name());
      s.items().forEach(o.putArray("items")::add);
      o.put("aggregation", s.aggregation().name());
    }
    instrument
        .total()
        .ifPresent(
            t -> {
              ObjectNode o = root.putObject("total");
              t.items().forEach(o.putArray("items")::add);
              o.put("aggregation", t.aggregation().name());
              o.put("min", t.min());
              o.put("max", t.max());
              o.put("polarity", t.polarity().name());
            });
    ArrayNode cutOffs = root.putArray("cutOffs");
    for (CutOff c : instrument.cutOffs()) {
      cutOffs
          .addObject()
          .put("id", c.id())
          .put("threshold", c.threshold())
          .put("flaggedWhen", c.flaggedWhen().name())
          .put("meaning", c.meaning());
    }
    instrument
        .rci()
        .ifPresent(
            r -> {
              ObjectNode o = root.putObject("rci");
              o.put("value", r.value());
              r.cutOff().ifPresent(c -> o.put("cutOff", c));
              o.put("source", r.source());
            });
    instrument.sources().forEach(root.putArray("sources")::add);
    return Documents.print(root);
  }

  private static void item(Item i, ObjectNode o) {
    o.put("id", i.id());
    i.wording().ifPresent(w -> o.put("wording", w));
    ResponseScale scale = i.scale();
    ObjectNode s = o.putObject("scale");
    s.put("min", scale.min());
    s.put("max", scale.max());
    if (!scale.labels().isEmpty()) {
      ObjectNode labels = s.putObject("labels");
      for (Map.Entry<Integer, String> l : scale.labels().entrySet()) {
        labels.put(Integer.toString(l.getKey()), l.getValue());
      }
    }
    o.put("reverseKeyed", i.reverseKeyed());
  }
}
