package org.recovery.persistence.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.recovery.core.commitment.Cadence;

/**
 * Writes the fields of one event into its JSON object, each in the form the stored format fixes:
 * ids as UUID strings, dates and instants as ISO-8601, zones by their id, enums by constant name,
 * cadences by their spec.
 */
final class EventWriter {
  private final ObjectNode node;

  EventWriter(ObjectNode node) {
    this.node = node;
  }

  EventWriter text(String name, String value) {
    node.put(name, value);
    return this;
  }

  EventWriter integer(String name, int value) {
    node.put(name, value);
    return this;
  }

  EventWriter bool(String name, boolean value) {
    node.put(name, value);
    return this;
  }

  EventWriter uuid(String name, UUID value) {
    node.put(name, value.toString());
    return this;
  }

  EventWriter date(String name, LocalDate value) {
    node.put(name, value.toString());
    return this;
  }

  EventWriter instant(String name, Instant value) {
    node.put(name, value.toString());
    return this;
  }

  EventWriter zone(String name, ZoneId value) {
    node.put(name, value.getId());
    return this;
  }

  EventWriter enumeration(String name, Enum<?> value) {
    node.put(name, value.name());
    return this;
  }

  EventWriter cadence(String name, Cadence value) {
    node.put(name, value.spec());
    return this;
  }

  /** An object of booleans by key, written in key order. */
  EventWriter booleans(String name, java.util.Map<String, Boolean> values) {
    ObjectNode object = node.putObject(name);
    new java.util.TreeMap<>(values).forEach(object::put);
    return this;
  }

  /** An object of integers by key, written in key order. */
  EventWriter integers(String name, java.util.Map<String, Integer> values) {
    ObjectNode object = node.putObject(name);
    new java.util.TreeMap<>(values).forEach(object::put);
    return this;
  }
}
