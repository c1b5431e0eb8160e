package org.recovery.persistence.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.CoupleFact;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.Aead;

/**
 * Turns events into versioned JSON and back. The stored document is an envelope {@code {"type":
 * "commitment.proposed", "schema": 1, "data": {...}}}: a stable type name that never follows a Java
 * rename, the schema version of that type, and the event's fields. Payloads of older schema
 * versions are upcast one step at a time on read.
 *
 * <p>Thread-safe. Errors never quote the payload: it may hold what a partner wrote.
 */
public final class EventCodec {
  /**
   * Made on the first write: reading needs no object mapper, and making Jackson's first one is a
   * noticeable part of a short, read-only command's start.
   */
  private static final class Writing {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }

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
    if (event instanceof SealedEntry) {
      throw new IllegalArgumentException(
          "a sealed entry stands for an entry its reader could not" + " open; it cannot be stored");
    }
    EventType<?> type = types.of(event);
    ObjectNode envelope = Writing.JSON.createObjectNode();
    envelope.put("type", type.name());
    envelope.put("schema", type.schema());
    ObjectNode data = envelope.putObject("data");
    EventWriter writer = new EventWriter(data);
    type.write(event, writer);
    writer.uuid("by", event.by().value()).instant("at", event.at());
    try {
      return Writing.JSON.writeValueAsBytes(envelope);
    } catch (JacksonException e) {
      throw new IllegalStateException("could not write a JSON tree of type " + type.name());
    }
  }

  /**
   * Encodes private {@code event}, to be stored as event {@code version} of {@code journey}, in its
   * sealed form: its couple fact readable, the rest sealed under its author's partner key.
   *
   * @throws IllegalArgumentException if the event is shared, or is itself a sealed entry
   */
  public byte[] encodeSealed(
      JourneyId journey, long version, JourneyEvent event, String keyId, SecretKey partnerKey) {
    byte[] inner = encode(event);
    ObjectNode envelope = Writing.JSON.createObjectNode();
    envelope.put("type", SealedEnvelope.TYPE);
    envelope.put("schema", SealedEnvelope.SCHEMA);
    SealedEnvelope.write(
        envelope.putObject("data"), journey, version, event, inner, keyId, partnerKey);
    try {
      return Writing.JSON.writeValueAsBytes(envelope);
    } catch (JacksonException e) {
      throw new IllegalStateException("could not write a sealed entry");
    }
  }

  /**
   * Decodes the envelope stored at {@code version} of {@code journey}, upcasting older schema
   * versions; an entry sealed to its author reads as a {@link SealedEntry}.
   *
   * @throws StorageException naming the journey, version and type if the type is unknown, the
   *     schema version newer than this release, or the payload malformed
   */
  public JourneyEvent decode(JourneyId journey, long version, byte[] envelope) {
    return decode(journey, version, envelope, SealedKeys.NONE);
  }

  /**
   * Decodes the envelope stored at {@code version} of {@code journey}, opening an entry sealed to
   * its author if {@code keys} holds the author's key, and giving it as a {@link SealedEntry}
   * otherwise.
   *
   * @throws StorageException as {@link #decode(JourneyId, long, byte[])}, and if a sealed entry
   *     does not open under its author's key though the key's id is the one it names
   */
  public JourneyEvent decode(JourneyId journey, long version, byte[] envelope, SealedKeys keys) {
    Objects.requireNonNull(keys, "keys must not be null");
    StoredObject root = parse(journey, version, envelope);
    if (!(root.get("type") instanceof String typeName)) {
      throw failure(journey, version, "unknown", "the envelope has no type name");
    }
    if (typeName.equals(SealedEnvelope.TYPE)) {
      return sealed(journey, version, root, keys);
    }
    EventType<?> type =
        types
            .named(typeName)
            .orElseThrow(
                () -> failure(journey, version, typeName, "this release knows no such event type"));
    if (!(root.get("schema") instanceof Integer schema)
        || !(root.get("data") instanceof StoredObject data)
        || root.size() != 3) {
      throw failure(
          journey,
          version,
          typeName,
          "the envelope needs exactly a type, an integer schema and a data object");
    }
    if (schema < 1 || schema > type.schema()) {
      throw failure(
          journey,
          version,
          typeName,
          "schema "
              + schema
              + " is not between 1 and "
              + type.schema()
              + ", the newest this release reads");
    }
    try {
      for (int step = schema; step < type.schema(); step++) {
        int from = step;
        types
            .upcaster(typeName, from)
            .orElseThrow(() -> new MalformedPayload("no upcaster from schema " + from))
            .upcast(data);
      }
      EventReader reader = new EventReader(data);
      JourneyEvent event = type.read(reader);
      reader.requireNothingElse();
      return event;
    } catch (MalformedPayload e) {
      throw failure(journey, version, typeName, "schema " + schema + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw failure(
          journey,
          version,
          typeName,
          "schema "
              + schema
              + ": the fields break a rule of the event ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private JourneyEvent sealed(JourneyId journey, long version, StoredObject root, SealedKeys keys) {
    if (!(root.get("schema") instanceof Integer schema)
        || schema != SealedEnvelope.SCHEMA
        || !(root.get("data") instanceof StoredObject data)
        || root.size() != 3) {
      throw failure(
          journey,
          version,
          SealedEnvelope.TYPE,
          "the envelope needs exactly a type, schema 1 and a data object");
    }
    SealedEnvelope.Parts parts;
    try {
      parts = SealedEnvelope.read(data);
    } catch (MalformedPayload e) {
      throw failure(journey, version, SealedEnvelope.TYPE, e.getMessage());
    } catch (RuntimeException e) {
      throw failure(
          journey,
          version,
          SealedEnvelope.TYPE,
          "the fields break a rule of the event (" + e.getClass().getSimpleName() + ")");
    }
    Optional<SecretKey> key = keys.of(parts.entry().by(), parts.keyId());
    if (key.isEmpty()) {
      return parts.entry();
    }
    byte[] inner;
    try {
      inner = SealedEnvelope.open(parts, journey, version, key.get());
    } catch (Aead.AuthenticationFailed e) {
      throw failure(
          journey,
          version,
          SealedEnvelope.TYPE,
          "it does not open under its author's"
              + " key "
              + parts.keyId()
              + ": the row was altered, or moved from another one");
    }
    JourneyEvent event = decode(journey, version, inner, SealedKeys.NONE);
    if (event instanceof SealedEntry
        || !event.by().equals(parts.entry().by())
        || !event.at().equals(parts.entry().at())
        || !CoupleFact.of(event).equals(parts.entry().fact())) {
      throw failure(
          journey, version, SealedEnvelope.TYPE, "its sealed part does not match its couple part");
    }
    return event;
  }

  /** The partner keys a reader holds, by author and key id. */
  @FunctionalInterface
  public interface SealedKeys {
    /** No key at all: every sealed entry reads as a {@link SealedEntry}. */
    SealedKeys NONE = (author, keyId) -> Optional.empty();

    /** The key of {@code author} whose id is {@code keyId}, if this reader holds it. */
    Optional<SecretKey> of(PartnerId author, String keyId);
  }

  private static StoredObject parse(JourneyId journey, long version, byte[] envelope) {
    try {
      return StoredObject.parse(envelope);
    } catch (java.io.IOException e) {
      // The parser's message quotes the payload; only its kind is reported.
      throw failure(journey, version, "unknown", "the payload is not a JSON object");
    }
  }

  private static StorageException failure(
      JourneyId journey, long version, String type, String reason) {
    return new StorageException(
        "cannot read event "
            + version
            + " of journey "
            + journey
            + " (type "
            + type
            + "): "
            + reason);
  }
}
