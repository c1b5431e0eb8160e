package org.recovery.persistence.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.statistics.Statistics;
import org.recovery.persistence.json.JsonFormatException;

/**
 * One random-looking but reproducible change to a JSON document, for properties of the readers:
 * drop a field or element, change a value's type, put a number out of range, change a text, or add
 * a field. Test support; shared with the instrument tests.
 */
public final class JsonMutations {
  /** What a mutation does. */
  public enum Kind {
    DROP,
    RETYPE,
    RENUMBER,
    RETEXT,
    ADD_FIELD
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<JsonNode> OTHER_TYPES =
      List.of(
          NODES.textNode("7"),
          NODES.numberNode(7),
          NODES.booleanNode(true),
          NODES.nullNode(),
          NODES.arrayNode(),
          NODES.objectNode(),
          NODES.numberNode(7.5));
  private static final List<JsonNode> NUMBERS =
      List.of(
          NODES.numberNode(-3),
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(0.5),
          NODES.numberNode(1.5),
          NODES.numberNode(11),
          NODES.numberNode(366),
          NODES.numberNode(3651),
          NODES.numberNode(2_147_483_648L),
          NODES.numberNode(1e300),
          NODES.numberNode(-0.0001));
  private static final List<String> TEXTS =
      List.of(
          "",
          "  ",
          "Repair",
          "min-days",
          "atone",
          "settle",
          "HEARD",
          "trust",
          "ONLY_SOME",
          "x".repeat(1001),
          "stages",
          "a b");
  private static final Pattern STEP = Pattern.compile("\\.?([A-Za-z0-9_-]+)|\\[(\\d+)]");

  private JsonMutations() {}

  /** A copy of {@code document} with one change, chosen by {@code pick} and {@code variant}. */
  public static JsonNode mutate(JsonNode document, Kind kind, int pick, int variant) {
    JsonNode copy = document.deepCopy();
    List<Map.Entry<JsonNode, Object>> places = new ArrayList<>();
    collect(copy, kind, places);
    if (places.isEmpty()) {
      return copy;
    }
    Map.Entry<JsonNode, Object> place = places.get(Math.floorMod(pick, places.size()));
    JsonNode parent = place.getKey();
    Object key = place.getValue();
    switch (kind) {
      case DROP -> {
        if (parent instanceof ObjectNode o) {
          o.remove((String) key);
        } else {
          ((ArrayNode) parent).remove((Integer) key);
        }
      }
      case RETYPE ->
          replace(parent, key, OTHER_TYPES.get(Math.floorMod(variant, OTHER_TYPES.size())));
      case RENUMBER -> replace(parent, key, NUMBERS.get(Math.floorMod(variant, NUMBERS.size())));
      case RETEXT ->
          replace(parent, key, NODES.textNode(TEXTS.get(Math.floorMod(variant, TEXTS.size()))));
      case ADD_FIELD -> ((ObjectNode) parent).put("extra" + Math.floorMod(variant, 3), 1);
      default -> throw new IllegalStateException();
    }
    return copy;
  }

  /** The node at a reader's error path ({@code stages[1].gates[0].days}, {@code $}), if any. */
  public static Optional<JsonNode> resolve(JsonNode root, String path) {
    if (path.equals("$")) {
      return Optional.of(root);
    }
    JsonNode at = root;
    Matcher m = STEP.matcher(path);
    int end = 0;
    while (m.lookingAt()) {
      at = m.group(1) != null ? at.get(m.group(1)) : at.get(Integer.parseInt(m.group(2)));
      if (at == null) {
        return Optional.empty();
      }
      end = m.end();
      m.region(end, path.length());
    }
    return end == path.length() ? Optional.of(at) : Optional.empty();
  }

  /**
   * Checks one changed document and records the outcome for jqwik's statistics: either {@code read}
   * accepts it, and what {@code write} makes of the result reads back equal; or it is refused with
   * a rule and a path that names a place in the changed document (for a missing field, its parent).
   */
  public static <T> void readsBackOrIsRefusedAtAPlace(
      JsonNode changed, Function<String, T> read, Function<T, String> write) {
    try {
      T value = read.apply(changed.toString());
      assertThat(read.apply(write.apply(value))).isEqualTo(value);
      Statistics.label("outcome").collect("read");
    } catch (JsonFormatException e) {
      Statistics.label("outcome").collect("refused");
      assertThat(e.rule()).isNotBlank();
      String located = e.rule().equals("is required") ? parentOf(e.path()) : e.path();
      assertThat(resolve(changed, located))
          .as("%s names a place in the changed document", e.getMessage())
          .isPresent();
    }
  }

  /** Requires that a property's tries were read often enough and refused in most cases. */
  public static void coverBothOutcomes() {
    Statistics.label("outcome")
        .coverage(
            c -> {
              c.check("read").percentage(p -> p > 5);
              c.check("refused").percentage(p -> p > 50);
            });
  }

  /** The path of the object or list that holds the node at {@code path}. */
  public static String parentOf(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "$" : path.substring(0, cut);
  }

  private static void collect(JsonNode node, Kind kind, List<Map.Entry<JsonNode, Object>> out) {
    if (node instanceof ObjectNode o) {
      if (kind == Kind.ADD_FIELD) {
        out.add(Map.entry(o, ""));
      }
      for (Map.Entry<String, JsonNode> f : o.properties()) {
        consider(o, f.getKey(), f.getValue(), kind, out);
        collect(f.getValue(), kind, out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        consider(a, i, a.get(i), kind, out);
        collect(a.get(i), kind, out);
      }
    }
  }

  private static void consider(
      JsonNode parent,
      Object key,
      JsonNode value,
      Kind kind,
      List<Map.Entry<JsonNode, Object>> out) {
    boolean fits =
        switch (kind) {
          case DROP, RETYPE -> true;
          case RENUMBER -> value.isNumber();
          case RETEXT -> value.isTextual();
          case ADD_FIELD -> false;
        };
    if (fits) {
      out.add(Map.entry(parent, key));
    }
  }

  private static void replace(JsonNode parent, Object key, JsonNode value) {
    if (parent instanceof ObjectNode o) {
      o.set((String) key, value);
    } else {
      ((ArrayNode) parent).set((Integer) key, value);
    }
  }
}
