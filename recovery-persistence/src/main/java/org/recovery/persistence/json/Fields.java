package org.recovery.persistence.json;

import static org.recovery.persistence.json.Paths.describe;
import static org.recovery.persistence.json.Paths.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The fields of one JSON object of a document, read strictly: each accessor names the path of the
 * field in the {@link JsonFormatException} that the reader's factory makes, so each format throws
 * its own type. A JSON {@code null} counts as absent.
 */
public final class Fields {
  private final ObjectNode node;
  private final String path;
  private final BiFunction<String, String, ? extends JsonFormatException> errors;
  private final List<Map.Entry<String, String>> words = new ArrayList<>();
  private String otherwise;

  private Fields(
      ObjectNode node,
      String path,
      BiFunction<String, String, ? extends JsonFormatException> errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  /**
   * The object at {@code path}, refused unless {@code value} is an object; its errors, and those of
   * the objects read from it, are made by {@code errors} from a path and a rule.
   */
  public static Fields of(
      JsonNode value,
      String path,
      BiFunction<String, String, ? extends JsonFormatException> errors) {
    Objects.requireNonNull(errors, "errors");
    if (!(value instanceof ObjectNode)) {
      throw errors.apply(path, "must be an object { ... }, was " + describe(value));
    }
    return new Fields((ObjectNode) value, path, errors);
  }

  /**
   * Element {@code index} of this object's list {@code name} (one of {@link #list}'s), refused
   * unless {@code value} is an object.
   */
  public Fields element(String name, int index, JsonNode value) {
    return Fields.of(value, Paths.index(at(name), index), errors);
  }

  /** The path of field {@code name} of this object. */
  public String at(String name) {
    return Paths.child(path, name);
  }

  /** Refuses any field not named here, naming the first such field and those expected. */
  public Fields only(String... names) {
    List<String> allowed = Arrays.asList(names);
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw error(at(name), "unknown field (expected: " + String.join(", ", allowed) + ")");
      }
    }
    return this;
  }

  /**
   * Says which words core's messages use for field {@code name}, so that {@link #build} can name
   * the field's path; a field's own name is always understood.
   */
  public Fields says(String name, String inWords) {
    words.add(Map.entry(name, inWords));
    return this;
  }

  /** Names the field {@link #build} blames when a message names no field of this object. */
  public Fields otherwise(String name) {
    otherwise = name;
    return this;
  }

  public String text(String name) {
    return optionalText(name).orElseThrow(() -> missing(name));
  }

  public Optional<String> optionalText(String name) {
    return value(name)
        .map(
            v -> {
              if (!v.isTextual()) {
                throw error(at(name), "must be text in quotes, was " + describe(v));
              }
              return v.textValue();
            });
  }

  public int integer(String name) {
    JsonNode v = value(name).orElseThrow(() -> missing(name));
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw error(at(name), "must be a whole number, was " + describe(v));
    }
    BigDecimal exact = v.decimalValue();
    if (exact.stripTrailingZeros().scale() > 0) {
      throw error(at(name), "must be a whole number, was " + describe(v));
    }
    if (exact.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
        || exact.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw error(at(name), "is far too large, was " + describe(v));
    }
    return exact.intValueExact();
  }

  public double number(String name) {
    JsonNode v = value(name).orElseThrow(() -> missing(name));
    if (!v.isNumber()) {
      throw error(at(name), "must be a number, was " + describe(v));
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw error(at(name), "is far too large, was " + describe(v));
    }
    return d;
  }

  public boolean bool(String name) {
    JsonNode v = value(name).orElseThrow(() -> missing(name));
    if (!v.isBoolean()) {
      throw error(at(name), "must be true or false (without quotes), was " + describe(v));
    }
    return v.booleanValue();
  }

  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    return optionalChoice(name, type).orElseThrow(() -> missing(name));
  }

  public <E extends Enum<E>> Optional<E> optionalChoice(String name, Class<E> type) {
    return optionalText(name)
        .map(
            text -> {
              for (E e : type.getEnumConstants()) {
                if (e.name().equals(text)) {
                  return e;
                }
              }
              throw error(
                  at(name),
                  "unknown value "
                      + quote(text)
                      + " (known: "
                      + Arrays.stream(type.getEnumConstants())
                          .map(Enum::name)
                          .collect(Collectors.joining(", "))
                      + ")");
            });
  }

  public Fields object(String name) {
    return optionalObject(name).orElseThrow(() -> missing(name));
  }

  public Optional<Fields> optionalObject(String name) {
    return value(name).map(v -> Fields.of(v, at(name), errors));
  }

  /** The names of this object's fields, in document order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The texts of the list {@code name}, in order. */
  public List<String> texts(String name) {
    List<JsonNode> elements = list(name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonNode v = elements.get(i);
      if (!v.isTextual()) {
        throw error(Paths.index(at(name), i), "must be text in quotes, was " + describe(v));
      }
      texts.add(v.textValue());
    }
    return texts;
  }

  /** The elements of the list {@code name}, in order. */
  public List<JsonNode> list(String name) {
    return elements(name, value(name).orElseThrow(() -> missing(name)));
  }

  /** The elements of the list {@code name}, in order; none if the field is absent or null. */
  public List<JsonNode> optionalList(String name) {
    return value(name).map(v -> elements(name, v)).orElse(List.of());
  }

  private List<JsonNode> elements(String name, JsonNode v) {
    if (!v.isArray()) {
      throw error(at(name), "must be a list [ ... ], was " + describe(v));
    }
    List<JsonNode> elements = new ArrayList<>();
    v.elements().forEachRemaining(elements::add);
    return elements;
  }

  /**
   * Builds a core value from fields of this object, turning the {@link IllegalArgumentException} of
   * its constructor into an error at the path of the field its message is about ("days must ...",
   * "fallbackOnSevereSetback names ..."; see {@link #says}), else at the field named by {@link
   * #otherwise}, else at this object's path. Reading errors pass through unchanged.
   */
  public <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (JsonFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw error(attribute(message), message);
    }
  }

  /**
   * Builds a core value from field {@code name} alone, turning the {@link IllegalArgumentException}
   * of its constructor into an error at the field's path.
   */
  public <T> T buildAt(String name, Supplier<T> constructor) {
    return within(at(name), constructor);
  }

  /**
   * Builds a core value, turning the {@link IllegalArgumentException} of its constructor into an
   * error at {@code where}, a path of this document. Reading errors pass through unchanged.
   */
  public <T> T within(String where, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (JsonFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw error(where, String.valueOf(e.getMessage()));
    }
  }

  private String attribute(String message) {
    for (Map.Entry<String, String> w : words) {
      if (isAbout(message, w.getValue()) && node.has(w.getKey())) {
        return at(w.getKey());
      }
    }
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String name = it.next();
      if (isAbout(message, name)) {
        return at(name);
      }
    }
    return otherwise == null ? path : at(otherwise);
  }

  private static boolean isAbout(String message, String field) {
    return message.startsWith(field + " must ") || message.startsWith(field + " names ");
  }

  private Optional<JsonNode> value(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private JsonFormatException missing(String name) {
    return error(at(name), "is required");
  }

  private JsonFormatException error(String where, String rule) {
    return errors.apply(where, rule);
  }
}
