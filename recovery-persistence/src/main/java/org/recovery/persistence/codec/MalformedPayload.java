package org.recovery.persistence.codec;

/**
 * A stored payload does not have the shape its type and schema version promise. The message names
 * the field and the rule, never the value; the codec adds the journey, version and type.
 */
final class MalformedPayload extends RuntimeException {
  MalformedPayload(String message) {
    super(message, null, false, false);
  }
}
