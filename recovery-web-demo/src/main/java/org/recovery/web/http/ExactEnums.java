package org.recovery.web.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an enum only from its exact name: {@code "SEPARATED"}, never {@code "\tSEPARATED"}, {@code
 * "SEPARATED "} or {@code "separated"} (Jackson's own reader trims the text it gets). Any other
 * string is refused as a value the field does not take; other tokens go to Jackson's reader, which
 * refuses numbers.
 */
final class ExactEnums extends BeanDeserializerModifier {
  @Override
  public JsonDeserializer<?> modifyEnumDeserializer(
      DeserializationConfig config,
      JavaType type,
      BeanDescription description,
      JsonDeserializer<?> deserializer) {
    return new Exact(type.getRawClass(), deserializer);
  }

  /** The deserializer of one enum type. */
  private static final class Exact extends StdDeserializer<Object> {
    private final Map<String, Object> byName = new HashMap<>();
    private final JsonDeserializer<?> jackson;

    Exact(Class<?> type, JsonDeserializer<?> jackson) {
      super(type);
      this.jackson = jackson;
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), constant);
      }
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return jackson.deserialize(parser, context);
      }
      String text = parser.getText();
      Object value = byName.get(text);
      return value != null
          ? value
          : context.handleWeirdStringValue(handledType(), text, "not one of the enum's names");
    }
  }
}
