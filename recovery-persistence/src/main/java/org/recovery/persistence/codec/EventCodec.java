package org.recovery.persistence.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.spi.StorageException;

/**
 * Turns events into versioned JSON and back. The stored document is an envelope
 * {@code {"type": "commitment.proposed", "schema": 1, "data": {...}}}: a stable type name that
 * never follows a Java rename, the schema version of that type, and the event's fields. Payloads of
 * older schema versions are upcast one step at a time on read.
 *
 * <p>Thread-safe. Errors never quote the payload: it may hold what a partner wrote.
 */
public final class EventCodec {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final EventTypes types;

  private EventCodec(EventTypes types) {
    this.types = types;
  }

  /** The codec of this release: every event type of core, with its schema history. */
  public static EventCodec standard() {
    return new EventCodec(EventTypes.standard());
  }

  /** The stable type name of {@code event}, such as {@code checkin.recorded}. */
  public String typeName(JourneyEvent event) {
    return types.of(event).name();
  }

  /**
   * Encodes an event as the UTF-8 bytes of its envelope.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public byte[] encode(JourneyEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    EventType<?> type = types.of(event);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("type", type.name());
    envelope.put("schema", type.schema());
    ObjectNode data = envelope.putObject("data");
    EventWriter writer = new EventWriter(data);
    type.write(event, writer);
    writer.uuid("by", event.by().value()).instant("at", event.at());
    try {
      return JSON.writeValueAsBytes(envelope);
    } catch (JacksonException e) {
      throw new IllegalStateException("could not write a JSON tree of type " + type.name());
    }
  }

  /**
   * Decodes the envelope stored at {@code version} of {@code journey}, upcasting older schema
   * versions.
   *
   * @throws StorageException naming the journey, version and type if the type is unknown, the
   *     schema version newer than this release, or the payload malformed
   */
  public JourneyEvent decode(JourneyId journey, long version, byte[] envelope) {
    ObjectNode root = parse(journey, version, envelope);
    String typeName = root.path("type").isTextual() ? root.get("type").textValue() : null;
    if (typeName == null) {
      throw failure(journey, version, "unknown", "the envelope has no type name");
    }
    EventType<?> type = types.named(typeName).orElseThrow(
        () -> failure(journey, version, typeName, "this release knows no such event type"));
    JsonNode schemaNode = root.path("schema");
    JsonNode dataNode = root.path("data");
    if (!schemaNode.isIntegralNumber() || !schemaNode.canConvertToInt()
        || !dataNode.isObject() || root.size() != 3) {
      throw failure(journey, version, typeName,
          "the envelope needs exactly a type, an integer schema and a data object");
    }
    int schema = schemaNode.intValue();
    if (schema < 1 || schema > type.schema()) {
      throw failure(journey, version, typeName, "schema " + schema
          + " is not between 1 and " + type.schema() + ", the newest this release reads");
    }
    ObjectNode data = (ObjectNode) dataNode;
    try {
      for (int step = schema; step < type.schema(); step++) {
        int from = step;
        types.upcaster(typeName, from).orElseThrow(() -> new MalformedPayload(
            "no upcaster from schema " + from)).upcast(data);
      }
      EventReader reader = new EventReader(data);
      JourneyEvent event = type.read(reader);
      reader.requireNothingElse();
      return event;
    } catch (MalformedPayload e) {
      throw failure(journey, version, typeName, "schema " + schema + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw failure(journey, version, typeName, "schema " + schema
          + ": the fields break a rule of the event (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static ObjectNode parse(JourneyId journey, long version, byte[] envelope) {
    try {
      JsonNode root = JSON.readTree(envelope);
      if (root instanceof ObjectNode object) {
        return object;
      }
    } catch (java.io.IOException e) {
      // The parser's message quotes the payload; only its kind is reported.
    }
    throw failure(journey, version, "unknown", "the payload is not a JSON object");
  }

  private static StorageException failure(
      JourneyId journey, long version, String type, String reason) {
    return new StorageException("cannot read event " + version + " of journey " + journey
        + " (type " + type + "): " + reason);
  }
}
