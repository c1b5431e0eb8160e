package org.recovery.persistence.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * How stored envelopes were read before {@link StoredJson}: Jackson's streaming parser, default
 * settings, into a {@link StoredObject}. The reference {@code StoredJson} is compared with.
 */
final class JacksonReference {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JacksonReference() {}

  static StoredObject parse(byte[] bytes) throws IOException {
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not an object");
      }
      StoredObject root = object(parser);
      if (parser.nextToken() != null) {
        throw new IOException("more after the object");
      }
      return root;
    }
  }

  private static StoredObject object(JsonParser parser) throws IOException {
    StoredObject object = new StoredObject();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String name = parser.currentName();
      if (object.has(name)) {
        throw new IOException("a repeated name");
      }
      object.add(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.INT
            ? Integer.valueOf(parser.getIntValue())
            : StoredObject.Other.NUMBER;
      case VALUE_NUMBER_FLOAT:
        return StoredObject.Other.NUMBER;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return StoredObject.Other.NULL;
      case START_OBJECT:
        return object(parser);
      case START_ARRAY:
        parser.skipChildren();
        return StoredObject.Other.ARRAY;
      default:
        throw new IOException("an unexpected token");
    }
  }
}
