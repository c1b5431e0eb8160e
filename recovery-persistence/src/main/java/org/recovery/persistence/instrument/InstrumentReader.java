package org.recovery.persistence.instrument;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.recovery.core.instrument.Aggregation;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.Polarity;
import org.recovery.core.instrument.ReliableChangeIndex;
import org.recovery.core.instrument.ResponseScale;
import org.recovery.core.instrument.Subscale;
import org.recovery.core.instrument.Total;
import org.recovery.core.instrument.WordingLicence;
import org.recovery.persistence.json.Documents;
import org.recovery.persistence.json.Fields;
import org.recovery.persistence.json.Paths;

/**
 * Reads an {@link Instrument} from JSON, the form {@link InstrumentWriter} writes and
 * docs/custom-models.md describes:
 *
 * <pre>{@code
 * { "id": "...", "name": "...", "version": 1, "wordingLicence": "SCORING_ONLY",
 *   "items": [ { "id": "1", "wording": "...", "reverseKeyed": false,
 *                "scale": { "min": 0, "max": 4, "labels": { "0": "Never", "4": "Always" } } } ],
 *   "subscales": [ { "id": "...", "name": "...", "items": [ "1", "2" ], "aggregation": "SUM" } ],
 *   "total": { "items": [ ... ], "aggregation": "SUM", "min": 0, "max": 8,
 *              "polarity": "HIGHER_IS_BETTER" },
 *   "cutOffs": [ { "id": "...", "threshold": 3.5, "flaggedWhen": "BELOW", "meaning": "..." } ],
 *   "rci": { "value": 2.5, "cutOff": "...", "source": "..." },
 *   "sources": [ "..." ] }
 * }</pre>
 *
 * <p>Strict: every field is required except an item's {@code wording}, a scale's {@code labels},
 * the {@code total}, the {@code rci} and its {@code cutOff}; lists may be empty. A field the format
 * does not have, a value of the wrong kind, a label not named by a whole number, an unknown enum
 * value, and every rule of the core records are refused with an {@link InstrumentFormatException}
 * naming the path. Either the whole instrument is read, or nothing is.
 *
 * <p>Thread-safe; holds no state.
 */
public final class InstrumentReader {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,8}");
  private static final BiFunction<String, String, InstrumentFormatException> ERRORS =
      InstrumentFormatException::new;

  private InstrumentReader() {}

  /**
   * Reads an instrument from a JSON text.
   *
   * @throws InstrumentFormatException naming the path of the first problem found
   * @throws NullPointerException if {@code json} is null
   */
  public static Instrument read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return instrument(Documents.parse(json, ERRORS));
  }

  /**
   * Reads an instrument from a stream of JSON (UTF-8, or UTF-16/32 with its byte order mark). The
   * stream is read to the end of the document and left open.
   *
   * @throws InstrumentFormatException naming the path of the first problem found
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public static Instrument read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return instrument(Documents.parse(in, ERRORS));
  }

  private static Instrument instrument(JsonNode root) {
    Fields d =
        Fields.of(root, Paths.ROOT, ERRORS)
            .only(
                "id",
                "name",
                "version",
                "wordingLicence",
                "items",
                "subscales",
                "total",
                "cutOffs",
                "rci",
                "sources");
    Assembly a = new Assembly(d.text("id"), d.text("name"), d.integer("version"));
    WordingLicence licence = d.choice("wordingLicence", WordingLicence.class);
    List<Item> items = list(d, "items", InstrumentReader::item);
    List<Subscale> subscales = list(d, "subscales", InstrumentReader::subscale);
    Optional<Total> total = d.optionalObject("total").map(InstrumentReader::total);
    List<CutOff> cutOffs = list(d, "cutOffs", InstrumentReader::cutOff);
    Optional<ReliableChangeIndex> rci = d.optionalObject("rci").map(InstrumentReader::rci);
    List<String> sources = d.texts("sources");
    return a.assemble(d, licence, items, subscales, total, cutOffs, rci, sources);
  }

  private static Item item(Fields i) {
    i.only("id", "wording", "scale", "reverseKeyed");
    String id = i.text("id");
    Optional<String> wording = i.optionalText("wording");
    ResponseScale scale = scale(i.object("scale"));
    boolean reverseKeyed = i.bool("reverseKeyed");
    i.says("id", "item id").says("wording", "wording of item " + id);
    return i.build(() -> new Item(id, wording, scale, reverseKeyed));
  }

  private static ResponseScale scale(Fields s) {
    s.only("min", "max", "labels");
    int min = s.integer("min");
    int max = s.integer("max");
    ResponseScale plain = s.says("max", "scale max").build(() -> ResponseScale.of(min, max));
    Optional<Fields> labels = s.optionalObject("labels");
    if (labels.isEmpty()) {
      return plain;
    }
    Map<Integer, String> byValue = new LinkedHashMap<>();
    for (String key : labels.get().names()) {
      if (!WHOLE_NUMBER.matcher(key).matches()) {
        throw new InstrumentFormatException(
            labels.get().at(key),
            "a label is named by the whole number of the answer it labels, such as \"0\"");
      }
      int value = Integer.parseInt(key);
      String text = labels.get().text(key);
      labels.get().buildAt(key, () -> plain.withLabels(Map.of(value, text)));
      byValue.put(value, text);
    }
    return plain.withLabels(byValue);
  }

  private static Subscale subscale(Fields s) {
    s.only("id", "name", "items", "aggregation");
    String id = s.text("id");
    String name = s.text("name");
    List<String> items = s.texts("items");
    Aggregation aggregation = s.choice("aggregation", Aggregation.class);
    s.says("id", "subscale id")
        .says("name", "name of subscale " + id)
        .says("items", "subscale " + id);
    return s.build(() -> new Subscale(id, name, items, aggregation));
  }

  private static Total total(Fields t) {
    t.only("items", "aggregation", "min", "max", "polarity");
    List<String> items = t.texts("items");
    Aggregation aggregation = t.choice("aggregation", Aggregation.class);
    double min = t.number("min");
    double max = t.number("max");
    Polarity polarity = t.choice("polarity", Polarity.class);
    t.says("items", "the total").says("min", "total min").says("max", "total max");
    return t.build(() -> new Total(items, aggregation, min, max, polarity));
  }

  private static CutOff cutOff(Fields c) {
    c.only("id", "threshold", "flaggedWhen", "meaning");
    String id = c.text("id");
    double threshold = c.number("threshold");
    CutOff.Side side = c.choice("flaggedWhen", CutOff.Side.class);
    String meaning = c.text("meaning");
    c.says("id", "cut-off id")
        .says("threshold", "threshold of cut-off " + id)
        .says("meaning", "meaning of cut-off " + id);
    return c.build(() -> new CutOff(id, threshold, side, meaning));
  }

  private static ReliableChangeIndex rci(Fields r) {
    r.only("value", "cutOff", "source");
    double value = r.number("value");
    Optional<String> cutOff = r.optionalText("cutOff");
    String source = r.text("source");
    r.says("value", "reliable change index")
        .says("cutOff", "reliable change cut-off")
        .says("source", "reliable change source");
    return r.build(() -> new ReliableChangeIndex(value, cutOff, source));
  }

  private static <T> List<T> list(Fields d, String name, Function<Fields, T> element) {
    List<JsonNode> nodes = d.list(name);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      out.add(element.apply(d.element(name, i, nodes.get(i))));
    }
    return out;
  }
}
