package org.recovery.persistence.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;

/**
 * Reads the fields of one event from its JSON object. Strict: a missing field, a value of the wrong
 * kind, or a field the type does not have is a {@link MalformedPayload} naming the expected field —
 * never a value or a stray field's name, which a partner may have written.
 */
final class EventReader {
  private final ObjectNode node;
  private final Set<String> read = new HashSet<>();

  EventReader(ObjectNode node) {
    this.node = node;
  }

  String text(String name) {
    JsonNode value = field(name);
    if (!value.isTextual()) {
      throw new MalformedPayload("field '" + name + "' is not a string");
    }
    return value.textValue();
  }

  int integer(String name) {
    JsonNode value = field(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new MalformedPayload("field '" + name + "' is not a 32-bit integer");
    }
    return value.intValue();
  }

  boolean bool(String name) {
    JsonNode value = field(name);
    if (!value.isBoolean()) {
      throw new MalformedPayload("field '" + name + "' is not a boolean");
    }
    return value.booleanValue();
  }

  UUID uuid(String name) {
    String text = text(name);
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException("not canonical");
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw new MalformedPayload("field '" + name + "' is not a UUID");
    }
  }

  LocalDate date(String name) {
    try {
      return IsoTimes.date(text(name));
    } catch (DateTimeException e) {
      throw new MalformedPayload("field '" + name + "' is not an ISO date");
    }
  }

  Instant instant(String name) {
    try {
      return IsoTimes.instant(text(name));
    } catch (DateTimeException e) {
      throw new MalformedPayload("field '" + name + "' is not an ISO instant");
    }
  }

  ZoneId zone(String name) {
    try {
      return ZoneId.of(text(name));
    } catch (DateTimeException e) {
      throw new MalformedPayload("field '" + name + "' is not a zone id");
    }
  }

  <E extends Enum<E>> E enumeration(String name, Class<E> type) {
    String text = text(name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new MalformedPayload(
        "field '" + name + "' is not one of the " + type.getSimpleName() + " constants");
  }

  Cadence cadence(String name) {
    try {
      return Cadence.parse(text(name));
    } catch (IllegalArgumentException e) {
      throw new MalformedPayload("field '" + name + "' is not a cadence spec");
    }
  }

  StageId stage(String name) {
    try {
      return StageId.of(text(name));
    } catch (IllegalArgumentException e) {
      throw new MalformedPayload("field '" + name + "' is not a stage id");
    }
  }

  /** An object of 32-bit integers by key. */
  java.util.Map<String, Integer> integers(String name) {
    return object(
        name, v -> v.isIntegralNumber() && v.canConvertToInt(), "an integer", JsonNode::intValue);
  }

  /** An object of booleans by key. */
  java.util.Map<String, Boolean> booleans(String name) {
    return object(name, JsonNode::isBoolean, "a boolean", JsonNode::booleanValue);
  }

  private <T> java.util.Map<String, T> object(
      String name,
      java.util.function.Predicate<JsonNode> fits,
      String what,
      java.util.function.Function<JsonNode, T> value) {
    JsonNode node = field(name);
    if (!node.isObject()) {
      throw new MalformedPayload("field '" + name + "' is not an object");
    }
    java.util.Map<String, T> out = new java.util.TreeMap<>();
    for (java.util.Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!fits.test(entry.getValue())) {
        throw new MalformedPayload("field '" + name + "' holds a value that is not " + what);
      }
      out.put(entry.getKey(), value.apply(entry.getValue()));
    }
    return out;
  }

  /** The partner who recorded the event; every event has one. */
  PartnerId by() {
    return new PartnerId(uuid("by"));
  }

  /** When the event was recorded; every event has it. */
  Instant at() {
    return instant("at");
  }

  /** Fails if the object holds a field that no getter asked for. */
  void requireNothingElse() {
    int unexpected = 0;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (!read.contains(names.next())) {
        unexpected++;
      }
    }
    if (unexpected > 0) {
      // A stray field's name may itself be something a partner wrote: only the count is told.
      throw new MalformedPayload(unexpected + " field(s) this type does not have");
    }
  }

  private JsonNode field(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new MalformedPayload("field '" + name + "' is missing");
    }
    read.add(name);
    return value;
  }
}
