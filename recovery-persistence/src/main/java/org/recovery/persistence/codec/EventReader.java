package org.recovery.persistence.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
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
  private final StoredObject fields;
  private final boolean[] read;

  EventReader(StoredObject fields) {
    this.fields = fields;
    this.read = new boolean[fields.size()];
  }

  String text(String name) {
    if (field(name) instanceof String text) {
      return text;
    }
    throw new MalformedPayload("field '" + name + "' is not a string");
  }

  int integer(String name) {
    if (field(name) instanceof Integer number) {
      return number;
    }
    throw new MalformedPayload("field '" + name + "' is not a 32-bit integer");
  }

  boolean bool(String name) {
    if (field(name) instanceof Boolean bool) {
      return bool;
    }
    throw new MalformedPayload("field '" + name + "' is not a boolean");
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
  Map<String, Integer> integers(String name) {
    return object(name, Integer.class, "an integer");
  }

  /** An object of booleans by key. */
  Map<String, Boolean> booleans(String name) {
    return object(name, Boolean.class, "a boolean");
  }

  private <T> Map<String, T> object(String name, Class<T> kind, String what) {
    if (!(field(name) instanceof StoredObject object)) {
      throw new MalformedPayload("field '" + name + "' is not an object");
    }
    Map<String, T> out = new TreeMap<>();
    for (int i = 0; i < object.size(); i++) {
      if (!kind.isInstance(object.value(i))) {
        throw new MalformedPayload("field '" + name + "' holds a value that is not " + what);
      }
      out.put(object.name(i), kind.cast(object.value(i)));
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
    for (boolean wasRead : read) {
      if (!wasRead) {
        unexpected++;
      }
    }
    if (unexpected > 0) {
      // A stray field's name may itself be something a partner wrote: only the count is told.
      throw new MalformedPayload(unexpected + " field(s) this type does not have");
    }
  }

  private Object field(String name) {
    int i = fields.indexOf(name);
    if (i < 0 || fields.value(i) == StoredObject.Other.NULL) {
      throw new MalformedPayload("field '" + name + "' is missing");
    }
    read[i] = true;
    return fields.value(i);
  }
}
